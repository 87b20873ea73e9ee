using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Fuzz.Targets;

/// <summary>The offset invariants every tokenizer, splitter and pipeline result must keep; a violation throws
/// <see cref="FuzzInvariantException"/>.</summary>
internal static class OffsetChecks
{
    /// <summary>Tokens: non-empty, inside the text, sorted and non-overlapping, never whitespace alone, never starting
    /// between the halves of a surrogate pair, and nothing but whitespace left between them.</summary>
    public static void Tokens(string text, IReadOnlyList<Token> tokens)
    {
        int previousEnd = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            Check(token.Start >= previousEnd, $"token {t} [{token.Start},{token.End}) starts before the previous end {previousEnd}");
            Check(token.End > token.Start, $"token {t} [{token.Start},{token.End}) is empty");
            Check(token.End <= text.Length, $"token {t} [{token.Start},{token.End}) ends past the text ({text.Length})");
            Check(Enum.IsDefined(token.Kind), $"token {t} has an undefined kind {(int)token.Kind}");
            Check(!IsInsidePair(text, token.Start) && !IsInsidePair(text, token.End), $"token {t} [{token.Start},{token.End}) splits a surrogate pair");
            Check(!IsAllSpace(text.AsSpan(token.Start, token.Length)), $"token {t} [{token.Start},{token.End}) is whitespace only");
            Check(IsAllSpace(text.AsSpan(previousEnd, token.Start - previousEnd)), $"text before token {t} at [{previousEnd},{token.Start}) was dropped");
            previousEnd = token.End;
        }

        Check(IsAllSpace(text.AsSpan(previousEnd)), $"text after the last token at {previousEnd} was dropped");
    }

    /// <summary>Sentences: consecutive non-empty token ranges that cover every token once, with character offsets equal to
    /// their first token's start and last token's end.</summary>
    public static void Sentences(IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        int nextToken = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            Check(sentence.FirstToken == nextToken, $"sentence {s} starts at token {sentence.FirstToken}, expected {nextToken}");
            Check(sentence.TokenCount > 0, $"sentence {s} is empty");
            Check(sentence.EndToken <= tokens.Count, $"sentence {s} ends at token {sentence.EndToken} of {tokens.Count}");
            Check(sentence.Start == tokens[sentence.FirstToken].Start && sentence.End == tokens[sentence.EndToken - 1].End,
                $"sentence {s} [{sentence.Start},{sentence.End}) does not match its tokens");
            nextToken = sentence.EndToken;
        }

        Check(nextToken == tokens.Count, $"sentences cover {nextToken} of {tokens.Count} tokens");
    }

    /// <summary>Entities: inside the text, on token boundaries, sorted, non-overlapping, of a kind the pipeline returns,
    /// <c>Text == text[Start..End]</c>, a confidence in [0, 1], and a date value that is absent (documented for
    /// <c>yesterday</c> without a reference date and for <c>the next day</c> after a coarser date) or well-formed TIMEX3
    /// (<see cref="TimexValue.IsValid"/>).</summary>
    public static void Entities(NewsDocument document, EntityKindSet kinds)
    {
        var text = document.Text;
        var starts = new HashSet<int>();
        var ends = new HashSet<int>();
        foreach (var token in document.Tokens)
        {
            starts.Add(token.Start);
            ends.Add(token.End);
        }

        int previousEnd = 0;
        for (int e = 0; e < document.Entities.Count; e++)
        {
            var entity = document.Entities[e];
            string where = $"entity {e} {entity.Kind} [{entity.Start},{entity.End})";
            Check(entity.Start >= previousEnd, $"{where} starts before the previous end {previousEnd}");
            Check(entity.End > entity.Start, $"{where} is empty");
            Check(entity.End <= text.Length, $"{where} ends past the text ({text.Length})");
            Check(starts.Contains(entity.Start) && ends.Contains(entity.End), $"{where} is not on token boundaries");
            Check(entity.Text == text[entity.Start..entity.End], $"{where} has text '{entity.Text}', not the text it spans");
            Check(kinds.Contains(entity.Kind), $"{where} has a kind the pipeline does not return");
            Check(entity.Confidence is >= 0f and <= 1f, $"{where} has confidence {entity.Confidence}");
            Check(entity.Kind != EntityKind.Date || entity.Value is null || TimexValue.IsValid(entity.Value), $"{where} has a malformed value '{entity.Value}'");
            previousEnd = entity.End;
        }
    }

    /// <summary>A document's tokens, sentences and entities all keep their invariants.</summary>
    public static void Document(NewsDocument document, EntityKindSet kinds)
    {
        Tokens(document.Text, document.Tokens);
        Sentences(document.Tokens, document.Sentences);
        Entities(document, kinds);
    }

    private static bool IsInsidePair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    private static bool IsAllSpace(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (!TokenScanner.IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new FuzzInvariantException(message);
        }
    }
}
