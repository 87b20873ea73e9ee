namespace NewsNlp.Entities;

/// <summary>Known words per entity kind, keyed by the lower-case word hash; each value has one bit per kind index.</summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<ulong, ushort> _entries;

    public Gazetteer(Dictionary<ulong, ushort> entries)
    {
        _entries = entries;
    }

    public static Gazetteer Empty { get; } = new([]);

    public int Count => _entries.Count;

    public IReadOnlyDictionary<ulong, ushort> Entries => _entries;

    public ushort Lookup(ulong lowerHash) => _entries.TryGetValue(lowerHash, out var bits) ? bits : (ushort)0;
}
