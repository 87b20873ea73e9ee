namespace NewsNlp.Pipeline;

/// <summary>Stops an <see cref="OrderedAnalysis"/> whose consumer was dropped without being disposed.</summary>
/// <remarks>The consumer's enumerator holds the guard; the workers hold only the analysis. An enumerator abandoned
/// without <c>Dispose</c> (not through <c>foreach</c> or LINQ) becomes unreachable, the garbage collector finalizes the
/// guard, and the guard tells the workers to stop instead of waiting forever for room in the window.</remarks>
internal sealed class AbandonmentGuard : IDisposable
{
    private readonly OrderedAnalysis _analysis;

    public AbandonmentGuard(OrderedAnalysis analysis) => _analysis = analysis;

    ~AbandonmentGuard() => _analysis.Abandon();

    /// <summary>Disposes the analysis, which stops and waits for its workers; the finalizer is then not needed.</summary>
    public void Dispose()
    {
        GC.SuppressFinalize(this);
        _analysis.Dispose();
    }
}
