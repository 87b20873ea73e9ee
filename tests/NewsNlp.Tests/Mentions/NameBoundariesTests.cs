using NewsNlp.Entities;
using NewsNlp.Mentions;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Mentions;

/// <summary>Boundary repairs of tagged names, on spans placed by hand over texts written for these tests.</summary>
public sealed class NameBoundariesTests
{
    [Theory]
    [InlineData("Orders went to Corvane Widgets, Inc. last year.", "Corvane Widgets", EntityKind.Organization, "Corvane Widgets, Inc.", EntityKind.Organization)]
    [InlineData("Orders went to Dravik Ocean Co., Ltd. last year.", "Dravik Ocean", EntityKind.Location, "Dravik Ocean Co., Ltd.", EntityKind.Organization)]
    [InlineData("Orders went to Quillon Systems Private Limited last year.", "Quillon Systems", EntityKind.Organization, "Quillon Systems Private Limited", EntityKind.Organization)]
    [InlineData("Orders went to Quillon Systems LLC today.", "Quillon Systems", EntityKind.Misc, "Quillon Systems LLC", EntityKind.Organization)]
    [InlineData("Orders went to Marta Quillon, Inc. said.", "Marta Quillon", EntityKind.Person, "Marta Quillon", EntityKind.Person)]
    [InlineData("The Orvel Coalition for Roads met.", "The Orvel Coalition for Roads", EntityKind.Organization, "Orvel Coalition for Roads", EntityKind.Organization)]
    [InlineData("The Hague hosted the talks.", "The Hague", EntityKind.Location, "The Hague", EntityKind.Location)]
    [InlineData("President Tovar Ching-te spoke.", "Tovar Ching", EntityKind.Person, "Tovar Ching-te", EntityKind.Person)]
    [InlineData("Leader Kim Jong-un spoke.", "Kim Jong", EntityKind.Person, "Kim Jong-un", EntityKind.Person)]
    [InlineData("Crowds saw Tovar-led troops.", "Tovar", EntityKind.Person, "Tovar", EntityKind.Person)]
    [InlineData("Crowds saw Tovar-era homes.", "Tovar", EntityKind.Person, "Tovar", EntityKind.Person)]
    [InlineData("Crowds saw Marta Quillon-led marches.", "Marta Quillon", EntityKind.Person, "Marta Quillon", EntityKind.Person)]
    [InlineData("Floods hit Orvane-Dravikstan province.", "Dravikstan", EntityKind.Location, "Orvane-Dravikstan", EntityKind.Location)]
    [InlineData("Floods hit Orvane-Dravikstan province.", "Dravikstan", EntityKind.Person, "Dravikstan", EntityKind.Person)]
    [InlineData("Rallies by Pro-Dravik groups grew.", "Dravik", EntityKind.Location, "Dravik", EntityKind.Location)]
    [InlineData("The NEW-Dravik line opened.", "Dravik", EntityKind.Location, "Dravik", EntityKind.Location)]
    [InlineData("Trade on the Lomura-Orvane-Dravik route grew.", "Dravik", EntityKind.Location, "Dravik", EntityKind.Location)]
    [InlineData("Talks on the Orvane - Dravik border stalled.", "Dravik", EntityKind.Location, "Dravik", EntityKind.Location)]
    public void Repairs_the_boundary(string text, string tagged, EntityKind kind, string expected, EntityKind expectedKind)
    {
        var spans = Apply(text, tagged, kind);

        var span = Assert.Single(spans);
        Assert.Equal(expected, text[span.Start..span.End]);
        Assert.Equal(expectedKind, span.Kind);
    }

    [Fact]
    public void A_name_across_a_line_break_becomes_two_names()
    {
        const string text = "DEAL SIGNED WITH CORVANE\nDravik said on Monday that it agreed.";
        var spans = Apply(text, "CORVANE\nDravik", EntityKind.Organization);

        Assert.Equal(["CORVANE", "Dravik"], spans.Select(s => text[s.Start..s.End]).Order(StringComparer.Ordinal));
        Assert.All(spans, s => Assert.Equal(EntityKind.Organization, s.Kind));
    }

    [Fact]
    public void A_hyphen_between_two_tagged_places_keeps_both()
    {
        const string text = "Talks on the Orvane-Dravik border stalled.";
        var spans = new List<EntitySpan> { new(EntityKind.Location, 13, 19, 0.9f), new(EntityKind.Location, 20, 26, 0.9f) };
        NameBoundaries.Apply(text, NewsTokenizer.Tokenize(text), spans, 0);

        Assert.Equal(["Orvane", "Dravik"], spans.Select(s => text[s.Start..s.End]));
    }

    private static List<EntitySpan> Apply(string text, string tagged, EntityKind kind)
    {
        int start = text.IndexOf(tagged, StringComparison.Ordinal);
        var spans = new List<EntitySpan> { new(kind, start, start + tagged.Length, 0.9f) };
        NameBoundaries.Apply(text, NewsTokenizer.Tokenize(text), spans, 0);
        return spans;
    }
}
