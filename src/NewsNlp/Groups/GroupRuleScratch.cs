using NewsNlp.Collections;
using NewsNlp.Entities;
using NewsNlp.Recognition;

namespace NewsNlp.Groups;

/// <summary>The reusable buffers of <see cref="EntityGroupRules"/>, kept per thread in <see cref="AnalysisScratch"/>.</summary>
internal sealed class GroupRuleScratch
{
    public GroupingTables Tables { get; } = new();

    /// <summary>Gets the exact surfaces of repeatable names and acronyms, with their kinds.</summary>
    public SurfaceKindTable Names { get; } = new();

    public int[] GroupOf { get; private set; } = new int[64];

    public int[] CanonicalOf { get; private set; } = new int[64];

    public List<EntitySpan> Added { get; } = new(16);

    public List<EntitySpan> Merged { get; } = new(64);

    /// <summary>Gets the capacity in mentions (for trimming retained buffers).</summary>
    public int Capacity => GroupOf.Length;

    /// <summary>Gets the bytes held in buffers (capacities, not contents).</summary>
    public long RetainedBytes() =>
        ((long)GroupOf.Length * 2 * sizeof(int))
        + ((long)Tables.Capacity * ((2 * sizeof(int)) + 1))
        + ((long)(Tables.Surfaces.Capacity + Tables.NameParts.Capacity) * 5 * sizeof(int))
        + ((long)Names.Capacity * 13)
        + ((long)(Added.Capacity + Merged.Capacity) * System.Runtime.CompilerServices.Unsafe.SizeOf<EntitySpan>());

    public void Reset(int mentionCount)
    {
        if (GroupOf.Length < mentionCount)
        {
            GroupOf = new int[Math.Max(mentionCount, GroupOf.Length * 2)];
            CanonicalOf = new int[GroupOf.Length];
        }

        Added.Clear();
    }
}
