namespace NewsNlp.Collections;

/// <summary>A reusable set of text extents (start, length), hashed with the runtime's per-process random seed so that
/// crafted offsets cannot make probing degrade. Clearing keeps the buffers.</summary>
internal sealed class ExtentSet
{
    private long[] _keys = new long[64];
    private int _count;

    /// <summary>Gets the capacity in entries (for trimming retained buffers).</summary>
    public int Capacity => _keys.Length;

    /// <summary>Empties the set and makes room for <paramref name="expectedCount"/> extents without growing.</summary>
    public void Reset(int expectedCount)
    {
        int capacity = 64;
        while (capacity < expectedCount * 2)
        {
            capacity <<= 1;
        }

        if (_keys.Length < capacity)
        {
            _keys = new long[capacity];
        }
        else
        {
            Array.Clear(_keys);
        }

        _count = 0;
    }

    public bool Contains(int start, int length)
    {
        long key = Key(start, length);
        int mask = _keys.Length - 1;
        for (int i = HashCode.Combine(key) & mask; _keys[i] != 0; i = (i + 1) & mask)
        {
            if (_keys[i] == key)
            {
                return true;
            }
        }

        return false;
    }

    public void Add(int start, int length)
    {
        long key = Key(start, length);
        int mask = _keys.Length - 1;
        int i = HashCode.Combine(key) & mask;
        for (; _keys[i] != 0; i = (i + 1) & mask)
        {
            if (_keys[i] == key)
            {
                return;
            }
        }

        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
            Add(start, length);
            return;
        }

        _keys[i] = key;
        _count++;
    }

    // Never 0 (the empty slot): the length is at least 1.
    private static long Key(int start, int length) => ((long)start << 32) | (uint)length;

    private void Grow()
    {
        var keys = _keys;
        _keys = new long[keys.Length * 2];
        _count = 0;
        foreach (long key in keys)
        {
            if (key != 0)
            {
                Add((int)(key >> 32), (int)key);
            }
        }
    }
}
