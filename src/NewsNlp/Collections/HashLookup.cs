using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsNlp.Collections;

/// <summary>A table from 64-bit word or phrase hashes to small non-zero values, filled once (model load, training) and then
/// only read, by any number of threads. A missing key reads as 0, so a 0 value is the same as no entry.</summary>
/// <remarks>Why not <see cref="Dictionary{TKey, TValue}"/>: every token looks words up here several times. Open addressing
/// with linear probing over one array of key–value pairs, at most half full, finds a word in one cache line with no
/// bucket indirection, and filling it at model load does no duplicate bookkeeping beyond the probe.</remarks>
/// <typeparam name="TValue">The value type; its default is "absent".</typeparam>
internal sealed class HashLookup<TValue>
    where TValue : unmanaged, IEquatable<TValue>
{
    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>An empty table with room for <paramref name="capacity"/> entries.</summary>
    public HashLookup(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, 2 * capacity));
        _slots = new Slot[size];
        TransparentHugePages.Advise(_slots);
        _mask = size - 1;
        _shift = 64 - BitOperations.Log2((uint)size);
    }

    /// <summary>A table holding the non-zero entries of <paramref name="entries"/>.</summary>
    public HashLookup(IReadOnlyCollection<KeyValuePair<ulong, TValue>> entries)
        : this(entries.Count)
    {
        foreach (var (key, value) in entries)
        {
            Set(key, value);
        }
    }

    /// <summary>The number of entries.</summary>
    public int Count { get; private set; }

    /// <summary>The entries, in table order.</summary>
    public IEnumerable<KeyValuePair<ulong, TValue>> Entries
    {
        get
        {
            foreach (var slot in _slots)
            {
                if (!slot.Value.Equals(default))
                {
                    yield return new(slot.Key, slot.Value);
                }
            }
        }
    }

    /// <summary>Sets the value of <paramref name="key"/>, replacing an earlier one; a 0 value is ignored. Only while the
    /// table is private to its builder, and never past the capacity it was created with.</summary>
    /// <exception cref="InvalidOperationException">The table already holds its capacity.</exception>
    public void Set(ulong key, TValue value)
    {
        if (value.Equals(default))
        {
            return;
        }

        int i = Home(key);
        while (true)
        {
            ref var slot = ref _slots[i];
            if (slot.Value.Equals(default))
            {
                if (2 * (Count + 1) > _slots.Length)
                {
                    throw new InvalidOperationException("The lookup table is full.");
                }

                slot = new Slot(key, value);
                Count++;
                return;
            }

            if (slot.Key == key)
            {
                slot = new Slot(key, value);
                return;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>The value of <paramref name="key"/>, or 0 when it has none.</summary>
    public TValue Get(ulong key)
    {
        ref var first = ref MemoryMarshal.GetArrayDataReference(_slots);
        int i = Home(key);
        while (true)
        {
            var slot = Unsafe.Add(ref first, i);
            if (slot.Value.Equals(default) || slot.Key == key)
            {
                return slot.Value;
            }

            i = (i + 1) & _mask;
        }
    }

    // Fibonacci hashing: the keys are hashes already, but multiplying spreads any regularity in their low bits.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift) & _mask;

    // Packed: a 16-bit value beside its 64-bit key takes 10 bytes instead of 16, so more of the table shares a cache line
    // and a model load fills fewer pages; x86-64 and Arm64 read the unaligned keys at full speed.
    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private readonly record struct Slot(ulong Key, TValue Value);
}
