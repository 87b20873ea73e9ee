namespace NewsNlp.Collections;

/// <summary>A reusable open-addressing map from 64-bit hashes to 8 flag bits; clearing keeps the buffers, so steady-state use
/// allocates nothing.</summary>
internal sealed class LongBitsMap
{
    private ulong[] _keys = new ulong[256];
    private byte[] _values = new byte[256];
    private int _mask = 255;
    private int _count;

    /// <summary>Gets the bytes the map holds.</summary>
    public long RetainedBytes => (long)_keys.Length * (sizeof(ulong) + sizeof(byte));

    /// <summary>Drops the buffers if they were sized for more than <paramref name="expectedCount"/> keys.</summary>
    public void Trim(int expectedCount)
    {
        if (_keys.Length > 256 && _keys.Length > expectedCount * 4)
        {
            _keys = new ulong[256];
            _values = new byte[256];
            _mask = 255;
            _count = 0;
        }
    }

    public void Reset(int expectedCount)
    {
        int capacity = 256;
        while (capacity < expectedCount * 2)
        {
            capacity <<= 1;
        }

        if (_keys.Length < capacity)
        {
            _keys = new ulong[capacity];
            _values = new byte[capacity];
        }
        else
        {
            Array.Clear(_keys, 0, capacity);
        }

        _mask = capacity - 1;
        _count = 0;
    }

    public byte Get(ulong key)
    {
        key = key == 0 ? 1 : key;
        int i = (int)key & _mask;
        while (true)
        {
            ulong slot = _keys[i];
            if (slot == key)
            {
                return _values[i];
            }

            if (slot == 0)
            {
                return 0;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Sets <paramref name="bits"/> on the key's value; a full table (more keys than <see cref="Reset"/> expected)
    /// ignores new keys rather than grow.</summary>
    public void Or(ulong key, byte bits)
    {
        key = key == 0 ? 1 : key;
        int i = (int)key & _mask;
        while (_keys[i] != 0)
        {
            if (_keys[i] == key)
            {
                _values[i] |= bits;
                return;
            }

            i = (i + 1) & _mask;
        }

        if (_count * 2 > _mask)
        {
            return;
        }

        _keys[i] = key;
        _values[i] = bits;
        _count++;
    }
}
