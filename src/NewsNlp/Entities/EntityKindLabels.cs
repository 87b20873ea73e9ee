namespace NewsNlp.Entities;

/// <summary>Converts between <see cref="EntityKind"/> values and their upper-case labels.</summary>
public static class EntityKindLabels
{
    /// <summary>Every built-in kind, in enum order (<see cref="EntityKind.Custom"/>, whose labels dictionaries and patterns
    /// define, is not listed).</summary>
    public static IReadOnlyList<EntityKind> All { get; } = [EntityKind.Person, EntityKind.Organization, EntityKind.Location, EntityKind.Date, EntityKind.Misc];

    /// <summary>Returns the upper-case label of <paramref name="kind"/>, such as <c>PERSON</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string ToLabel(this EntityKind kind) => kind switch
    {
        EntityKind.Person => "PERSON",
        EntityKind.Organization => "ORGANIZATION",
        EntityKind.Location => "LOCATION",
        EntityKind.Date => "DATE",
        EntityKind.Misc => "MISC",
        EntityKind.Custom => "CUSTOM",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity kind."),
    };

    /// <summary>The label of <paramref name="kind"/>, or its number for a value outside the enum (never throws).</summary>
    internal static string ToLabelOrNumber(EntityKind kind) =>
        kind <= EntityKind.Custom ? kind.ToLabel() : ((byte)kind).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parses a label (case-insensitive; the short forms <c>PER</c>, <c>ORG</c>, <c>LOC</c> are accepted too).</summary>
    /// <param name="label">The label.</param>
    /// <param name="kind">The parsed kind.</param>
    /// <returns><see langword="true"/> when <paramref name="label"/> names a kind.</returns>
    public static bool TryParse(ReadOnlySpan<char> label, out EntityKind kind)
    {
        label = label.Trim();
        Span<char> upper = stackalloc char[16];
        if (label.Length > upper.Length)
        {
            kind = default;
            return false;
        }

        label.ToUpperInvariant(upper);
        switch (upper[..label.Length])
        {
            case "PERSON" or "PER":
                kind = EntityKind.Person;
                return true;
            case "ORGANIZATION" or "ORGANISATION" or "ORG":
                kind = EntityKind.Organization;
                return true;
            case "LOCATION" or "LOC":
                kind = EntityKind.Location;
                return true;
            case "DATE":
                kind = EntityKind.Date;
                return true;
            case "MISC":
                kind = EntityKind.Misc;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
