namespace NewsNlp.Collections;

/// <summary>A reusable set of 64-bit hashes: a <see cref="LongBitsMap"/> whose only bit is membership, so clearing keeps the
/// buffer and steady-state use allocates nothing.</summary>
internal sealed class LongHashSet
{
    private readonly LongBitsMap _map = new();

    /// <summary>Gets the bytes the set holds.</summary>
    public long RetainedBytes => _map.RetainedBytes;

    public void Reset(int expectedCount) => _map.Reset(expectedCount);

    /// <summary>Drops the buffers if they were sized for more than <paramref name="expectedCount"/> keys.</summary>
    public void Trim(int expectedCount) => _map.Trim(expectedCount);

    public void Add(ulong key) => _map.Or(key, 1);

    public bool Contains(ulong key) => _map.Get(key) != 0;
}
