namespace NewsNlp.Tokenization;

/// <summary>Rule-based, abbreviation-aware sentence segmentation over tokens.</summary>
/// <remarks>
/// A sentence ends after <c>.</c>, <c>!</c>, <c>?</c> or an ellipsis (with any closing quotes and brackets that follow) when
/// the next token does not start in lower case; after an abbreviation only when the abbreviation commonly ends sentences and
/// the next word is a common sentence opener; and always at a blank line. Stateless and thread-safe.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>Splits tokenized text into sentences.</summary>
    /// <param name="text">The text the tokens were produced from.</param>
    /// <param name="tokens">The tokens, in text order.</param>
    /// <param name="destination">The list that receives the sentences.</param>
    /// <returns>The number of sentences appended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <see langword="null"/>.</exception>
    public static int Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Sentence> destination) =>
        Split(text, tokens, destination, CancellationToken.None);

    /// <summary>Splits tokenized text into sentences, looking at <paramref name="cancellationToken"/> every
    /// <see cref="NewsTokenizer.CancellationInterval"/> tokens.</summary>
    internal static int Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Sentence> destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        int before = destination.Count;
        int first = 0;
        bool insideQuote = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            if ((i & (NewsTokenizer.CancellationInterval - 1)) == NewsTokenizer.CancellationInterval - 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (tokens[i].Length == 1 && text[tokens[i].Start] is '"')
            {
                insideQuote = !insideQuote;
            }

            if (i + 1 == tokens.Length || IsBoundaryAfter(text, tokens, i, insideQuote))
            {
                destination.Add(new Sentence(first, i + 1 - first, tokens[first].Start, tokens[i].End));
                first = i + 1;

                // A quotation may run over several sentences; a paragraph break closes it.
                if (i + 1 < tokens.Length && HasBlankLine(text[tokens[i].End..tokens[i + 1].Start]))
                {
                    insideQuote = false;
                }
            }
        }

        return destination.Count - before;
    }

    /// <summary>Splits tokenized text into sentences.</summary>
    /// <param name="text">The text the tokens were produced from.</param>
    /// <param name="tokens">The tokens, in text order.</param>
    /// <returns>The sentences in text order.</returns>
    public static Sentence[] Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var list = new List<Sentence>(tokens.Length / 20 + 1);
        Split(text, tokens, list);
        return [.. list];
    }

    // insideQuote: a straight double quote is open in the current paragraph, so the next one closes it even when a space
    // separates it from the period.
    private static bool IsBoundaryAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, bool insideQuote)
    {
        var current = tokens[i];
        var next = tokens[i + 1];
        if (HasBlankLine(text[current.End..next.Start]))
        {
            return true;
        }

        var word = current.GetText(text);
        if (IsTerminal(word))
        {
            // Closing quotes and brackets stay with the sentence they close.
            var nextText = next.GetText(text);
            if (IsCloser(nextText) && (next.Start == current.End || (insideQuote && nextText is "\"")))
            {
                return false;
            }

            return !StartsLowerCase(next.GetText(text)) && !IsContinuationPunctuation(next.GetText(text));
        }

        if (IsCloser(word) && i > 0 && IsTerminal(tokens[i - 1].GetText(text)) && (tokens[i - 1].End == current.Start || (word is "\"" && !insideQuote)))
        {
            return !StartsLowerCase(next.GetText(text)) && !IsContinuationPunctuation(next.GetText(text));
        }

        if (word.Length > 1 && word[^1] is '.' && current.Kind == TokenKind.Word && Abbreviations.MayEndSentence(word))
        {
            return SentenceOpeners.IsOpener(next.GetText(text));
        }

        return false;
    }

    private static bool HasBlankLine(ReadOnlySpan<char> gap)
    {
        int newlines = 0;
        foreach (char c in gap)
        {
            if (c is '\n' or '\u2029' && ++newlines >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTerminal(ReadOnlySpan<char> token) =>
        token.Length > 0 && token[^1] is '.' or '!' or '?' or '\u2026' && (token.Length == 1 || token[0] is '.' or '!' or '?' || token.IndexOfAnyExcept(".!?\u2026") < 0);

    private static bool IsCloser(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '}' or '\u00BB';

    private static bool StartsLowerCase(ReadOnlySpan<char> token) => token.Length > 0 && char.IsLower(token[0]);

    private static bool IsContinuationPunctuation(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is ',' or ';' or ':' or '.' or '!' or '?' or ')';
}
