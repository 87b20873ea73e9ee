using System.Runtime.CompilerServices;

namespace NewsNlp.Custom;

/// <summary>The edges of a token trie in one open-addressing table: (node, token symbol) to child node. One flat table
/// costs about 16 bytes an edge, so a million phrases fit in tens of megabytes, and a lookup is one or two probes.</summary>
internal sealed class TransitionTable
{
    private ulong[] _keys = new ulong[1024];
    private int[] _values = new int[1024];
    private int _mask = 1023;
    private int _count;

    public int Count => _count;

    public long RetainedBytes => (long)_keys.Length * (sizeof(ulong) + sizeof(int));

    /// <summary>Returns the child of <paramref name="node"/> on <paramref name="symbol"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(int node, int symbol)
    {
        ulong key = Key(node, symbol);
        int i = Slot(key);
        while (true)
        {
            ulong slot = _keys[i];
            if (slot == key)
            {
                return _values[i];
            }

            if (slot == 0)
            {
                return -1;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Returns the child of <paramref name="node"/> on <paramref name="symbol"/>, adding <paramref name="newChild"/> when there is none.</summary>
    public int GetOrAdd(int node, int symbol, int newChild)
    {
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        ulong key = Key(node, symbol);
        int i = Slot(key);
        while (_keys[i] != 0)
        {
            if (_keys[i] == key)
            {
                return _values[i];
            }

            i = (i + 1) & _mask;
        }

        _keys[i] = key;
        _values[i] = newChild;
        _count++;
        return newChild;
    }

    // Node + 1 keeps the key of (root, symbol 0) away from the empty slot's zero.
    private static ulong Key(int node, int symbol) => ((ulong)(uint)(node + 1) << 32) | (uint)symbol;

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & _mask;

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new ulong[keys.Length * 2];
        _values = new int[keys.Length * 2];
        _mask = _keys.Length - 1;
        for (int j = 0; j < keys.Length; j++)
        {
            if (keys[j] != 0)
            {
                int i = Slot(keys[j]);
                while (_keys[i] != 0)
                {
                    i = (i + 1) & _mask;
                }

                _keys[i] = keys[j];
                _values[i] = values[j];
            }
        }
    }
}
