namespace NewsNlp.Entities;

/// <summary>A reusable set of 64-bit hashes: a <see cref="LongBitsMap"/> whose only bit is membership, so clearing keeps the
/// buffer and steady-state use allocates nothing.</summary>
internal sealed class LongHashSet
{
    private readonly LongBitsMap _map = new();

    public void Reset(int expectedCount) => _map.Reset(expectedCount);

    public void Add(ulong key) => _map.Or(key, 1);

    public bool Contains(ulong key) => _map.Get(key) != 0;
}
