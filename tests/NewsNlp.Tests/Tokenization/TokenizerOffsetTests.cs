using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

public sealed class TokenizerOffsetTests
{
    [Fact]
    public void Tokens_cover_all_non_whitespace_in_order()
    {
        const string text = "Iran’s President met Gen. Munir in Islamabad.";
        var tokens = NewsTokenizer.Tokenize(text);
        Assert.NotEmpty(tokens);
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd);
            Assert.False(string.IsNullOrWhiteSpace(text[token.Start..token.End]));
            previousEnd = token.End;
        }
    }
}
