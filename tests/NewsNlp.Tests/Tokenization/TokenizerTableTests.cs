using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

public sealed class TokenizerTableTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        // Quotes and apostrophes
        { "Iran’s president", ["Iran", "’s", "president"] },
        { "Iran's president", ["Iran", "'s", "president"] },
        { "the soldiers’ camp", ["the", "soldiers", "’", "camp"] },
        { "“We agree,” she said.", ["“", "We", "agree", ",", "”", "she", "said", "."] },
        { "\"Yes\" and 'no'", ["\"", "Yes", "\"", "and", "'", "no", "'"] },
        { "they’re here, we'll see, I'd go, I'm in", ["they", "’re", "here", ",", "we", "'ll", "see", ",", "I", "'d", "go", ",", "I", "'m", "in"] },
        { "don't can’t isn't", ["do", "n't", "ca", "n’t", "is", "n't"] },
        { "O'Brien and D’Souza", ["O'Brien", "and", "D’Souza"] },
        { "in the ’90s", ["in", "the", "’90s"] },

        // Dashes and hyphens
        { "Iran–Pakistan border", ["Iran", "–", "Pakistan", "border"] },
        { "regions—particularly", ["regions", "—", "particularly"] },
        { "Sistan-Balochistan province", ["Sistan", "-", "Balochistan", "province"] },
        { "Pakistan-based and India-linked groups", ["Pakistan", "-", "based", "and", "India", "-", "linked", "groups"] },
        { "wait -- what", ["wait", "--", "what"] },

        // Abbreviations and initials
        { "the U.S. and U.K. said", ["the", "U.S.", "and", "U.K.", "said"] },
        { "Gen. Munir met Dr. Lee", ["Gen.", "Munir", "met", "Dr.", "Lee"] },
        { "on Jan. 5 and Sept. 9", ["on", "Jan.", "5", "and", "Sept.", "9"] },
        { "Acme Inc. and Beta Corp. rose", ["Acme", "Inc.", "and", "Beta", "Corp.", "rose"] },
        { "J.P. Morgan and J. R. Smith", ["J.P.", "Morgan", "and", "J.", "R.", "Smith"] },
        { "at 9 a.m. sharp", ["at", "9", "a.m.", "sharp"] },
        { "It ended.", ["It", "ended", "."] },

        // Numbers, currency, percentages, ordinals, times
        { "1,000.50 units", ["1,000.50", "units"] },
        { "up 10% today", ["up", "10", "%", "today"] },
        { "worth 3.5bn euros", ["worth", "3.5", "bn", "euros"] },
        { "a $10 billion target", ["a", "$", "10", "billion", "target"] },
        { "£5m and €7.25", ["£", "5", "m", "and", "€", "7.25"] },
        { "the 7th and 21st floors", ["the", "7th", "and", "21st", "floors"] },
        { "at 9:15 on 11/27/2026", ["at", "9:15", "on", "11/27/2026"] },
        { "the 1990s and 5G", ["the", "1990s", "and", "5G"] },
        { "on 2026-11-27", ["on", "2026", "-", "11", "-", "27"] },

        // Web and social
        { "see https://example.org/a?b=1.", ["see", "https://example.org/a?b=1", "."] },
        { "visit www.example.com, now", ["visit", "www.example.com", ",", "now"] },
        { "mail desk.news@example.co.uk today", ["mail", "desk.news@example.co.uk", "today"] },
        { "follow @news_desk and #Elections2026", ["follow", "@news_desk", "and", "#Elections2026"] },
        { "AT&T and S&P fell", ["AT&T", "and", "S&P", "fell"] },

        // Ellipses and whitespace
        { "wait... then…", ["wait", "...", "then", "…"] },
        { "no\u00A0break\u2009thin", ["no", "break", "thin"] },
        { "line one\r\nline two", ["line", "one", "line", "two"] },
        { "zero\u200Bwidth", ["zero", "width"] },

        // Beyond the Basic Multilingual Plane
        { "ok 👍🏽 done", ["ok", "👍", "🏽", "done"] },
        { "𝐀𝐁 math", ["𝐀𝐁", "math"] },
        { "café naïve", ["café", "naïve"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenizes_news_text(string text, string[] expected)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        var actual = Array.ConvertAll(tokens, t => text[t.Start..t.End]);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("Iran", TokenKind.Word)]
    [InlineData("1,000", TokenKind.Number)]
    [InlineData("7th", TokenKind.Number)]
    [InlineData(",", TokenKind.Punctuation)]
    [InlineData("$", TokenKind.Symbol)]
    [InlineData("https://example.org", TokenKind.Url)]
    [InlineData("a@example.org", TokenKind.Email)]
    [InlineData("@desk", TokenKind.Handle)]
    [InlineData("#tag", TokenKind.Hashtag)]
    public void Classifies_tokens(string text, TokenKind kind)
    {
        var token = Assert.Single(NewsTokenizer.Tokenize(text));
        Assert.Equal(kind, token.Kind);
    }

    [Fact]
    public void Span_enumerator_matches_the_array_api()
    {
        const string text = "Kenya’s President met officials in Nairobi on Jan. 5, 2026.";
        var list = new List<Token>();
        foreach (var token in NewsTokenizer.EnumerateTokens(text))
        {
            list.Add(token);
        }

        Assert.Equal(NewsTokenizer.Tokenize(text), list);
    }
}
