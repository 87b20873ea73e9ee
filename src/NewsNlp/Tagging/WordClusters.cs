using NewsNlp.Collections;

namespace NewsNlp.Tagging;

/// <summary>Word classes keyed by the lower-case word hash; each value is the class number plus one (0 means unknown).</summary>
internal sealed class WordClusters
{
    private readonly HashLookup<uint> _paths;

    public WordClusters(Dictionary<ulong, uint> paths)
        : this(new HashLookup<uint>(paths))
    {
    }

    public WordClusters(HashLookup<uint> paths)
    {
        _paths = paths;
    }

    public static WordClusters Empty { get; } = new(new HashLookup<uint>(0));

    public int Count => _paths.Count;

    public IEnumerable<KeyValuePair<ulong, uint>> Paths => _paths.Entries;

    public uint Lookup(ulong lowerHash) => _paths.Get(lowerHash);
}
