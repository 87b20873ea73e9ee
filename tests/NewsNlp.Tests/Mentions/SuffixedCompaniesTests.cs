using System.Runtime.InteropServices;
using NewsNlp.Entities;
using NewsNlp.Mentions;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Mentions;

/// <summary>Capitalized words ending in a legal suffix are a company; texts written for these tests.</summary>
public sealed class SuffixedCompaniesTests
{
    [Theory]
    [InlineData("The agency listed Dravik Future Limited and two others.", "Dravik Future Limited")]
    [InlineData("The agency listed Quillon Systems Private Limited today.", "Quillon Systems Private Limited")]
    [InlineData("Shares of Corvane Holdings, Inc. fell.", "Corvane Holdings, Inc.")]
    [InlineData("Orvel2Micro GmbH won the bid.", "Orvel2Micro GmbH")]
    [InlineData("The Tarn & Vell LLP office closed.", "Tarn & Vell LLP")]
    public void A_suffixed_name_becomes_an_organization(string text, string expected)
    {
        var spans = Apply(text, []);

        var span = Assert.Single(spans);
        Assert.Equal(expected, text[span.Start..span.End]);
        Assert.Equal(EntityKind.Organization, span.Kind);
    }

    [Theory]
    [InlineData("The offer is limited to residents.")]
    [InlineData("The deal was signed by the SA delegation and the AG office.")]
    [InlineData("It sold 40 units to a Co. in town.")]
    [InlineData("Sales rose.\nLimited stock remains.")]
    public void Ordinary_words_and_ambiguous_abbreviations_add_nothing(string text)
    {
        Assert.Empty(Apply(text, []));
    }

    [Fact]
    public void A_name_the_tagger_already_found_is_left_alone()
    {
        const string text = "The agency listed Dravik Future Limited and two others.";
        int start = text.IndexOf("Dravik", StringComparison.Ordinal);
        var tagged = new EntitySpan(EntityKind.Organization, start, start + "Dravik Future Limited".Length, 0.9f);

        var spans = Apply(text, [tagged]);

        Assert.Equal(tagged, Assert.Single(spans));
    }

    private static List<EntitySpan> Apply(string text, List<EntitySpan> spans)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        var sentences = new List<Sentence>();
        SentenceSplitter.Split(text, tokens, sentences);
        SuffixedCompanies.Apply(text, tokens, CollectionsMarshal.AsSpan(sentences), spans, 0);
        return spans;
    }
}
