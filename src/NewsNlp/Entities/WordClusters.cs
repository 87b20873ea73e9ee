namespace NewsNlp.Entities;

/// <summary>Word clusters keyed by the lower-case word hash; each value is a bit path (low 24 bits) and its length (high 8 bits).</summary>
internal sealed class WordClusters
{
    private readonly Dictionary<ulong, uint> _paths;

    public WordClusters(Dictionary<ulong, uint> paths)
    {
        _paths = paths;
    }

    public static WordClusters Empty { get; } = new([]);

    public int Count => _paths.Count;

    public IReadOnlyDictionary<ulong, uint> Paths => _paths;

    public uint Lookup(ulong lowerHash) => _paths.TryGetValue(lowerHash, out var path) ? path : 0u;
}
