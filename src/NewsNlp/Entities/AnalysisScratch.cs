using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>Per-thread reusable buffers for one analysis, so that steady-state analysis allocates nothing per token.</summary>
internal sealed class AnalysisScratch
{
    [ThreadStatic]
    private static AnalysisScratch? t_cached;

    private object?[] _owners = new object?[4];
    private object?[] _states = new object?[4];
    private EntitySpan[] _sortBuffer = new EntitySpan[64];

    public List<Token> Tokens { get; } = new(1024);

    public List<Sentence> Sentences { get; } = new(64);

    public List<EntitySpan> Candidates { get; } = new(64);

    public List<EntitySpan> Entities { get; } = new(64);

    /// <summary>Gets the acronym kinds of <see cref="LabelConsistency"/>.</summary>
    public SurfaceKindTable Acronyms { get; } = new();

    /// <summary>Gets the span extents of <see cref="LabelConsistency"/>.</summary>
    public ExtentSet Extents { get; } = new();

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

    /// <summary>Gives a scratch back to the calling thread's cache after clearing it.</summary>
    public static void Return(AnalysisScratch scratch)
    {
        scratch.Tokens.Clear();
        scratch.Sentences.Clear();
        scratch.Candidates.Clear();
        scratch.Entities.Clear();

        // Very large documents would otherwise pin their buffers for the thread's lifetime.
        if (scratch.Tokens.Capacity > 1 << 20)
        {
            scratch.Tokens.Capacity = 1024;
            scratch._sortBuffer = new EntitySpan[64];
        }

        t_cached = scratch;
    }

    /// <summary>Gets the state a stage keeps between calls on this thread (its own buffers), creating it on first use.</summary>
    public T GetState<T>(object owner, Func<T> create)
        where T : class
    {
        for (int i = 0; i < _owners.Length; i++)
        {
            if (ReferenceEquals(_owners[i], owner))
            {
                return (T)_states[i]!;
            }

            if (_owners[i] is null)
            {
                var state = create();
                _owners[i] = owner;
                _states[i] = state;
                return state;
            }
        }

        Array.Resize(ref _owners, _owners.Length * 2);
        Array.Resize(ref _states, _states.Length * 2);
        return GetState(owner, create);
    }
}
