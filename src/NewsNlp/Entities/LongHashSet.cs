namespace NewsNlp.Entities;

/// <summary>A reusable open-addressing set of 64-bit hashes; clearing keeps the buffer, so steady-state use allocates nothing.</summary>
internal sealed class LongHashSet
{
    private ulong[] _slots = new ulong[256];
    private int _mask = 255;

    public void Reset(int expectedCount)
    {
        int capacity = 256;
        while (capacity < expectedCount * 2)
        {
            capacity <<= 1;
        }

        if (_slots.Length < capacity)
        {
            _slots = new ulong[capacity];
        }
        else
        {
            Array.Clear(_slots, 0, capacity);
        }

        _mask = capacity - 1;
    }

    public void Add(ulong key)
    {
        key = key == 0 ? 1 : key;
        int i = (int)key & _mask;
        while (_slots[i] != 0)
        {
            if (_slots[i] == key)
            {
                return;
            }

            i = (i + 1) & _mask;
        }

        _slots[i] = key;
    }

    public bool Contains(ulong key)
    {
        key = key == 0 ? 1 : key;
        int i = (int)key & _mask;
        while (true)
        {
            ulong slot = _slots[i];
            if (slot == key)
            {
                return true;
            }

            if (slot == 0)
            {
                return false;
            }

            i = (i + 1) & _mask;
        }
    }
}
