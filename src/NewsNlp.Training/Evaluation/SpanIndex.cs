namespace NewsNlp.Training;

/// <summary>Spans sorted by start, answering "which spans overlap [start, end)?" in logarithmic time plus the answer, so
/// that scoring a document is near-linear in its mentions however long it is.</summary>
/// <remarks>A prefix maximum of the ends makes the first span that can reach a position a binary search away, also when
/// spans nest or overlap one another.</remarks>
internal sealed class SpanIndex
{
    private readonly (int Start, int End, int Index)[] _spans;
    private readonly int[] _maxEnd;

    /// <summary>Indexes <paramref name="count"/> spans given by <paramref name="span"/>; each keeps its index in the input.</summary>
    public SpanIndex(int count, Func<int, (int Start, int End)> span)
    {
        _spans = new (int, int, int)[count];
        for (int i = 0; i < count; i++)
        {
            var (start, end) = span(i);
            _spans[i] = (start, end, i);
        }

        // Stable by start: equal starts keep input order, which the scorers' tie rules rely on.
        var keys = Array.ConvertAll(_spans, static s => ((long)s.Start << 32) | (uint)s.Index);
        Array.Sort(keys, _spans);
        _maxEnd = new int[count];
        int max = int.MinValue;
        for (int i = 0; i < count; i++)
        {
            max = Math.Max(max, _spans[i].End);
            _maxEnd[i] = max;
        }
    }

    /// <summary>Gets the number of spans.</summary>
    public int Count => _spans.Length;

    /// <summary>The smallest input index among the spans that overlap [<paramref name="start"/>, <paramref name="end"/>),
    /// or -1: the first such span in input order, as a scan of the input would find it.</summary>
    public int FirstOverlapping(int start, int end)
    {
        int first = -1;
        for (int i = FirstReaching(start); i < _spans.Length && _spans[i].Start < end; i++)
        {
            if (_spans[i].End > start && (first < 0 || _spans[i].Index < first))
            {
                first = _spans[i].Index;
            }
        }

        return first;
    }

    /// <summary>Sets <paramref name="indexes"/> to the input indexes of the spans that overlap [<paramref name="start"/>,
    /// <paramref name="end"/>), in input order.</summary>
    public void Overlapping(int start, int end, List<int> indexes)
    {
        indexes.Clear();
        for (int i = FirstReaching(start); i < _spans.Length && _spans[i].Start < end; i++)
        {
            if (_spans[i].End > start)
            {
                indexes.Add(_spans[i].Index);
            }
        }

        indexes.Sort();
    }

    // The first position whose prefix maximum of ends passes `start`: no span before it reaches past `start`.
    private int FirstReaching(int start)
    {
        int low = 0;
        int high = _spans.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (_maxEnd[middle] > start)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
