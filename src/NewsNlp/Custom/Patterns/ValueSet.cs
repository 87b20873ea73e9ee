using System.Buffers;

namespace NewsNlp.Custom.Patterns;

/// <summary>The values of one token test (<c>[text=a|b|…]</c>), looked up in time that does not grow with their number.</summary>
/// <remarks>
/// Equality is one hash lookup of the token's characters (no string is allocated). A prefix (<c>^=</c>) or suffix
/// (<c>$=</c>) test walks a trie of the values one character at a time from the token's start (or end), stopping at the
/// first character no value continues with: at most min(token length, longest value) steps. A case-insensitive set
/// compares as <see cref="StringComparison.OrdinalIgnoreCase"/> does: equality through that comparer, and the trie over
/// characters folded the same way (<see cref="CaseFolding"/>).
/// </remarks>
internal sealed class ValueSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly Dictionary<long, int>? _trie;
    private readonly HashSet<int>? _terminal;
    private readonly int _longest;
    private readonly bool _ignoreCase;
    private readonly bool _fromEnd;

    /// <param name="values">The values.</param>
    /// <param name="ignoreCase">Whether case is ignored.</param>
    /// <param name="affix">0: whole values only; 1: prefixes (<c>^=</c>); -1: suffixes (<c>$=</c>).</param>
    public ValueSet(IEnumerable<string> values, bool ignoreCase, int affix)
    {
        _ignoreCase = ignoreCase;
        _fromEnd = affix < 0;
        var exact = new HashSet<string>(values, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _exact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        if (affix == 0)
        {
            return;
        }

        // Node 0 is the root; an edge is keyed by (node, character).
        _trie = [];
        _terminal = [];
        int nodes = 1;
        foreach (var original in exact)
        {
            string value = ignoreCase ? CaseFolding.Fold(original) : original;
            _longest = Math.Max(_longest, value.Length);
            int node = 0;
            for (int i = 0; i < value.Length; i++)
            {
                long key = Key(node, value[_fromEnd ? value.Length - 1 - i : i]);
                if (!_trie.TryGetValue(key, out int child))
                {
                    child = nodes++;
                    _trie.Add(key, child);
                }

                node = child;
            }

            _terminal.Add(node);
        }
    }

    /// <summary>Whether <paramref name="subject"/> equals one of the values.</summary>
    public bool Contains(ReadOnlySpan<char> subject) => _exact.Contains(subject);

    /// <summary>Whether one of the values is a prefix (or, for a suffix set, a suffix) of <paramref name="subject"/>.</summary>
    public bool ContainsAffixOf(ReadOnlySpan<char> subject)
    {
        // Only the first (last) longest-value characters can matter; one more keeps a surrogate pair whole.
        int length = Math.Min(subject.Length, _longest + 1);
        subject = _fromEnd ? subject[^length..] : subject[..length];
        if (!_ignoreCase)
        {
            return Walk(subject);
        }

        char[]? rented = null;
        Span<char> folded = length <= 128 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length));
        CaseFolding.Fold(subject, folded);
        bool found = Walk(folded[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return found;
    }

    private bool Walk(ReadOnlySpan<char> subject)
    {
        int node = 0;
        for (int i = 0; i < subject.Length; i++)
        {
            if (!_trie!.TryGetValue(Key(node, subject[_fromEnd ? subject.Length - 1 - i : i]), out node))
            {
                return false;
            }

            if (_terminal!.Contains(node))
            {
                return true;
            }
        }

        return false;
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
