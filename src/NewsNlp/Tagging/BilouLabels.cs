using NewsNlp.Entities;

namespace NewsNlp.Tagging;

/// <summary>The BILOU tag set over a list of entity kinds: tag 0 is <c>O</c>, then <c>B</c>, <c>I</c>, <c>L</c>, <c>U</c> per kind.</summary>
internal sealed class BilouLabels
{
    public const int Outside = 0;
    public const int Begin = 0;
    public const int Inside = 1;
    public const int Last = 2;
    public const int Unit = 3;

    private readonly EntityKind[] _kinds;
    private readonly int[][] _predecessors;

    public BilouLabels(IReadOnlyList<EntityKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Count is 0 or > 15)
        {
            throw new ArgumentOutOfRangeException(nameof(kinds), kinds.Count, "A tag set has between 1 and 15 entity kinds.");
        }

        _kinds = [.. kinds];
        if (_kinds.Distinct().Count() != _kinds.Length)
        {
            throw new ArgumentException("The entity kinds of a tag set must be distinct.", nameof(kinds));
        }

        Count = 1 + (4 * _kinds.Length);
        _predecessors = new int[Count][];
        for (int to = 0; to < Count; to++)
        {
            var list = new List<int>();
            for (int from = 0; from < Count; from++)
            {
                if (IsValidTransition(from, to))
                {
                    list.Add(from);
                }
            }

            _predecessors[to] = [.. list];
        }
    }

    public int Count { get; }

    public IReadOnlyList<EntityKind> Kinds => _kinds;

    public int KindCount => _kinds.Length;

    public EntityKindSet KindSet => EntityKindSet.Of(_kinds);

    public static int Position(int label) => label == Outside ? -1 : (label - 1) & 3;

    public static int KindIndex(int label) => label == Outside ? -1 : (label - 1) >> 2;

    public static int Label(int kindIndex, int position) => 1 + (kindIndex * 4) + position;

    public EntityKind KindOf(int label) => _kinds[KindIndex(label)];

    public int IndexOf(EntityKind kind) => Array.IndexOf(_kinds, kind);

    /// <summary>Labels that may precede <paramref name="to"/> under BILOU.</summary>
    public ReadOnlySpan<int> Predecessors(int to) => _predecessors[to];

    /// <summary>Whether a sentence may start with <paramref name="label"/> (O, B or U).</summary>
    public static bool CanStart(int label) => label == Outside || Position(label) is Begin or Unit;

    /// <summary>Whether a sentence may end with <paramref name="label"/> (O, L or U).</summary>
    public static bool CanEnd(int label) => label == Outside || Position(label) is Last or Unit;

    public static bool IsValidTransition(int from, int to)
    {
        bool closed = CanEnd(from);
        if (to == Outside)
        {
            return closed;
        }

        int position = Position(to);
        if (position is Begin or Unit)
        {
            return closed;
        }

        // I and L continue an open entity of the same kind.
        return !closed && KindIndex(from) == KindIndex(to);
    }

    public string Name(int label) => label == Outside ? "O" : "BILU"[Position(label)] + "-" + KindOf(label).ToLabel();
}
