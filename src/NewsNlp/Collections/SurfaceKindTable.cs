using NewsNlp.Entities;

namespace NewsNlp.Collections;

/// <summary>A reusable open-addressing map from a short surface form (a slice of the document text) to an entity kind.</summary>
/// <remarks>Keys are compared by their characters, so hash collisions never mix two surface forms; the hash is the runtime's
/// randomized string hash, so crafted input cannot make probing degrade. Clearing keeps the buffers.</remarks>
internal sealed class SurfaceKindTable
{
    private int[] _starts = new int[64];
    private int[] _lengths = new int[64];
    private int[] _hashes = new int[64];
    private EntityKind[] _kinds = new EntityKind[64];
    private int _count;

    /// <summary>Gets the capacity in entries (for trimming retained buffers).</summary>
    public int Capacity => _starts.Length;

    /// <summary>Empties the table and makes room for <paramref name="expectedCount"/> entries without growing.</summary>
    public void Reset(int expectedCount)
    {
        int capacity = 64;
        while (capacity < expectedCount * 2)
        {
            capacity <<= 1;
        }

        if (_starts.Length < capacity)
        {
            _starts = new int[capacity];
            _lengths = new int[capacity];
            _hashes = new int[capacity];
            _kinds = new EntityKind[capacity];
        }

        Array.Clear(_lengths);
        _count = 0;
    }

    /// <summary>Gets the kind recorded for the surface form <c>text[start..start+length]</c>.</summary>
    public bool TryGet(ReadOnlySpan<char> text, int start, int length, out EntityKind kind)
    {
        var surface = text.Slice(start, length);
        int hash = string.GetHashCode(surface);
        int mask = _starts.Length - 1;
        for (int i = hash & mask; _lengths[i] != 0; i = (i + 1) & mask)
        {
            if (_hashes[i] == hash && _lengths[i] == length && text.Slice(_starts[i], length).SequenceEqual(surface))
            {
                kind = _kinds[i];
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Records (or replaces) the kind of the surface form <c>text[start..start+length]</c>; length must be positive.</summary>
    public void Set(ReadOnlySpan<char> text, int start, int length, EntityKind kind)
    {
        var surface = text.Slice(start, length);
        int hash = string.GetHashCode(surface);
        int mask = _starts.Length - 1;
        int i = hash & mask;
        for (; _lengths[i] != 0; i = (i + 1) & mask)
        {
            if (_hashes[i] == hash && _lengths[i] == length && text.Slice(_starts[i], length).SequenceEqual(surface))
            {
                _kinds[i] = kind;
                return;
            }
        }

        if ((_count + 1) * 2 > _starts.Length)
        {
            Grow(text);
            Set(text, start, length, kind);
            return;
        }

        _starts[i] = start;
        _lengths[i] = length;
        _hashes[i] = hash;
        _kinds[i] = kind;
        _count++;
    }

    private void Grow(ReadOnlySpan<char> text)
    {
        var starts = _starts;
        var lengths = _lengths;
        var kinds = _kinds;
        int capacity = starts.Length * 2;
        _starts = new int[capacity];
        _lengths = new int[capacity];
        _hashes = new int[capacity];
        _kinds = new EntityKind[capacity];
        _count = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            if (lengths[i] != 0)
            {
                Set(text, starts[i], lengths[i], kinds[i]);
            }
        }
    }
}
