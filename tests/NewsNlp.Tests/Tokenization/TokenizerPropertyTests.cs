using CsCheck;
using NewsNlp.Fuzz.Targets;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

/// <summary>Property-based checks of the tokenizer and sentence splitter on generated hostile Unicode text
/// (<see cref="HostileText"/>); the invariants are those of <see cref="OffsetChecks"/>, shared with the fuzz targets.</summary>
public sealed class TokenizerPropertyTests
{
    private static readonly Gen<string> s_text = HostileText.Text(maxPieces: 60);

    [Fact]
    public void Tokens_are_non_empty_sorted_non_overlapping_slices_of_the_text() =>
        s_text.Sample(static text =>
        {
            var tokens = NewsTokenizer.Tokenize(text);
            OffsetChecks.Tokens(text, tokens);
            foreach (var token in tokens)
            {
                Assert.Equal(text[token.Start..token.End], token.GetText(text).ToString());
            }
        }, iter: 2000, print: HostileText.Escape);

    [Fact]
    public void Enumerator_and_append_yield_the_tokens_of_tokenize() =>
        s_text.Sample(static text =>
        {
            var tokens = NewsTokenizer.Tokenize(text);
            var enumerated = new List<Token>();
            foreach (var token in NewsTokenizer.EnumerateTokens(text))
            {
                enumerated.Add(token);
            }

            var appended = new List<Token> { new(0, 0, TokenKind.Word) };
            Assert.Equal(tokens.Length, NewsTokenizer.AppendTokens(text, appended));
            Assert.Equal(tokens, enumerated);
            Assert.Equal(tokens, appended.Skip(1));
        }, iter: 1000, print: HostileText.Escape);

    [Fact]
    public void Leading_whitespace_shifts_every_token_by_its_length() =>
        s_text.Select(Gen.OneOf(" ", "\n", "\r\n\r\n", "\u00A0\t")).Sample(static (text, space) =>
        {
            var plain = NewsTokenizer.Tokenize(text);
            var shifted = NewsTokenizer.Tokenize(space + text);
            Assert.Equal(plain.Select(t => t with { Start = t.Start + space.Length, End = t.End + space.Length }), shifted);
        }, iter: 1000, print: static t => HostileText.Escape(t.Item2 + t.Item1));

    [Fact]
    public void Sentences_cover_every_token_once_in_order() =>
        s_text.Sample(static text =>
        {
            var tokens = NewsTokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens);
            OffsetChecks.Sentences(tokens, sentences);
            foreach (var sentence in sentences)
            {
                Assert.InRange(sentence.Start, 0, sentence.End - 1);
                Assert.InRange(sentence.End, sentence.Start + 1, text.Length);
            }
        }, iter: 2000, print: HostileText.Escape);

    [Fact]
    public void A_paragraph_break_always_ends_a_sentence() =>
        s_text.Select(s_text).Sample(static (first, second) =>
        {
            string text = first + "\n\n" + second;
            var tokens = NewsTokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens);
            bool hasBefore = tokens.Any(t => t.End <= first.Length);
            bool hasAfter = tokens.Any(t => t.Start >= first.Length + 2);
            if (hasBefore && hasAfter)
            {
                Assert.DoesNotContain(sentences, s => s.Start < first.Length && s.End > first.Length + 2);
            }
        }, iter: 1000, print: static t => HostileText.Escape(t.Item1 + "\n\n" + t.Item2));
}
