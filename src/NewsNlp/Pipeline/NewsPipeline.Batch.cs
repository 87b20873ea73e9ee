namespace NewsNlp.Pipeline;

public sealed partial class NewsPipeline
{
    // At most this many documents per core, and this many characters, are analysed but not yet taken by the caller: memory
    // stays flat on any input length, and workers never wait for each other (see OrderedAnalysis).
    private const int DocumentsPerCoreInFlight = 64;
    private const long MaxCharactersInFlight = 8L << 20;

    /// <summary>Analyses many documents on all cores, yielding results lazily in input order.</summary>
    /// <param name="texts">The documents; read lazily, a bounded window ahead of the caller.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>One document per input, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">Thrown while enumerating once <paramref name="cancellationToken"/> is cancelled;
    /// documents in flight stop within milliseconds, and disposing the enumerator waits for them.</exception>
    /// <remarks>Input is read ahead by a bounded window (64 documents per core, 8 M characters) while the caller consumes
    /// results, so memory use does not grow with the input length. Dispose the enumerator (as <c>foreach</c> and LINQ do) to
    /// stop the workers early; an enumerator dropped without disposal stops its workers once it is garbage-collected.</remarks>
    public IEnumerable<NewsDocument> AnalyzeMany(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return AnalyzeInOrder(AsInputs(texts), cancellationToken);
    }

    /// <summary>Analyses many documents, each with its identifier and reference date, on all cores, in input order.</summary>
    /// <param name="inputs">The documents; read lazily, a bounded window ahead of the caller.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>One document per input, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">Thrown while enumerating once <paramref name="cancellationToken"/> is cancelled.</exception>
    public IEnumerable<NewsDocument> AnalyzeMany(IEnumerable<NewsInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return AnalyzeInOrder(inputs, cancellationToken);
    }

    private static IEnumerable<NewsInput> AsInputs(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            yield return new NewsInput(text);
        }
    }

    private IEnumerable<NewsDocument> AnalyzeInOrder(IEnumerable<NewsInput> inputs, CancellationToken cancellationToken)
    {
        if (_maxDegreeOfParallelism == 1)
        {
            foreach (var input in inputs)
            {
                ArgumentNullException.ThrowIfNull(input.Text, "text");
                yield return Analyze(input, cancellationToken);
            }

            yield break;
        }

        var analysis = new OrderedAnalysis(this, inputs, _maxDegreeOfParallelism - 1, DocumentsPerCoreInFlight * _maxDegreeOfParallelism, MaxCharactersInFlight, cancellationToken);
        using var guard = new AbandonmentGuard(analysis);
        while (analysis.TryTakeNext(out var document))
        {
            yield return document;
        }
    }
}
