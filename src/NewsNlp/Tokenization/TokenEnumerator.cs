namespace NewsNlp.Tokenization;

/// <summary>Enumerates the tokens of a span of text without allocating.</summary>
/// <remarks>Returned by <see cref="NewsTokenizer.EnumerateTokens(ReadOnlySpan{char})"/>; use it in a <c>foreach</c>.</remarks>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private Token _current;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _current = default;
    }

    /// <summary>Gets the token at the current position.</summary>
    public readonly Token Current => _current;

    /// <summary>Returns this enumerator, so that it can be used in a <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="true"/> when a token was read; <see langword="false"/> at the end of the text.</returns>
    public bool MoveNext() => TokenScanner.TryRead(_text, ref _position, out _current);
}
