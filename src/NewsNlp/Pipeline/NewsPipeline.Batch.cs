using System.Runtime.ExceptionServices;

namespace NewsNlp.Pipeline;

public sealed partial class NewsPipeline
{
    // A batch closes at this many documents per core or this many characters, whichever comes first; at most
    // BatchesInFlight batches are being analysed and one yielded, so memory stays flat on any input size.
    private const int DocumentsPerCoreInBatch = 32;
    private const int MaxCharactersInBatch = 4 << 20;
    private const int BatchesInFlight = 2;

    /// <summary>Analyses many documents on all cores, yielding results lazily in input order.</summary>
    /// <param name="texts">The documents; read lazily, a batch at a time.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>One document per input, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <remarks>Input is read ahead by one bounded batch while the previous batch is analysed, so memory use does not grow
    /// with the input length.</remarks>
    public IEnumerable<NewsDocument> AnalyzeMany(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return AnalyzeBatches(AsInputs(texts), cancellationToken);
    }

    /// <summary>Analyses many documents, each with its identifier and reference date, on all cores, in input order.</summary>
    /// <param name="inputs">The documents; read lazily, a batch at a time.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>One document per input, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is <see langword="null"/>.</exception>
    public IEnumerable<NewsDocument> AnalyzeMany(IEnumerable<NewsInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return AnalyzeBatches(inputs, cancellationToken);
    }

    private static IEnumerable<NewsInput> AsInputs(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            yield return new NewsInput(text);
        }
    }

    private IEnumerable<NewsDocument> AnalyzeBatches(IEnumerable<NewsInput> inputs, CancellationToken cancellationToken)
    {
        // Two batches are analysed at once, so that cores freed at the tail of one batch start on the next; results are
        // still yielded strictly in input order.
        using var source = inputs.GetEnumerator();
        var running = new Queue<Task<NewsDocument[]>>(BatchesInFlight);
        while (true)
        {
            while (running.Count < BatchesInFlight)
            {
                var batch = ReadBatch(source);
                if (batch.Length == 0)
                {
                    break;
                }

                running.Enqueue(Task.Run(() => AnalyzeBatch(batch, cancellationToken), cancellationToken));
            }

            if (running.Count == 0)
            {
                yield break;
            }

            NewsDocument[] results;
            try
            {
                results = running.Dequeue().GetAwaiter().GetResult();
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
                throw;
            }

            foreach (var document in results)
            {
                yield return document;
            }
        }
    }

    private NewsInput[] ReadBatch(IEnumerator<NewsInput> source)
    {
        int maxDocuments = DocumentsPerCoreInBatch * _maxDegreeOfParallelism;
        var batch = new List<NewsInput>(Math.Min(maxDocuments, 256));
        long characters = 0;
        while (batch.Count < maxDocuments && characters < MaxCharactersInBatch && source.MoveNext())
        {
            var input = source.Current;
            ArgumentNullException.ThrowIfNull(input.Text, "text");
            batch.Add(input);
            characters += input.Text.Length;
        }

        return [.. batch];
    }

    private NewsDocument[] AnalyzeBatch(NewsInput[] batch, CancellationToken cancellationToken)
    {
        var results = new NewsDocument[batch.Length];
        if (_maxDegreeOfParallelism == 1 || batch.Length == 1)
        {
            for (int i = 0; i < batch.Length; i++)
            {
                results[i] = Analyze(batch[i], cancellationToken);
            }

            return results;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, batch.Length, options, i => results[i] = Analyze(batch[i], cancellationToken));
        return results;
    }
}
