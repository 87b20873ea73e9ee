using System.Runtime.ExceptionServices;

namespace NewsNlp.Pipeline;

/// <summary>Analyses a stream of documents on several workers and hands the results back in input order.</summary>
/// <remarks>
/// Each worker, and the caller while its next result is not ready, takes the next input itself and analyses it, so no
/// core waits for a batch to drain; a bounded window
/// (documents and characters not yet taken by the consumer) keeps memory flat on any input length and stops workers from
/// running far ahead of a slow consumer. The consumer owns the instance: disposing it stops the workers and waits for
/// them before the input enumerator is disposed, so the input is never touched after the caller is done with it. A
/// consumer dropped without disposal is caught by <see cref="AbandonmentGuard"/>.
/// </remarks>
internal sealed class OrderedAnalysis : IDisposable
{
    private readonly NewsPipeline _pipeline;
    private readonly IEnumerator<NewsInput> _source;
    private readonly CancellationToken _cancellationToken;
    private readonly NewsDocument?[] _slots;
    private readonly long _maxCharacters;
    private readonly object _sync = new();
    private readonly object _sourceLock = new();
    private readonly Task[] _workers;
    private readonly CancellationTokenRegistration _registration;

    private static int s_runningWorkers;

    // All below are guarded by _sync.
    private long _claimed;
    private long _reserved;
    private long _consumed;
    private long _charactersInFlight;
    private long _total = long.MaxValue;
    private int _activeWorkers;
    private bool _stopping;
    private ExceptionDispatchInfo? _fault;
    private long _faultIndex = long.MaxValue;

    public OrderedAnalysis(NewsPipeline pipeline, IEnumerable<NewsInput> inputs, int workers, int window, long maxCharacters, CancellationToken cancellationToken)
    {
        _pipeline = pipeline;
        _source = inputs.GetEnumerator();
        _cancellationToken = cancellationToken;
        _slots = new NewsDocument?[window];
        _maxCharacters = maxCharacters;
        _registration = cancellationToken.Register(static state => ((OrderedAnalysis)state!).WakeAll(), this);
        _activeWorkers = workers;
        _workers = new Task[workers];
        for (int w = 0; w < workers; w++)
        {
            _workers[w] = Task.Run(Work);
        }
    }

