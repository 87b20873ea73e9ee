using System.Text;
using CsCheck;
using NewsNlp.Custom;
using NewsNlp.Entities;
using NewsNlp.Tagging;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Pipeline;

/// <summary>One long document analysed on all cores gives exactly what one sequential analysis gives: the same entities,
/// kinds, values and confidences, and the document-level steps (acronyms, group rules, groups) reach across the whole.</summary>
public sealed class NewsPipelineParallelTests
{
    [Fact]
    public void A_long_document_on_all_cores_equals_the_sequential_analysis()
    {
        var text = LongNews(sentences: 12_000);
        var pipeline = new NewsPipelineBuilder().WithMaxDegreeOfParallelism(4).WithReferenceDate(new DateOnly(2026, 11, 24)).Build();

        AssertSame(pipeline, text);
    }

    [Fact]
    public void Sentences_longer_than_a_window_are_tagged_as_in_the_sequential_analysis()
    {
        var builder = new StringBuilder("Amina Odhiambo met Meridian Bank officials in Lisbon. ");
        foreach (int length in new[] { PerceptronTagger.MaxWindowTokens + 5, 3, 2 * PerceptronTagger.MaxWindowTokens, 40, (3 * PerceptronTagger.MaxWindowTokens) - 7 })
        {
            for (int i = 0; i < length; i++)
            {
                builder.Append(i % 97 == 0 ? "Odhiambo " : i % 89 == 0 ? "Lisbon " : "and ");
            }

            builder.Append(". Rafael Quintero of the Northern Rail Authority (NRA) spoke in Tanga on Tuesday. The NRA agreed. ");
        }

        var pipeline = new NewsPipelineBuilder().WithMaxDegreeOfParallelism(3).Build();

        AssertSame(pipeline, builder.ToString());
    }

    [Fact]
    public void Dictionaries_patterns_and_model_dates_are_joined_as_in_the_sequential_analysis()
    {
        var text = LongNews(sentences: 6_000);
        var pipeline = new NewsPipelineBuilder()
            .WithMaxDegreeOfParallelism(2)
            .WithDateSource(NewsNlp.Dates.DateSource.Combined)
            .UseDictionary("PORT", ["Mombasa", "Tanga"])
            .UsePatterns(TokenPatternSet.Parse("AMOUNT\t[text=$] [kind=Number] [lower=billion]?"))
            .Build();

        AssertSame(pipeline, text);
    }

    [Fact]
    public void Hostile_paragraphs_tokenized_in_pieces_give_the_tokens_of_the_whole()
    {
        // Paragraphs of hostile text (controls, lone surrogates, bidi marks, quotes left open) between every kind of blank line.
        string[] blankLines = ["\n\n", "\r\n\r\n", "\n \t\n", "\u2029\u2029", "\n\u00A0\n", "\r\n\n"];
        var paragraphs = new List<string>();
        HostileText.Text(40).Sample(paragraphs.Add, iter: 4_000, threads: 1, seed: "0N0XIzNsQ0O2");
        var builder = new StringBuilder();
        for (int i = 0; i < paragraphs.Count; i++)
        {
            builder.Append(paragraphs[i]).Append(blankLines[i % blankLines.Length]).Append(i % 3 == 0 ? "\"Ruto said " : "");
        }

        Assert.True(builder.Length > 200_000, $"{builder.Length} characters");
        var pipeline = new NewsPipelineBuilder().WithMaxDegreeOfParallelism(4).Build();

        AssertSame(pipeline, builder.ToString());
    }

    [Fact]
    public void Cuts_fall_after_a_blank_line_only()
    {
        string text = "One.\nTwo.  \n \nThree." + new string('x', 100) + "\n\nFour.";

        var cuts = NewsPipeline.BlankLineCuts(text, 5);

        Assert.Equal([0, text.IndexOf("Three", StringComparison.Ordinal), text.IndexOf("Four", StringComparison.Ordinal), text.Length], cuts);
    }

    [Fact]
    public void Windows_are_grouped_only_where_the_tagger_starts_a_window_with_a_sentence()
    {
        var pipeline = new NewsPipelineBuilder().WithMaxDegreeOfParallelism(8).Build();
        var text = LongNews(sentences: 12_000);
        var tokens = NewsTokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);

        var groups = pipeline.WindowGroups(sentences);

        Assert.True(groups.Count > 2, $"{groups.Count} groups");
        Assert.Equal(0, groups[0].First);
        for (int g = 1; g < groups.Count; g++)
        {
            Assert.Equal(groups[g - 1].First + groups[g - 1].Count, groups[g].First);
        }

        Assert.Equal(sentences.Length, groups[^1].First + groups[^1].Count);
    }

    private static void AssertSame(NewsPipeline pipeline, string text)
    {
        var sequential = pipeline.Analyze(text);
        var parallel = pipeline.AnalyzeOnAllCores(new NewsInput(text));

        Assert.True(pipeline.WindowGroups(SentenceSplitter.Split(text, NewsTokenizer.Tokenize(text))).Count >= 2, "the document must be tagged in several groups");
        Assert.Equal(sequential.Tokens, parallel.Tokens);
        Assert.Equal(sequential.Sentences, parallel.Sentences);
        Assert.Equal(Describe(sequential), Describe(parallel));
        Assert.Equal(sequential.EntityGroups.Select(static g => $"{g.Kind} {g.Name} {g.Mentions.Count}"), parallel.EntityGroups.Select(static g => $"{g.Kind} {g.Name} {g.Mentions.Count}"));
    }

    private static string[] Describe(NewsDocument document) =>
        [.. document.Entities.Select(static e => $"{e.Start} {e.End} {e.Label} {e.Value} {e.Confidence:R}")];

    private static string LongNews(int sentences)
    {
        // Generated stories one after another: a full name early and its surname alone much later, acronyms defined once.
        var builder = new StringBuilder("Samia Suluhu Hassan opened the Coastal Ports Agency (CPA) office in Dar es Salaam.\n\n");
        for (int seed = 1; builder.Length < sentences * 80; seed++)
        {
            builder.Append(GeneratedNews.Document(seed)).Append("\n\n");
        }

        builder.Append("Hassan said the CPA would expand.\n");
        return builder.ToString();
    }
}
