using NewsNlp.Collections;

namespace NewsNlp.Tagging;

/// <summary>Known words per entity kind, keyed by the lower-case word hash; each value has one bit per kind index.</summary>
internal sealed class Gazetteer
{
    private readonly HashLookup<ushort> _entries;

    public Gazetteer(Dictionary<ulong, ushort> entries)
        : this(new HashLookup<ushort>(entries))
    {
    }

    public Gazetteer(HashLookup<ushort> entries)
    {
        _entries = entries;
    }

    public static Gazetteer Empty { get; } = new(new HashLookup<ushort>(0));

    public int Count => _entries.Count;

    public IEnumerable<KeyValuePair<ulong, ushort>> Entries => _entries.Entries;

    public ushort Lookup(ulong lowerHash) => _entries.Get(lowerHash);
}
