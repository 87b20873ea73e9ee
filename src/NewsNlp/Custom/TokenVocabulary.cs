using System.Runtime.CompilerServices;

namespace NewsNlp.Custom;

/// <summary>Interns the distinct tokens of the dictionary phrases as small integers, ordinal or case-insensitive; a text
/// token is looked up by its span, hashing its characters as it goes, without allocating or copying.</summary>
/// <remarks>
/// Case-insensitive tables fold each UTF-16 code unit to upper case (ASCII by arithmetic, the rest by
/// <see cref="char.ToUpperInvariant"/>) and store folded keys, so a lookup folds the text once, while hashing and while
/// comparing. Both modes read the typographic apostrophe <c>’</c> as <c>'</c>, as the tokenizer treats them alike, so
/// <c>O’Brien</c> matches <c>O'Brien</c>. The keys come from the dictionary, so text cannot lengthen the probe chains.
/// </remarks>
internal sealed class TokenVocabulary
{
    private readonly bool _ignoreCase;
    private string[] _keys = new string[1024];
    private int[] _hashes = new int[1024];
    private int[] _ids = new int[1024];
    private int _mask = 1023;

    public TokenVocabulary(bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
    }

    public int Count { get; private set; }

    /// <summary>Returns the id of <paramref name="token"/>, adding it when new.</summary>
    public int Intern(ReadOnlySpan<char> token)
    {
        int id = Find(token);
        if (id >= 0)
        {
            return id;
        }

        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        var key = new char[token.Length];
        for (int i = 0; i < token.Length; i++)
        {
            key[i] = Fold(token[i]);
        }

        int hash = Hash(token);
        int slot = hash & _mask;
        while (_keys[slot] is not null)
        {
            slot = (slot + 1) & _mask;
        }

        _keys[slot] = new string(key);
        _hashes[slot] = hash;
        _ids[slot] = Count;
        return Count++;
    }

    /// <summary>Returns the id of <paramref name="token"/>, or -1 when no phrase holds it.</summary>
    public int Find(ReadOnlySpan<char> token)
    {
        int hash = Hash(token);
        int slot = hash & _mask;
        while (_keys[slot] is { } key)
        {
            if (_hashes[slot] == hash && FoldedEquals(token, key))
            {
                return _ids[slot];
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private char Fold(char c)
    {
        if (c == '\u2019')
        {
            return '\'';
        }

        if (!_ignoreCase)
        {
            return c;
        }

        return c < 128 ? (char.IsAsciiLetterLower(c) ? (char)(c - 32) : c) : char.ToUpperInvariant(c);
    }

    // FNV-1a over the folded code units, then a final mix so that the low bits used for the slot depend on every unit.
    private int Hash(ReadOnlySpan<char> token)
    {
        uint hash = 2166136261;
        foreach (char c in token)
        {
            hash = (hash ^ Fold(c)) * 16777619;
        }

        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        hash ^= hash >> 12;
        return (int)(hash & int.MaxValue);
    }

    private bool FoldedEquals(ReadOnlySpan<char> token, string key)
    {
        if (token.Length != key.Length)
        {
            return false;
        }

        for (int i = 0; i < token.Length; i++)
        {
            if (Fold(token[i]) != key[i])
            {
                return false;
            }
        }

        return true;
    }

    private void Grow()
    {
        var keys = _keys;
        var hashes = _hashes;
        var ids = _ids;
        _keys = new string[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        _ids = new int[keys.Length * 2];
        _mask = _keys.Length - 1;
        for (int j = 0; j < keys.Length; j++)
        {
            if (keys[j] is not null)
            {
                int slot = hashes[j] & _mask;
                while (_keys[slot] is not null)
                {
                    slot = (slot + 1) & _mask;
                }

                _keys[slot] = keys[j];
                _hashes[slot] = hashes[j];
                _ids[slot] = ids[j];
            }
        }
    }
}
