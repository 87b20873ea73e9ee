using NewsNlp.Custom;
using NewsNlp.Custom.Patterns;
using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Custom;

/// <summary>Hostile patterns cost work proportional to the text: the matcher's own count of instructions visited is checked
/// against its documented bound, and doubling the text doubles the work.</summary>
public sealed class PatternLinearityTests
{
    // Nested stars over any token, and an ending that never occurs: a backtracking matcher would explode here.
    private const string Hostile = "([]* []*)* ([lower=a]+ | [shape=x]+)* \"never-there\"";

    [Fact]
    public void A_hostile_pattern_on_100k_tokens_stays_within_the_linear_bound()
    {
        var (matcher, targets) = Compile(Hostile);
        var (text, tokens) = Tokens(100_000);
        var matches = new List<EntitySpan>();

        long work = matcher.Match(text, tokens, new PatternThreads(), targets, matches);

        Assert.Empty(matches);
        long bound = (long)tokens.Length * (PatternMatcher.MaxMatchTokens + 1) * 4 * matcher.InstructionCount;
        Assert.InRange(work, tokens.Length, bound);
    }

    [Fact]
    public void Doubling_the_text_doubles_the_work()
    {
        var (matcher, targets) = Compile(Hostile);
        var (smallText, smallTokens) = Tokens(50_000);
        var (largeText, largeTokens) = Tokens(100_000);

        long small = matcher.Match(smallText, smallTokens, new PatternThreads(), targets, []);
        long large = matcher.Match(largeText, largeTokens, new PatternThreads(), targets, []);

        Assert.InRange((double)large / small, 1.95, 2.05);
    }

    [Fact]
    public void Matching_many_short_matches_is_linear_too()
    {
        var (matcher, targets) = Compile("[]+ [lower=a] | [lower=a]");
        var (smallText, smallTokens) = Tokens(20_000);
        var (largeText, largeTokens) = Tokens(80_000);
        var smallMatches = new List<EntitySpan>();
        var largeMatches = new List<EntitySpan>();

        long small = matcher.Match(smallText, smallTokens, new PatternThreads(), targets, smallMatches);
        long large = matcher.Match(largeText, largeTokens, new PatternThreads(), targets, largeMatches);

        Assert.NotEmpty(smallMatches);
        Assert.InRange((double)large / small, 3.9, 4.1);
        Assert.InRange((double)largeMatches.Count / smallMatches.Count, 3.9, 4.1);
    }

    private static (PatternMatcher Matcher, RuleTarget[] Targets) Compile(string pattern)
    {
        var set = new TokenPatternSet().Add("HOSTILE", pattern);
        var program = new PatternProgram();
        Assert.True(program.TryAdd(set.Rules[0].Pattern, 0));
        return (new PatternMatcher(program), [set.Rules[0].Target]);
    }

    private static (string Text, Token[] Tokens) Tokens(int count)
    {
        var words = new string[count];
        for (int i = 0; i < count; i++)
        {
            words[i] = (i % 7) switch { 0 => "a", 1 => "Alpha", 2 => "beta", 3 => ",", _ => "a" };
        }

        string text = string.Join(' ', words);
        var tokens = NewsTokenizer.Tokenize(text);
        Assert.Equal(count, tokens.Length);
        return (text, tokens);
    }
}
