using System.Text;

namespace NewsNlp.Benchmarks.Corpus;

/// <summary>Generates deterministic news-like English from templates and name lists written for these benchmarks.</summary>
internal static class NewsTextGenerator
{
    private static readonly string[] s_people = ["Amina Odhiambo", "Rafael Quintero", "Lena Marsh", "Tomasz Wierzba", "Priya Raman", "Kofi Mensah", "Gen. Hollis Crane", "Dr. Yuki Tanabe"];
    private static readonly string[] s_organizations = ["the Northern Rail Authority", "Halden Energy Corp.", "the Coastal Ports Agency", "Meridian Bank", "the Union of Grain Traders", "Bluewater Inc."];
    private static readonly string[] s_places = ["Mombasa", "Tanga", "Lisbon", "Gdańsk", "Chennai", "Accra", "the U.S.", "Kyoto", "Sistan-Balochistan"];
    private static readonly string[] s_dates = ["on Tuesday", "last week", "in March 2025", "on Nov. 27", "earlier this month", "in the 1990s", "yesterday", "in mid-2023"];
    private static readonly string[] s_templates =
    [
        "{P} met officials of {O} in {L} {D}, according to a statement.",
        "{O} said {D} that it would invest $1.2 billion in {L}.",
        "“We expect growth of 3.5% next year,” {P} told reporters in {L}.",
        "Talks between {L} and {L} stalled {D} after {O} withdrew its offer.",
        "{P}, who leads {O}, flew to {L} {D} for a two-day visit.",
        "Prices in {L} rose 1,250 points, the biggest jump since 2019, {O} said.",
    ];

    public static string Generate(int characters, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(characters + 200);
        int sentences = 0;
        while (builder.Length < characters)
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

            builder.Append(++sentences % 5 == 0 ? "\n\n" : " ");
        }

        return builder.ToString();
    }
}
