using NewsNlp.Custom.Patterns;
using NewsNlp.Entities;
using NewsNlp.Recognition;

namespace NewsNlp.Custom;

/// <summary>The per-thread buffers of <see cref="CustomEntityMatcher"/>, kept in <see cref="AnalysisScratch"/>.</summary>
internal sealed class CustomEntityScratch
{
    private int[] _tokenIds = new int[1024];

    public List<EntitySpan> Candidates { get; private set; } = new(16);

    public List<EntitySpan> Matches { get; private set; } = new(16);

    public List<EntitySpan> Combined { get; private set; } = new(64);

    public PatternThreads Threads { get; private set; } = new();

    public Span<int> TokenIds(int count)
    {
        if (_tokenIds.Length < count)
        {
            _tokenIds = new int[Math.Max(count, _tokenIds.Length * 2)];
        }

        return _tokenIds.AsSpan(0, count);
    }

    public long RetainedBytes() =>
        ((long)_tokenIds.Length * sizeof(int))
        + ((long)(Candidates.Capacity + Matches.Capacity + Combined.Capacity) * System.Runtime.CompilerServices.Unsafe.SizeOf<EntitySpan>())
        + Threads.RetainedBytes;

    /// <summary>Clears the lists and drops every buffer above <paramref name="maxItems"/>.</summary>
    public void Trim(int maxItems)
    {
        if (_tokenIds.Length > maxItems)
        {
            _tokenIds = new int[1024];
        }

        Candidates = Cleared(Candidates, maxItems);
        Matches = Cleared(Matches, maxItems);
        Combined = Cleared(Combined, maxItems);
        if (Threads.Stack.Length > maxItems || Threads.MemoToken.Length > maxItems)
        {
            Threads = new PatternThreads();
        }
    }

    private static List<EntitySpan> Cleared(List<EntitySpan> list, int maxItems)
    {
        if (list.Capacity > maxItems)
        {
            return new List<EntitySpan>(16);
        }

        list.Clear();
        return list;
    }
}
