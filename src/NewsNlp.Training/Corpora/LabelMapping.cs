using NewsNlp.Entities;

namespace NewsNlp.Training;

/// <summary>Maps a corpus's entity types (the part after <c>B-</c>/<c>I-</c>) to <see cref="EntityKind"/> values; unmapped types become <c>O</c>.</summary>
public sealed class LabelMapping
{
    private readonly Dictionary<string, EntityKind> _map;

    /// <summary>Initializes a mapping.</summary>
    /// <param name="map">Corpus type → kind label (<c>PERSON</c>, <c>LOC</c>, …); the value <c>O</c> drops the type. Case-insensitive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value names no entity kind.</exception>
    public LabelMapping(IReadOnlyDictionary<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        _map = new Dictionary<string, EntityKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in map)
        {
            if (pair.Value is "O" or "o" or "")
            {
                continue;
            }

            if (!EntityKindLabels.TryParse(pair.Value, out var kind))
            {
                throw new ArgumentException($"'{pair.Value}' (for corpus type '{pair.Key}') names no entity kind.", nameof(map));
            }

            _map[pair.Key] = kind;
        }
    }

    /// <summary>Gets the CoNLL-style mapping: <c>PER</c>, <c>ORG</c>, <c>LOC</c>, <c>MISC</c> and the long names.</summary>
    public static LabelMapping Standard { get; } = new(new Dictionary<string, string>
    {
        ["PER"] = "PERSON",
        ["PERSON"] = "PERSON",
        ["ORG"] = "ORGANIZATION",
        ["ORGANIZATION"] = "ORGANIZATION",
        ["LOC"] = "LOCATION",
        ["LOCATION"] = "LOCATION",
        ["MISC"] = "MISC",
        ["DATE"] = "DATE",
    });

    /// <summary>Gets the GMB mapping: <c>per</c>, <c>org</c>, <c>geo</c>, <c>tim</c>; <c>gpe</c>, <c>art</c>, <c>eve</c>, <c>nat</c> → <c>MISC</c>.</summary>
    public static LabelMapping Gmb { get; } = new(new Dictionary<string, string>
    {
        ["per"] = "PERSON",
        ["org"] = "ORGANIZATION",
        ["geo"] = "LOCATION",
        ["tim"] = "DATE",
        ["gpe"] = "MISC",
        ["art"] = "MISC",
        ["eve"] = "MISC",
        ["nat"] = "MISC",
    });

    /// <summary>Gets the kinds this mapping can produce.</summary>
    public EntityKindSet Kinds => EntityKindSet.Of([.. _map.Values.Distinct()]);

    /// <summary>Maps a corpus type.</summary>
    /// <param name="corpusType">The type without its <c>B-</c>/<c>I-</c> prefix.</param>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when the type is mapped to a kind.</returns>
    public bool TryMap(string corpusType, out EntityKind kind) => _map.TryGetValue(corpusType, out kind);
}
