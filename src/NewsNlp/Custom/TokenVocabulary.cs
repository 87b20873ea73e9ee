namespace NewsNlp.Custom;

/// <summary>Interns the distinct tokens of the dictionary phrases as small integers, ordinal or case-insensitive; a text
/// token is looked up by its span, without allocating.</summary>
/// <remarks>The typographic apostrophe <c>’</c> is read as <c>'</c> on both sides, as the tokenizer treats them alike, so
/// <c>O’Brien</c> matches <c>O'Brien</c>.</remarks>
internal sealed class TokenVocabulary
{
    // Longer tokens (URLs) are looked up as they are; folding a copy on the stack is only worth it for words.
    private const int MaxFoldedLength = 128;

    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TokenVocabulary(bool ignoreCase)
    {
        _ids = new Dictionary<string, int>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _ids.Count;

    /// <summary>Returns the id of <paramref name="token"/>, adding it when new.</summary>
    public int Intern(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[MaxFoldedLength];
        var key = Fold(token, buffer);
        if (_lookup.TryGetValue(key, out int id))
        {
            return id;
        }

        id = _ids.Count;
        _lookup.TryAdd(key, id);
        return id;
    }

    /// <summary>Returns the id of <paramref name="token"/>, or -1 when no phrase holds it.</summary>
    public int Find(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[MaxFoldedLength];
        return _lookup.TryGetValue(Fold(token, buffer), out int id) ? id : -1;
    }

    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> token, Span<char> buffer)
    {
        if (token.Length > MaxFoldedLength || !token.Contains('\u2019'))
        {
            return token;
        }

        var folded = buffer[..token.Length];
        token.CopyTo(folded);
        folded.Replace('\u2019', '\'');
        return folded;
    }
}
