using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <content>No expression of its own: the clause-tense test (<c>will</c>, <c>planned to</c>, <c>said</c>) that tells whether
/// a bare weekday, month or season is the coming one or the latest one before the reference date.</content>
internal readonly ref partial struct DateScanner
{
    /// <summary>How many tokens before a weekday are searched for the tense of its clause.</summary>
    private const int TenseWindow = 12;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_futureMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "will", "'ll", "\u2019ll", "shall", "won't", "won\u2019t", "wo", "scheduled", "due", "expected", "upcoming", "going",
        "next", "soon", "could", "might",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_intentions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "planned", "plans", "plan", "planning", "set", "due", "scheduled", "expected", "going", "intends", "intended", "hopes",
        "hoped", "aims", "aimed", "wants", "wanted", "agreed", "promised", "vowed", "threatened", "pledged", "is", "are",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pastMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "said", "says", "was", "were", "had", "did", "told", "met", "made", "took", "came", "went", "began", "won", "lost",
        "fell", "rose", "left", "held", "gave", "saw", "last", "earlier", "ago", "since",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks back through the clause for the nearest tense marker; past when there is none.</summary>
    private bool IsFutureContext(int i)
    {
        int stop = Math.Max(0, i - TenseWindow);
        for (int k = i - 1; k >= stop; k--)
        {
            var token = _tokens[k];
            if (token.Kind == TokenKind.Punctuation && TextOf(k) is "." or "!" or "?" or ";")
            {
                return false;
            }

            if (token.Kind != TokenKind.Word || token.Length > 12)
            {
                continue;
            }

            var text = TextOf(k);
            if (s_futureMarkers.Contains(text))
            {
                return true;
            }

            // "planned to leave on Thursday", "is set to open in March": an intention or schedule points ahead
            if (text is "to" && k > 0 && _tokens[k - 1].Kind == TokenKind.Word && _tokens[k - 1].Length <= 12 && s_intentions.Contains(TextOf(k - 1)))
            {
                return true;
            }

            if (s_pastMarkers.Contains(text) || (text.Length >= 4 && text.EndsWith("ed", StringComparison.Ordinal)))
            {
                // "will be held", "is expected": a participle after "be" takes its tense from the auxiliary before it
                if (k > 0 && (IsText(k - 1, "be") || IsText(k - 1, "being")))
                {
                    continue;
                }

                return false;
            }
        }

        return false;
    }
}
