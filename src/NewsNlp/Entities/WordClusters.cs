namespace NewsNlp.Entities;

/// <summary>Word classes keyed by the lower-case word hash; each value is the class number plus one (0 means unknown).</summary>
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
