using NewsNlp.Custom;
using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Custom;

/// <summary>Bad or hostile rules and texts end in a defined result: a format error, a match list, or a cancellation.</summary>
public sealed class CustomEntityRobustnessTests
{
    // Pieces of the grammar, so that many random patterns parse, and single characters, so that many do not.
    private static readonly string[] s_pieces =
    [
        "[]", "[shape=Xxxx]", "[lower=a|army]", "\"Army\"", "'AK-47'", "[kind=Number]", "[text!=The, shape^=X]", "[text$=ists&shape^=X]",
        "(", ")", "|", "?", "*", "+", "{2}", "{1,3}", "{0,}", " ", "[", "]", "\"", "{", "=", "\\", "\t", "\n", "x", "9",
    ];

    [Fact]
    public void Random_pattern_text_parses_or_fails_with_a_position_never_otherwise()
    {
        var random = new Random(7);
        int parsed = 0;
        for (int i = 0; i < 20_000; i++)
        {
            var pattern = new System.Text.StringBuilder();
            for (int p = random.Next(1, 12); p > 0; p--)
            {
                pattern.Append(s_pieces[random.Next(s_pieces.Length)]);
            }

            string rules = "ORG\t" + pattern;
            try
            {
                var set = TokenPatternSet.Parse(rules, "random");
                var pipeline = new NewsPipelineBuilder().WithoutNames().WithoutDates().UsePatterns(set).Build();
                var entities = pipeline.Analyze("The Baloch Liberation Army - 47 Xx x d army Word").Entities;
                Assert.All(entities, e => Assert.True(e.End > e.Start));
                parsed++;
            }
            catch (CustomEntityFormatException ex)
            {
                Assert.InRange(ex.Column, 1, rules.Length + 1);
                Assert.True(ex.LineNumber >= 1);
            }
            catch (ArgumentException ex) when (ex is not ArgumentNullException && ex.Message.Contains("instructions", StringComparison.Ordinal))
            {
            }
        }

        Assert.True(parsed > 100, $"only {parsed} random patterns parsed; the generator tests nothing but errors");
    }

    [Fact]
    public void A_cancelled_analysis_with_a_hostile_pattern_stops_with_the_cancellation()
    {
        // About 400 K tokens under a rule that costs microseconds a token: seconds of matching, cancelled after 50 ms.
        var text = string.Join(' ', Enumerable.Repeat("a Alpha beta ,", 100_000));
        var pipeline = new NewsPipelineBuilder().WithoutNames().WithoutDates()
            .UsePatterns(new TokenPatternSet().Add("HOSTILE", "([]* []*)* ([lower=a]+ | [shape=x]+)* \"never-there\""))
            .Build();
        using var source = new CancellationTokenSource();
        var canceller = new Thread(() =>
        {
            Thread.Sleep(50);
            source.Cancel();
        });
        canceller.Start();

        Assert.Throws<OperationCanceledException>(() => pipeline.Analyze(text, source.Token));
        canceller.Join();
    }

    [Fact]
    public void A_shared_pipeline_with_rules_gives_the_same_entities_on_every_thread()
    {
        var pipeline = new NewsPipelineBuilder()
            .UseDictionary("WEAPON", ["AK-47", "Type 56 rifle"])
            .UsePatterns(new TokenPatternSet().Add("OFFICIAL", "[lower=minister] [shape^=X]{1,3}"))
            .Build();
        var texts = Enumerable.Range(0, 200)
            .Select(i => $"Minister {DictionaryMatchingTests.Word(i)} Obi said {i} AK-47 rifles and a Type 56 rifle were found in {DictionaryMatchingTests.Word(i + 7)}.")
            .ToArray();
        var expected = texts.Select(t => pipeline.Analyze(t).Entities).ToArray();

        var parallel = pipeline.AnalyzeMany(texts).Select(d => d.Entities).ToArray();

        Assert.Equal(texts.Length, parallel.Length);
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(expected[i], parallel[i]);
            Assert.Contains(parallel[i], e => e.Label == "WEAPON");
            Assert.Contains(parallel[i], e => e is { Kind: EntityKind.Custom, Label: "OFFICIAL" });
        }
    }

    [Fact]
    public void Pipelines_with_different_patterns_sharing_a_thread_do_not_see_each_others_results()
    {
        var first = new NewsPipelineBuilder().WithoutNames().WithoutDates().UsePatterns(new TokenPatternSet().Add("A", "[lower=alpha] [shape^=X]")).Build();
        var second = new NewsPipelineBuilder().WithoutNames().WithoutDates().UsePatterns(new TokenPatternSet().Add("B", "[lower=beta] [shape^=X]|[shape^=X] [lower=alpha]")).Build();
        var texts = Enumerable.Range(0, 60).Select(i => i % 3 == 0 ? "alpha Beta alpha" : i % 3 == 1 ? "beta Alpha Beta" : "Gamma alpha Delta").ToArray();

        // On this thread both pipelines share one scratch; each result on a fresh thread has a scratch of its own.
        var shared = texts.Select((t, i) => (i % 2 == 0 ? first : second).Analyze(t).Entities).ToArray();
        var fresh = texts.Select((t, i) => OnFreshThread(() => (i % 2 == 0 ? first : second).Analyze(t).Entities)).ToArray();

        Assert.Equal(fresh, shared);
        Assert.Contains(shared, entities => entities.Count > 0);
    }

    private static T OnFreshThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }

    [Fact]
    public void A_document_without_tokens_gives_no_entities()
    {
        var pipeline = new NewsPipelineBuilder().WithoutNames().WithoutDates()
            .UseDictionary("WEAPON", ["AK-47"]).UsePatterns(new TokenPatternSet().Add("ANY", "[]*"))
            .Build();

        Assert.Empty(pipeline.Analyze("").Entities);
        Assert.Empty(pipeline.Analyze(" \n\t ").Entities);
    }
}
