using System.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

public sealed class TokenizerInvariantTests
{
    private const string Alphabet = "aZ9 .,;:'’\"“”-–—@#$%&/\\()[]…\u00A0\r\n\t\u200BéẞÅ0‘`~^*+=<>|_!?";

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    public static TheoryData<string> Adversarial => new()
    {
        "",
        " ",
        "\u00A0\u00A0\r\n",
        new string('.', 5000),
        new string('-', 5000),
        string.Concat(Enumerable.Repeat("a.", 5000)),
        string.Concat(Enumerable.Repeat("a@", 5000)),
        string.Concat(Enumerable.Repeat("1,", 5000)),
        string.Concat(Enumerable.Repeat("n't", 2000)),
        string.Concat(Enumerable.Repeat("'s", 2000)),
        "http://" + new string('x', 10000),
        new string('a', 100000) + "@example.org",
        "\uD800", // lone high surrogate
        "\uDC00abc", // lone low surrogate
        "a\uD83D", // high surrogate at the end
        "\u0301\u0301 combining marks first",
        "@ # $ '' ’’ ..",
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_text_keeps_offset_invariants(int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        for (int i = 0; i < 20000; i++)
        {
            builder.Append(random.Next(10) == 0 ? (char)random.Next(0, 0xFFFF) : Alphabet[random.Next(Alphabet.Length)]);
        }

        AssertInvariants(builder.ToString());
    }

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Adversarial_text_keeps_offset_invariants(string text) => AssertInvariants(text);

    [Fact]
    public void Long_pathological_input_is_linear()
    {
        // 2 MB of near-miss e-mail and initial patterns: finishes only if no step rescans unboundedly.
        var text = string.Concat(Enumerable.Repeat("a.b.c@d.", 250_000));
        var count = 0;
        foreach (var token in NewsTokenizer.EnumerateTokens(text))
        {
            count++;
        }

        Assert.True(count > 0);
        AssertInvariants(text);
    }

    private static void AssertInvariants(string text)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        int previousEnd = 0;
        var covered = new bool[text.Length];
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd, $"token [{token.Start},{token.End}) overlaps or precedes {previousEnd}");
            Assert.True(token.End > token.Start, "empty token");
            Assert.True(token.End <= text.Length);
            var slice = text.AsSpan(token.Start, token.Length);
            Assert.True(slice.IndexOfAnyExcept(" \t\r\n\u00A0\u200B") >= 0, "whitespace-only token");
            Assert.False(char.IsLowSurrogate(text[token.Start]) && token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1]), "token splits a surrogate pair");
            for (int i = token.Start; i < token.End; i++)
            {
                covered[i] = true;
            }

            previousEnd = token.End;
        }

        // Nothing but separators is dropped: every uncovered character is whitespace or an invisible separator.
        for (int i = 0; i < text.Length; i++)
        {
            if (!covered[i])
            {
                Assert.True(TokenScanner.IsSpace(text[i]), $"character U+{(int)text[i]:X4} at {i} was dropped");
            }
        }
    }
}
