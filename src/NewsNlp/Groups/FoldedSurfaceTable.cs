namespace NewsNlp.Groups;

/// <summary>A reusable open-addressing map from the folded form of a slice of the document text (<see cref="FoldedSurface"/>)
/// to an integer: entity grouping's index of names, name parts and acronyms.</summary>
/// <remarks>Keys are compared by their folded characters, so hash collisions never mix two forms; the hash is randomized
/// per process, so crafted input cannot make probing degrade. A slot is occupied when its stamp is the current
/// generation, so emptying the table is constant time however large it grew for an earlier document.</remarks>
internal sealed class FoldedSurfaceTable
{
    private int[] _starts = new int[64];
    private int[] _lengths = new int[64];
    private int[] _hashes = new int[64];
    private int[] _values = new int[64];
    private int[] _stamps = new int[64];
    private int _generation = 1;
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
            Allocate(capacity);
        }
        else if (++_generation == int.MaxValue)
        {
            Array.Clear(_stamps);
            _generation = 1;
        }

        _count = 0;
    }

    /// <summary>Gets the value recorded for the folded form of <c>text[start..start+length]</c>.</summary>
    public bool TryGet(ReadOnlySpan<char> text, int start, int length, out int value)
    {
        int slot = Find(text, start, length, FoldedSurface.Hash(text.Slice(start, length)));
        bool found = _stamps[slot] == _generation;
        value = found ? _values[slot] : 0;
        return found;
    }

    /// <summary>Records (or replaces) the value of the folded form of <c>text[start..start+length]</c>.</summary>
    public void Set(ReadOnlySpan<char> text, int start, int length, int value)
    {
        if ((_count + 1) * 2 > _starts.Length)
        {
            Grow();
        }

        int hash = FoldedSurface.Hash(text.Slice(start, length));
        int slot = Find(text, start, length, hash);
        if (_stamps[slot] != _generation)
        {
            _stamps[slot] = _generation;
            _starts[slot] = start;
            _lengths[slot] = length;
            _hashes[slot] = hash;
            _count++;
        }

        _values[slot] = value;
    }

    /// <summary>The slot holding the form, or the empty slot where it would go.</summary>
    private int Find(ReadOnlySpan<char> text, int start, int length, int hash)
    {
        var surface = text.Slice(start, length);
        int mask = _starts.Length - 1;
        int i = hash & mask;
        for (; _stamps[i] == _generation; i = (i + 1) & mask)
        {
            if (_hashes[i] == hash && _lengths[i] == length && FoldedSurface.FoldedEquals(text.Slice(_starts[i], length), surface))
            {
                return i;
            }
        }

        return i;
    }

    private void Allocate(int capacity)
    {
        _starts = new int[capacity];
        _lengths = new int[capacity];
        _hashes = new int[capacity];
        _values = new int[capacity];
        _stamps = new int[capacity];
        _generation = 1;
    }

    private void Grow()
    {
        var starts = _starts;
        var lengths = _lengths;
        var hashes = _hashes;
        var values = _values;
        var stamps = _stamps;
        int generation = _generation;
        Allocate(starts.Length * 2);
        int mask = _starts.Length - 1;
        for (int i = 0; i < starts.Length; i++)
        {
            if (stamps[i] == generation)
            {
                int slot = hashes[i] & mask;
                while (_stamps[slot] == _generation)
                {
                    slot = (slot + 1) & mask;
                }

                _stamps[slot] = _generation;
                _starts[slot] = starts[i];
                _lengths[slot] = lengths[i];
                _hashes[slot] = hashes[i];
                _values[slot] = values[i];
            }
        }
    }
}
