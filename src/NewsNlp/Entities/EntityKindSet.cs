namespace NewsNlp.Entities;

/// <summary>An immutable set of <see cref="EntityKind"/> values, stored as bits.</summary>
/// <param name="Bits">One bit per <see cref="EntityKind"/> value.</param>
public readonly record struct EntityKindSet(int Bits)
{
    /// <summary>The default output: <c>PERSON</c>, <c>ORGANIZATION</c>, <c>LOCATION</c> and <c>DATE</c>.</summary>
    public static EntityKindSet Default { get; } = Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location, EntityKind.Date);

    /// <summary>Every built-in kind, <c>MISC</c> included (not <see cref="EntityKind.Custom"/>: dictionary and pattern
    /// matches are never filtered by a kind set).</summary>
    public static EntityKindSet All { get; } = Default.With(EntityKind.Misc);

    /// <summary>Creates a set of the given kinds.</summary>
    /// <param name="kinds">The kinds.</param>
    /// <returns>The set.</returns>
    public static EntityKindSet Of(params ReadOnlySpan<EntityKind> kinds)
    {
        int bits = 0;
        foreach (var kind in kinds)
        {
            bits |= 1 << (int)kind;
        }

        return new EntityKindSet(bits);
    }

    /// <summary>Whether the set contains <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(EntityKind kind) => (Bits & (1 << (int)kind)) != 0;

    /// <summary>Returns this set with <paramref name="kind"/> added.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The new set.</returns>
    public EntityKindSet With(EntityKind kind) => new(Bits | (1 << (int)kind));

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => Bits == 0;

    /// <inheritdoc/>
    public override string ToString()
    {
        var names = new List<string>();
        foreach (var kind in EntityKindLabels.All)
        {
            if (Contains(kind))
            {
                names.Add(kind.ToLabel());
            }
        }

        return string.Join(",", names);
    }
}
