namespace NewsNlp.Tagging;

/// <summary>Gazetteer bits above the per-kind bits: membership in external name lists, which come from outside the training
/// labels and so need no held-out folds.</summary>
internal static class NameListBits
{
    /// <summary>The low byte holds one bit per entity kind index, learned from the training data.</summary>
    public const ushort KindMask = 0x00FF;

    /// <summary>The word is a whole place name (<c>Nevis</c>).</summary>
    public const ushort Place = 1 << 8;

    /// <summary>The word is part of a longer place name (<c>Saint</c> in <c>Saint Helena</c>).</summary>
    public const ushort PlacePart = 1 << 9;

    /// <summary>The word is a given name.</summary>
    public const ushort FirstName = 1 << 10;

    /// <summary>The word is a family name.</summary>
    public const ushort Surname = 1 << 11;
}
