using System.Runtime.CompilerServices;
using NewsNlp.Collections;
using NewsNlp.Custom;
using NewsNlp.Entities;
using NewsNlp.Groups;
using NewsNlp.Mentions;
using NewsNlp.Tagging;
using NewsNlp.Tokenization;

namespace NewsNlp.Recognition;

/// <summary>Per-thread reusable buffers for one analysis, so that steady-state analysis allocates nothing per token.</summary>
/// <remarks>One scratch per thread serves every pipeline and model: the tagger's buffers depend on no model, so nothing is
/// kept per pipeline. What a scratch keeps after <see cref="Return"/> is capped (<see cref="MaxRetainedItems"/> items per
/// list, the tagger's buffers by its window), so one very large document does not pin its buffers for the thread's life.</remarks>
internal sealed class AnalysisScratch
{
    /// <summary>Lists larger than this many items are dropped on return: a document of up to about 1 MB keeps its buffers warm
    /// (256 K tokens), a larger one pays for fresh ones.</summary>
    public const int MaxRetainedItems = 1 << 18;

    [ThreadStatic]
    private static AnalysisScratch? t_cached;

    private EntitySpan[] _sortBuffer = new EntitySpan[64];
    private TaggerBuffers? _tagger;
    private GroupRuleScratch? _groupRules;
    private CustomEntityScratch? _custom;

    public List<Token> Tokens { get; private set; } = new(1024);

    public List<Sentence> Sentences { get; private set; } = new(64);

    public List<EntitySpan> Candidates { get; private set; } = new(64);

    public List<EntitySpan> Entities { get; private set; } = new(64);

    /// <summary>Gets the buffers of the statistical tagger, shared by every model used on this thread.</summary>
    public TaggerBuffers Tagger => _tagger ??= new TaggerBuffers();

    /// <summary>Gets the buffers of <see cref="EntityGroupRules"/>, made on first use.</summary>
    public GroupRuleScratch GroupRules => _groupRules ??= new GroupRuleScratch();
    /// <summary>Gets the buffers of dictionary and pattern matching, created on first use (a pipeline without rules never does).</summary>
    public CustomEntityScratch Custom => _custom ??= new CustomEntityScratch();

    /// <summary>Gets the acronym kinds of <see cref="LabelConsistency"/>.</summary>
    public SurfaceKindTable Acronyms { get; private set; } = new();

    /// <summary>Gets the span extents of <see cref="LabelConsistency"/>.</summary>
    public ExtentSet Extents { get; private set; } = new();

    /// <summary>Scratch space for sorting the candidates.</summary>
    public Span<EntitySpan> SortBuffer(int length)
    {
        if (_sortBuffer.Length < length)
        {
            _sortBuffer = new EntitySpan[Math.Max(length, _sortBuffer.Length * 2)];
        }

        return _sortBuffer.AsSpan(0, length);
    }

    /// <summary>Takes the calling thread's cached scratch, or a new one.</summary>
    public static AnalysisScratch Rent()
    {
        var scratch = t_cached ?? new AnalysisScratch();
        t_cached = null;
        return scratch;
    }

    /// <summary>Gives a scratch back to the calling thread's cache after clearing it and dropping every buffer above the cap.</summary>
    public static void Return(AnalysisScratch scratch)
    {
        scratch.Trim();
        t_cached = scratch;
    }

    /// <summary>Gets the bytes this scratch holds in buffers (capacities, not contents); the per-thread cost of analysis.</summary>
    public long RetainedBytes()
    {
        long bytes = ((long)Tokens.Capacity * Unsafe.SizeOf<Token>())
            + ((long)Sentences.Capacity * Unsafe.SizeOf<Sentence>())
            + ((long)(Candidates.Capacity + Entities.Capacity + _sortBuffer.Length) * Unsafe.SizeOf<EntitySpan>())
            + ((long)Acronyms.Capacity * 13) + ((long)Extents.Capacity * sizeof(long));
        return bytes + (_tagger?.RetainedBytes() ?? 0) + (_groupRules?.RetainedBytes() ?? 0) + (_custom?.RetainedBytes() ?? 0);
    }

    private void Trim()
    {
        Tokens = Cleared(Tokens, 1024);
        Sentences = Cleared(Sentences, 64);
        Candidates = Cleared(Candidates, 64);
        Entities = Cleared(Entities, 64);
        if (_sortBuffer.Length > MaxRetainedItems)
        {
            _sortBuffer = new EntitySpan[64];
        }

        if (Acronyms.Capacity > MaxRetainedItems)
        {
            Acronyms = new SurfaceKindTable();
        }

        if (Extents.Capacity > MaxRetainedItems)
        {
            Extents = new ExtentSet();
        }

        // The grouping tables cost about 100 bytes a mention: kept for documents of up to 32 K mentions (some 3 MB of text).
        if (_groupRules is { Capacity: > MaxRetainedItems / 8 })
        {
            _groupRules = null;
        }

        _tagger?.Trim(2 * PerceptronTagger.MaxWindowTokens);
        _custom?.Trim(MaxRetainedItems);
    }

    private static List<T> Cleared<T>(List<T> list, int initialCapacity)
    {
        if (list.Capacity > MaxRetainedItems)
        {
            return new List<T>(initialCapacity);
        }

        list.Clear();
        return list;
    }
}
