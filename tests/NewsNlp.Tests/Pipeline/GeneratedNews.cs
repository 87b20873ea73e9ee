using System.Text;

namespace NewsNlp.Tests.Pipeline;

/// <summary>Deterministic news-like documents from templates and invented names, with the shapes that exercise every stage:
/// names, acronym definitions, dates relative and absolute, quotes, headlines, and now and then a document longer than a
/// tagging window.</summary>
internal static class GeneratedNews
{
    private static readonly string[] s_people = ["Amina Odhiambo", "Rafael Quintero", "Lena Marsh", "Tomasz Wierzba", "Gen. Hollis Crane", "Dr. Yuki Tanabe", "Odhiambo"];
    private static readonly string[] s_organizations = ["the Northern Rail Authority (NRA)", "Halden Energy Corp.", "the Coastal Ports Agency", "Meridian Bank", "the NRA", "Bluewater Inc."];
    private static readonly string[] s_places = ["Mombasa", "Tanga", "Lisbon", "Gdańsk", "Chennai", "the U.S.", "Sistan-Balochistan"];
    private static readonly string[] s_dates = ["on Tuesday", "last week", "in March 2025", "on Nov. 27", "earlier this month", "in the 1990s", "yesterday", "two years ago"];
    private static readonly string[] s_templates =
    [
        "{P} met officials of {O} in {L} {D}, according to a statement.",
        "{O} said {D} that it would invest $1.2 billion in {L}.",
        "“We expect growth of 3.5% next year,” {P} told reporters in {L}.",
        "Talks between {L} and {L} stalled {D} after {O} withdrew its offer.",
        "{P}, who leads {O}, flew to {L} {D} for a two-day visit.",
        "Rail Deal Signed in {L} as {O} Expands",
    ];

    public static string Document(int seed)
    {
        var random = new Random(seed);
        int sentences = seed % 500 == 7 ? 2_000 : 1 + random.Next(30);
        var builder = new StringBuilder();
        for (int s = 0; s < sentences; s++)
        {
            var template = s_templates[random.Next(s_templates.Length)];
            foreach (var part in template.Split('{', '}'))
            {
                builder.Append(part switch
                {
                    "P" => s_people[random.Next(s_people.Length)],
                    "O" => s_organizations[random.Next(s_organizations.Length)],
                    "L" => s_places[random.Next(s_places.Length)],
                    "D" => s_dates[random.Next(s_dates.Length)],
                    _ => part,
                });
            }

            builder.Append(random.Next(6) == 0 ? "\n\n" : " ");
        }

        return builder.ToString();
    }
}
