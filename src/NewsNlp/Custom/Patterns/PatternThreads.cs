namespace NewsNlp.Custom.Patterns;

/// <summary>A set of instruction indices in insertion order, cleared in constant time (sparse set).</summary>
internal sealed class ThreadList
{
    private int[] _dense = [];
    private int[] _sparse = [];

    public int Count { get; private set; }

    public int this[int index] => _dense[index];

    public void Prepare(int size)
    {
        if (_dense.Length < size)
        {
            _dense = new int[size];
            _sparse = new int[size];
        }

        Count = 0;
    }

    public void Clear() => Count = 0;

    public bool TryAdd(int pc)
    {
        int slot = _sparse[pc];
        if (slot < Count && _dense[slot] == pc)
        {
            return false;
        }

        _sparse[pc] = Count;
        _dense[Count++] = pc;
        return true;
    }
}

/// <summary>The per-thread buffers of <see cref="PatternMatcher"/>: two thread lists and a closure stack.</summary>
internal sealed class PatternThreads
{
    private ThreadList _current = new();
    private ThreadList _next = new();

    public ThreadList Current => _current;

    public ThreadList Next => _next;

    public int[] Stack { get; private set; } = [];

    private int _nextKey;

    /// <summary>Which token each memo slot holds a test result for: slot <c>test × 32 + token % 32</c>.</summary>
    public int[] MemoToken { get; private set; } = [];

    /// <summary>The memoized test results.</summary>
    public bool[] MemoResult { get; private set; } = [];

    public long RetainedBytes => ((long)Stack.Length * 5 * sizeof(int)) + ((long)MemoToken.Length * (sizeof(int) + 1));

    /// <summary>Sizes the buffers for a program and returns the memo key of the document's first token.</summary>
    /// <remarks>Keys grow from document to document, so the previous documents' results never match and the memo needs no
    /// clearing (short documents under many rules would otherwise pay for clearing it every time).</remarks>
    public int Prepare(int programLength, int testCount, int window, int tokenCount)
    {
        int memo = testCount * window;
        if (MemoToken.Length < memo)
        {
            MemoToken = new int[memo];
            MemoResult = new bool[memo];
            MemoToken.AsSpan().Fill(-1);
            _nextKey = 0;
        }

        if (_nextKey > int.MaxValue - tokenCount - window)
        {
            MemoToken.AsSpan().Fill(-1);
            _nextKey = 0;
        }

        int first = _nextKey;
        _nextKey += tokenCount + window;
        Prepare(programLength);
        return first;
    }

    public void Prepare(int programLength)
    {
        _current.Prepare(programLength);
        _next.Prepare(programLength);

        // A closure pushes at most two entries per instruction it visits once.
        if (Stack.Length < (2 * programLength) + 2)
        {
            Stack = new int[(2 * programLength) + 2];
        }
    }

    public void Swap() => (_current, _next) = (_next, _current);
}
