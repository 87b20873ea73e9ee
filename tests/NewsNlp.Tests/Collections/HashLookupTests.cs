using NewsNlp.Collections;

namespace NewsNlp.Tests.Collections;

public sealed class HashLookupTests
{
    [Fact]
    public void Reads_back_every_entry_and_zero_for_missing_keys()
    {
        var random = new Random(7);
        var expected = new Dictionary<ulong, ushort>();
        while (expected.Count < 50_000)
        {
            expected[(ulong)random.NextInt64() ^ ((ulong)random.Next() << 40)] = (ushort)random.Next(1, ushort.MaxValue);
        }

        expected[0] = 9;
        expected[ulong.MaxValue] = 11;
        var lookup = new HashLookup<ushort>(expected.Count);
        foreach (var (key, value) in expected)
        {
            lookup.Set(key, value);
        }

        Assert.Equal(expected.Count, lookup.Count);
        foreach (var (key, value) in expected)
        {
            Assert.Equal(value, lookup.Get(key));
        }

        for (int i = 0; i < 50_000; i++)
        {
            ulong missing = (ulong)random.NextInt64();
            Assert.Equal(expected.GetValueOrDefault(missing), lookup.Get(missing));
        }

        Assert.Equal(expected.OrderBy(p => p.Key), lookup.Entries.OrderBy(p => p.Key));
    }

    [Fact]
    public void A_later_value_replaces_an_earlier_one_and_zero_values_are_not_entries()
    {
        var lookup = new HashLookup<uint>(3);
        lookup.Set(42, 1);
        lookup.Set(42, 7);
        lookup.Set(43, 0);
        Assert.Equal(1, lookup.Count);
        Assert.Equal(7u, lookup.Get(42));
        Assert.Equal(0u, lookup.Get(43));
    }

    [Fact]
    public void Keys_sharing_a_home_slot_are_all_found()
    {
        // Multiples of 2^62 land on few home slots of a small table: every one must still be found by probing.
        var lookup = new HashLookup<ushort>(4);
        ulong[] keys = [0, 1UL << 62, 2UL << 62, 3UL << 62];
        for (int i = 0; i < keys.Length; i++)
        {
            lookup.Set(keys[i], (ushort)(i + 1));
        }

        for (int i = 0; i < keys.Length; i++)
        {
            Assert.Equal(i + 1, lookup.Get(keys[i]));
        }
    }

    [Fact]
    public void Filling_past_the_capacity_is_refused_rather_than_looping()
    {
        var lookup = new HashLookup<ushort>(2);
        for (ulong key = 1; key <= 2; key++)
        {
            lookup.Set(key, 1);
        }

        Assert.Throws<InvalidOperationException>(() => lookup.Set(99, 1));
        Assert.Equal(0, lookup.Get(98));
    }
}
