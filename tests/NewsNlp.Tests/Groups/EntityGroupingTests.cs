using System.Text;
using NewsNlp.Entities;
using NewsNlp.Groups;

namespace NewsNlp.Tests.Groups;

/// <summary>Entity grouping on short texts whose mentions are marked by hand: <c>[PERSON Asim Munir]</c> is a mention of
/// kind PERSON, and each expected group lists its mentions' surfaces in text order, canonical name first.</summary>
public sealed class EntityGroupingTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        // Acronym defined in parentheses, then used alone; the name is the long form.
        { "The [ORGANIZATION Coastal Ports Agency] ([ORGANIZATION CPA]) said the [ORGANIZATION CPA] would appeal.",
          ["Coastal Ports Agency: Coastal Ports Agency | CPA | CPA"] },
        // Acronym defined with "or", and a lower-case letter inside the acronym.
        { "The [ORGANIZATION Baloch Liberation Army], or [ORGANIZATION BLA], denied it. Later the [ORGANIZATION BLA] spoke.",
          ["Baloch Liberation Army: Baloch Liberation Army | BLA | BLA"] },
        { "The [ORGANIZATION Northern Development Bank] ([ORGANIZATION NDeB]) lent more. [ORGANIZATION NDeB] said so.",
          ["Northern Development Bank: Northern Development Bank | NDeB | NDeB"] },
        // An acronym used before its definition (a headline) joins the definition's group.
        { "[ORGANIZATION CPA] appeals\n\nThe [ORGANIZATION Coastal Ports Agency] ([ORGANIZATION CPA]) said so.",
          ["Coastal Ports Agency: CPA | Coastal Ports Agency | CPA"] },
        // Parentheses whose letters are not the initials group nothing.
        { "The [ORGANIZATION Coastal Ports Agency] ([ORGANIZATION UGT]) said so.",
          ["Coastal Ports Agency: Coastal Ports Agency", "UGT: UGT"] },
        // Case variants: the mixed-case form names the group.
        { "[LOCATION LOMURA] — Officials in [LOCATION Lomura] agreed.", ["Lomura: LOMURA | Lomura"] },
        // Possessives, curly and straight.
        { "[PERSON Ilse Varga] said [PERSON Varga’s] plan and [PERSON Varga's] team were ready.",
          ["Ilse Varga: Ilse Varga | Varga’s | Varga's"] },
        // Surname and first name alone after the full name.
        { "[PERSON Ilse Varga] arrived. [PERSON Varga] spoke, and [PERSON Ilse] left.", ["Ilse Varga: Ilse Varga | Varga | Ilse"] },
        // A surname before the full name (a headline) joins it.
        { "[PERSON Varga] wins\n\n[PERSON Ilse Varga] won the vote.", ["Ilse Varga: Varga | Ilse Varga"] },
        // A name word shared by two people groups neither.
        { "[PERSON Ali Dravik] met [PERSON Ali Corvane]. [PERSON Ali] spoke first.",
          ["Ali Dravik: Ali Dravik", "Ali Corvane: Ali Corvane", "Ali: Ali"] },
        // A place named like a person's surname stays apart.
        { "[PERSON Tomas Lomura] visited [LOCATION Lomura] on a trip.", ["Tomas Lomura: Tomas Lomura", "Lomura: Lomura"] },
        // The same surface with two kinds is one entity, named and typed by its first longest mention.
        { "[ORGANIZATION Corvane] grew. [PERSON Corvane] disagreed.", ["Corvane: Corvane | Corvane"] },
        // Dates are not grouped.
        { "[DATE March 2026] and [DATE March 2026] again, with [PERSON Ilse Varga].", ["Ilse Varga: Ilse Varga"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Groups_are_as_expected(string marked, string[] expected)
    {
        var (text, mentions) = Parse(marked);
        var groupOf = new int[mentions.Length];
        var canonicalOf = new int[mentions.Length];
        int count = EntityGrouping.Group(text, mentions, new GroupingTables(), groupOf, canonicalOf);

        var actual = new List<string>();
        for (int g = 0; g < count; g++)
        {
            var canonical = mentions[canonicalOf[g]];
            var (start, end) = FoldedSurface.WithoutPossessive(text, canonical.Start, canonical.End);
            var members = Enumerable.Range(0, mentions.Length).Where(i => groupOf[i] == g).Select(i => text[mentions[i].Start..mentions[i].End]);
            actual.Add($"{text[start..end]}: {string.Join(" | ", members)}");
        }

        Assert.Equal(expected, actual);
        for (int i = 0; i < mentions.Length; i++)
        {
            Assert.Equal(mentions[i].Kind == EntityKind.Date, groupOf[i] == EntityGrouping.Ungrouped);
        }
    }

    /// <summary>Reads <c>[KIND surface]</c> marks into the plain text and its mentions.</summary>
    internal static (string Text, EntitySpan[] Mentions) Parse(string marked)
    {
        var text = new StringBuilder();
        var mentions = new List<EntitySpan>();
        int i = 0;
        while (i < marked.Length)
        {
            if (marked[i] != '[')
            {
                text.Append(marked[i++]);
                continue;
            }

            int space = marked.IndexOf(' ', i);
            int close = marked.IndexOf(']', space);
            Assert.True(EntityKindLabels.TryParse(marked.AsSpan(i + 1, space - i - 1), out var kind));
            int start = text.Length;
            text.Append(marked, space + 1, close - space - 1);
            mentions.Add(new EntitySpan(kind, start, text.Length, 0.9f));
            i = close + 1;
        }

        return (text.ToString(), [.. mentions]);
    }
}
