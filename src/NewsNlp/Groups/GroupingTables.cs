namespace NewsNlp.Groups;

/// <summary>The reusable tables of <see cref="EntityGrouping"/>: folded surfaces and name parts to groups, and the
/// union–find forest over mentions.</summary>
internal sealed class GroupingTables
{
    /// <summary>Gets the group of each folded name and defined acronym.</summary>
    public FoldedSurfaceTable Surfaces { get; } = new();

    /// <summary>Gets the group of each first and last word of a person's full name (or ambiguous).</summary>
    public FoldedSurfaceTable NameParts { get; } = new();

    /// <summary>Gets the union–find parent of each mention.</summary>
    public int[] Parent { get; private set; } = new int[64];

    /// <summary>Gets the flags of each group root.</summary>
    public byte[] Flags { get; private set; } = new byte[64];

    /// <summary>Gets each root's compact group number, or -1.</summary>
    public int[] Compact { get; private set; } = new int[64];

    /// <summary>Gets the capacity in mentions (for trimming retained buffers).</summary>
    public int Capacity => Parent.Length;

    /// <summary>Empties the tables for a document of <paramref name="mentionCount"/> mentions.</summary>
    public void Reset(int mentionCount)
    {
        Surfaces.Reset(mentionCount);
        NameParts.Reset(mentionCount);
        if (Parent.Length < mentionCount)
        {
            int capacity = Math.Max(mentionCount, Parent.Length * 2);
            Parent = new int[capacity];
            Flags = new byte[capacity];
            Compact = new int[capacity];
        }

        Compact.AsSpan(0, mentionCount).Fill(-1);
    }
}
