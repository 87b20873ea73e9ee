using System.Diagnostics;
using NewsNlp.Custom;
using NewsNlp.Custom.Patterns;
using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Custom;

/// <summary>The cost of a pattern does not grow with the number of values a test lists or of literal alternatives a choice
/// holds, and the hashed forms match exactly what the one-by-one comparisons match.</summary>
public sealed class PatternValueCostTests
{
    [Fact]
    public void Ten_thousand_literal_alternatives_cost_the_work_of_two()
    {
        var (text, tokens) = News(20_000);
        long two = Work(Alternation(2), text, tokens);
        long many = Work(Alternation(10_000), text, tokens);

        Assert.InRange(many, 1, 2 * two);
    }

    [Fact]
    public void A_hundred_thousand_listed_values_cost_about_what_one_costs()
    {
        var (text, tokens) = News(20_000);
        string values = string.Join('|', Enumerable.Range(0, 100_000).Select(static i => "v" + i));

        double one = BestSeconds("[text=v0] | [lower^=v1] | [shape$=d]", text, tokens);
        double many = BestSeconds($"[text={values}] | [lower^={values}] | [shape$={values}]", text, tokens);

        // One by one, the long lists made 20,000 tokens × 300,000 comparisons (seconds); hashed they cost a few lookups a token.
        Assert.True(many < (10 * one) + 0.05, $"100,000 values: {many:F3} s; one value: {one:F3} s");
    }

    [Theory]
    [InlineData("text", "=")]
    [InlineData("text", "!=")]
    [InlineData("text", "^=")]
    [InlineData("text", "$=")]
    [InlineData("lower", "=")]
    [InlineData("lower", "^=")]
    [InlineData("lower", "$=")]
    [InlineData("shape", "=")]
    [InlineData("shape", "^=")]
    [InlineData("shape", "$=")]
    public void A_hashed_value_list_matches_what_its_values_match_one_by_one(string field, string op)
    {
        string[] values = ["Ar", "army", "ARMY", "Xxxx", "Xx", "d", "ists", "ſ", "ÉTAT", "\U00010428\U00010428", "NATO", "x-d"];
        string[] subjects = ["Army", "army", "ARMIES", "Ar", "Loyalists", "2025", "AK-47", "Obi", "SAN", "état", "\U00010400\U00010400s", "nato", "a-1", "", "x"];
        var hashed = Test($"[{field}{op}{string.Join('|', values)}]");
        Assert.True(hashed.IsHashed);
        foreach (var subject in subjects)
        {
            bool any = values.Any(value => Test($"[{field}{(op == "!=" ? "=" : op)}{value}]").Matches(subject, TokenKind.Word));
            Assert.True((op == "!=" ? !any : any) == hashed.Matches(subject, TokenKind.Word), $"[{field}{op}…] on '{subject}'");
        }
    }

    [Fact]
    public void Case_folding_agrees_with_ordinal_ignore_case_for_every_character()
    {
        Span<char> a = stackalloc char[1];
        Span<char> b = stackalloc char[1];
        Span<char> foldedA = stackalloc char[1];
        Span<char> foldedB = stackalloc char[1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            a[0] = (char)i;
            foreach (char other in new[] { char.ToUpperInvariant((char)i), char.ToLowerInvariant((char)i), (char)(i ^ 0x20) })
            {
                b[0] = other;
                CaseFolding.Fold(a, foldedA);
                CaseFolding.Fold(b, foldedB);
                Assert.True(foldedA[0] == foldedB[0] == ((ReadOnlySpan<char>)a).Equals(b, StringComparison.OrdinalIgnoreCase), $"U+{i:X4} and U+{(int)other:X4}");
            }
        }
    }

    [Fact]
    public void Literal_alternatives_sharing_words_keep_the_longest_match()
    {
        const string Rules = "PLACE\t\"New York\" | \"New Delhi\" | \"Lagos\" | \"New York City\" | [shape=XXX] | \"Abuja\" \"Airport\"?";
        var pipeline = new NewsPipelineBuilder().WithoutNames().WithoutDates().UsePatterns(TokenPatternSet.Parse(Rules)).Build();

        var found = pipeline.Analyze("From New York City to New Delhi, Lagos, NATO, New Abuja and Abuja Airport.").Entities.Select(static e => e.Text);

        Assert.Equal(["New York City", "New Delhi", "Lagos", "NATO", "Abuja", "Abuja Airport"], found);
    }

    [Fact]
    public void Literal_alternatives_compile_to_one_branch()
    {
        var program = new PatternProgram();
        Assert.True(program.TryAdd(TokenPatternSet.Parse("W\t" + Alternation(10_000)).Rules[0].Pattern, 0));

        var table = Assert.Single(program.Branches);
        Assert.Equal(10_000, table.Count);
        Assert.Empty(program.Tests);
    }

    private static string Alternation(int count) => string.Join(" | ", Enumerable.Range(0, count).Select(static i => $"\"W{i}\""));

    private static TokenTest Test(string pattern) =>
        Assert.IsType<PatternNode.Token>(TokenPatternSet.Parse("T\t" + pattern).Rules[0].Pattern).Tests.Single();

    private static long Work(string pattern, string text, Token[] tokens)
    {
        var set = TokenPatternSet.Parse("W\t" + pattern);
        var program = new PatternProgram();
        Assert.True(program.TryAdd(set.Rules[0].Pattern, 0));
        return new PatternMatcher(program).Match(text, tokens, new PatternThreads(), [set.Rules[0].Target], new List<EntitySpan>());
    }

    private static double BestSeconds(string pattern, string text, Token[] tokens)
    {
        var set = TokenPatternSet.Parse("W\t" + pattern);
        var program = new PatternProgram();
        Assert.True(program.TryAdd(set.Rules[0].Pattern, 0));
        var matcher = new PatternMatcher(program);
        double best = double.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            matcher.Match(text, tokens, new PatternThreads(), [set.Rules[0].Target], new List<EntitySpan>());
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static (string Text, Token[] Tokens) News(int count)
    {
        string[] words = ["President", "Ruto", "met", "W17", "envoys", "in", "Nairobi", "on", "2025", ",", "said", "AK-47", "Loyalists"];
        string text = string.Join(' ', Enumerable.Range(0, count).Select(i => words[i * 7 % words.Length]));
        return (text, NewsTokenizer.Tokenize(text));
    }
}
