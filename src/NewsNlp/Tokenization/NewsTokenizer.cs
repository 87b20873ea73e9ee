namespace NewsNlp.Tokenization;

/// <summary>The non-destructive news tokenizer: every token keeps its UTF-16 offsets into the original text.</summary>
/// <remarks>
/// Whitespace (including no-break spaces and line breaks) never becomes a token. Hyphens and dashes are tokens of their own,
/// so <c>Pakistan-based</c> yields <c>Pakistan</c>, while a name such as <c>Sistan-Balochistan</c> stays recoverable from the
/// adjacent offsets. The tokenizer is stateless and thread-safe.
/// </remarks>
public static class NewsTokenizer
{
    /// <summary>Enumerates the tokens of <paramref name="text"/> without allocating.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>A <see langword="ref struct"/> enumerator of <see cref="Token"/> values.</returns>
    public static TokenEnumerator EnumerateTokens(ReadOnlySpan<char> text) => new(text);

    /// <summary>Tokenizes <paramref name="text"/> into an array.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>The tokens in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new List<Token>(text.Length / 5 + 4);
        AppendTokens(text, buffer);
        return [.. buffer];
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="destination"/>.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <param name="destination">The list that receives the tokens.</param>
    /// <returns>The number of tokens appended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <see langword="null"/>.</exception>
    public static int AppendTokens(ReadOnlySpan<char> text, List<Token> destination) => AppendTokens(text, destination, CancellationToken.None);

    /// <summary>Appends the tokens of <paramref name="text"/>, looking at <paramref name="cancellationToken"/> every
    /// <see cref="CancellationInterval"/> tokens.</summary>
    internal static int AppendTokens(ReadOnlySpan<char> text, List<Token> destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        int before = destination.Count;
        int position = 0;
        int untilCheck = CancellationInterval;
        while (TokenScanner.TryRead(text, ref position, out var token))
        {
            destination.Add(token);
            if (--untilCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                untilCheck = CancellationInterval;
            }
        }

        return destination.Count - before;
    }

    /// <summary>Tokens read between two looks at a cancellation token (a few milliseconds).</summary>
    internal const int CancellationInterval = 1 << 16;
}
