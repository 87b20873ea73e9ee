namespace NewsNlp.Tokenization;

/// <summary>A token: a non-empty, non-whitespace range of UTF-16 code units in the analysed text.</summary>
/// <remarks>The token does not copy its text; slice the original text with <see cref="Start"/> and <see cref="End"/>.</remarks>
/// <param name="Start">Index of the first UTF-16 code unit.</param>
/// <param name="End">Index one past the last UTF-16 code unit (exclusive).</param>
/// <param name="Kind">The lexical class.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>Gets the number of UTF-16 code units the token spans.</summary>
    public int Length => End - Start;

    /// <summary>Returns the token's characters within <paramref name="text"/>.</summary>
    /// <param name="text">The text the token was produced from.</param>
    /// <returns>The slice <c>text[Start..End]</c>.</returns>
    public ReadOnlySpan<char> GetText(ReadOnlySpan<char> text) => text[Start..End];
}