    /// <summary>Waits for the next document in input order, analysing inputs itself while it waits.</summary>
    /// <returns><see langword="false"/> once every input has been returned.</returns>
    /// <remarks>The caller's thread is one of the analysers (as in <c>Parallel.For</c>): with one background worker per
    /// remaining core, no core idles while the caller waits, and no extra thread competes for a core.</remarks>
    public bool TryTakeNext(out NewsDocument document)
    {
        while (true)
        {
            lock (_sync)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                int slot = (int)(_consumed % _slots.Length);
                if (_slots[slot] is { } ready)
                {
                    _slots[slot] = null;
                    _consumed++;
                    _charactersInFlight -= ready.Text.Length;
                    Monitor.PulseAll(_sync);
                    document = ready;
                    return true;
                }

                if (FaultIsDue())
                {
                    _fault!.Throw();
                }

                if (_consumed >= _total)
                {
                    document = null!;
                    return false;
                }
            }

            // Not ready: analyse the next input here if the window has room, else wait for a worker.
            if (!TryClaim(wait: false, out var input, out long index))
            {
                lock (_sync)
                {
                    int slot = (int)(_consumed % _slots.Length);
                    if (_slots[slot] is null && _consumed < _total && !FaultIsDue() && !_cancellationToken.IsCancellationRequested)
                    {
                        Monitor.Wait(_sync);
                    }
                }

                continue;
            }

            AnalyzeAndStore(input, index);
        }
    }

    // A failure surfaces in order: after every document before it, or at once if nothing else can arrive. Called under _sync.
    private bool FaultIsDue() =>
        _fault is not null && (_faultIndex <= _consumed || (_activeWorkers == 0 && _claimed <= _consumed));

    /// <summary>Gets the number of workers, over all instances, that have not finished.</summary>
    internal static int RunningWorkers => Volatile.Read(ref s_runningWorkers);

    public void Dispose()
    {
        Abandon();

        try
        {
            Task.WaitAll(_workers);
        }
        catch (AggregateException)
        {
            // Worker failures were recorded and surfaced (or are irrelevant once the consumer stopped early).
        }

        _registration.Dispose();
        _source.Dispose();
    }

    /// <summary>Tells the workers to stop without waiting for them; safe from a finalizer.</summary>
    public void Abandon()
    {
        lock (_sync)
        {
            _stopping = true;
            Monitor.PulseAll(_sync);
        }
    }

    private void WakeAll()
    {
        lock (_sync)
        {
            Monitor.PulseAll(_sync);
        }
    }

    private void Work()
    {
        Interlocked.Increment(ref s_runningWorkers);
        try
        {
            while (TryClaim(wait: true, out var input, out long index))
            {
                if (!AnalyzeAndStore(input, index))
                {
                    return;
                }
            }
        }
        finally
        {
            lock (_sync)
            {
                _activeWorkers--;
                Monitor.PulseAll(_sync);
            }

            Interlocked.Decrement(ref s_runningWorkers);
        }
    }

    private bool AnalyzeAndStore(NewsInput input, long index)
    {
        NewsDocument document;
        try
        {
            document = _pipeline.Analyze(input, _cancellationToken);
        }
        catch (Exception ex)
        {
            Fail(ex, index);
            return false;
        }

        lock (_sync)
        {
            _slots[(int)(index % _slots.Length)] = document;
            Monitor.PulseAll(_sync);
        }

        return true;
    }

    /// <summary>Reserves a place in the window (waiting for one, unless called from the caller's thread), then reads the next
    /// input under the source lock.</summary>
    /// <remarks>The place is reserved before the source lock is taken and nobody waits while holding that lock: a worker
    /// waiting for room under it would block the caller, who makes the room. Reserving counts against the window, so two
    /// claimers can never both take its last place and overwrite a slot the caller has not taken yet.</remarks>
    private bool TryClaim(bool wait, out NewsInput input, out long index)
    {
        input = default;
        index = -1;
        lock (_sync)
        {
            // The oldest document may be large; one document is always allowed, so progress never stalls.
            while (!_stopping && _fault is null && !_cancellationToken.IsCancellationRequested && _reserved < _total
                && (_reserved - _consumed >= _slots.Length || (_charactersInFlight >= _maxCharacters && _reserved > _consumed)))
            {
                if (!wait)
                {
                    return false;
                }

                Monitor.Wait(_sync);
            }

            if (_stopping || _fault is not null || _cancellationToken.IsCancellationRequested || _reserved >= _total)
            {
                return false;
            }

            _reserved++;
        }

        lock (_sourceLock)
        {
            try
            {
                lock (_sync)
                {
                    if (_stopping || _fault is not null || _claimed >= _total)
                    {
                        Release();
                        return false;
                    }
                }

                if (!_source.MoveNext())
                {
                    lock (_sync)
                    {
                        _total = _claimed;
                        Release();
                    }

                    return false;
                }

                input = _source.Current;
                ArgumentNullException.ThrowIfNull(input.Text, "text");
            }
            catch (Exception ex)
            {
                long failedAt;
                lock (_sync)
                {
                    failedAt = _claimed;
                    Release();
                }

                Fail(ex, failedAt);
                return false;
            }

            lock (_sync)
            {
                index = _claimed++;
                _charactersInFlight += input.Text.Length;
            }
        }

        return true;
    }

    // Gives back a reserved place that did not become a claim. Called under _sync.
    private void Release()
    {
        _reserved--;
        Monitor.PulseAll(_sync);
    }

    private void Fail(Exception exception, long index)
    {
        lock (_sync)
        {
            if (index < _faultIndex)
            {
                _fault = ExceptionDispatchInfo.Capture(exception);
                _faultIndex = index;
            }

            Monitor.PulseAll(_sync);
        }
    }
}
