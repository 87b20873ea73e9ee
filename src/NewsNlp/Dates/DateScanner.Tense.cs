using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <content>No expression of its own: the clause-tense test (<c>will</c>, <c>planned to</c>, <c>for the case to go to
/// trial</c>, <c>said</c>) that tells whether a bare weekday, month or season is the coming one or the latest one before
/// the reference date, and whether a year-less date's tense is known at all (docs/dates.md, "Normalization").</content>
internal readonly ref partial struct DateScanner
{
    /// <summary>How many tokens before a weekday are searched for the tense of its clause.</summary>
    private const int TenseWindow = 12;

    /// <summary>How many words the subject of a <c>for … to</c> infinitive may have (<c>for the new rail line to</c>).</summary>
    private const int ForToSubjectWindow = 5;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_futureMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "will", "'ll", "\u2019ll", "shall", "won't", "won\u2019t", "wo", "scheduled", "due", "expected", "upcoming", "going",
        "next", "soon", "could", "might", "should",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_intentions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "planned", "plans", "plan", "planning", "set", "due", "scheduled", "expected", "going", "intends", "intended", "hopes",
        "hoped", "aims", "aimed", "wants", "wanted", "agreed", "promised", "vowed", "threatened", "pledged", "is", "are",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_subjectDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_adjectivesBeforeFor = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "difficult", "hard", "harder", "easy", "easier", "impossible", "possible", "tough", "unusual", "rare", "common",
        "enough", "necessary", "important", "unable",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pastMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "said", "says", "was", "were", "had", "did", "told", "met", "made", "took", "came", "went", "began", "won", "lost",
        "fell", "rose", "left", "held", "gave", "saw", "last", "earlier", "ago", "since",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the clause before token <paramref name="i"/> is about the future.</summary>
    private bool IsFutureContext(int i) => TenseOf(i) == ClauseTense.Future;

    /// <summary>The tense of the clause of the date at token <paramref name="i"/>: the nearest marker before it, or, when
    /// the date opens its sentence or clause ("In January, the board said"), the first one after it.</summary>
    private ClauseTense TenseOf(int i)
    {
        var before = TenseBefore(i);
        return before != ClauseTense.Unknown || !OpensSentence(i) ? before : TenseAfter(i);
    }

    /// <summary>Whether the date is the sentence's first words, after at most a preposition ("In January", "On March 9").</summary>
    private bool OpensSentence(int i) => IsSentenceStart(i) || (i >= 1 && _tokens[i - 1].Kind == TokenKind.Word && IsSentenceStart(i - 1));

    /// <summary>Looks back through the clause for the nearest tense marker.</summary>
    private ClauseTense TenseBefore(int i)
    {
        int stop = Math.Max(0, i - TenseWindow);
        for (int k = i - 1; k >= stop; k--)
        {
            var token = _tokens[k];
            if (token.Kind == TokenKind.Punctuation && TextOf(k) is "." or "!" or "?" or ";")
            {
                return ClauseTense.Unknown;
            }

            if (token.Kind != TokenKind.Word || token.Length > 12)
            {
                continue;
            }

            var text = TextOf(k);
            if (s_futureMarkers.Contains(text))
            {
                return ClauseTense.Future;
            }

            if (text is "to" && (IsIntentionBefore(k) || IsForToInfinitive(k, stop)))
            {
                return ClauseTense.Future;
            }

            if (s_pastMarkers.Contains(text) || (text.Length >= 4 && text.EndsWith("ed", StringComparison.Ordinal)))
            {
                // "will be held", "is expected": a participle after "be" takes its tense from the auxiliary before it
                if (k > 0 && (IsText(k - 1, "be") || IsText(k - 1, "being")))
                {
                    continue;
                }

                return ClauseTense.Past;
            }
        }

        return ClauseTense.Unknown;
    }

    /// <summary>Looks ahead, to the end of the sentence, for the first modal or verb that gives the tense: "In January,
    /// the board said", "On March 9 the case will go to trial".</summary>
    private ClauseTense TenseAfter(int i)
    {
        int stop = Math.Min(_tokens.Length, i + 1 + TenseWindow);
        for (int k = i + 1; k < stop; k++)
        {
            var token = _tokens[k];
            if (token.Kind == TokenKind.Punctuation && TextOf(k) is "." or "!" or "?" or ";")
            {
                return ClauseTense.Unknown;
            }

            if (token.Kind != TokenKind.Word || token.Length > 12)
            {
                continue;
            }

            var text = TextOf(k);
            if (s_futureMarkers.Contains(text) && !IsText(k - 1, "the"))
            {
                return ClauseTense.Future;
            }

            if ((s_pastMarkers.Contains(text) && text is not ("last" or "earlier" or "since")) || (text.Length >= 4 && text.EndsWith("ed", StringComparison.Ordinal)))
            {
                return ClauseTense.Past;
            }
        }

        return ClauseTense.Unknown;
    }

    /// <summary>"planned to leave on Thursday", "is set to open in March": an intention or schedule points ahead.</summary>
    private bool IsIntentionBefore(int to) =>
        to > 0 && _tokens[to - 1].Kind == TokenKind.Word && _tokens[to - 1].Length <= 12 && s_intentions.Contains(TextOf(to - 1));

    /// <summary>"for the case to go to trial on March 9", "waiting for the vote to take place": <c>for</c>, a short noun
    /// phrase and an infinitive name an event still to come. A gerund in between ("jailed for refusing to testify")
    /// is an action, not the subject of the infinitive, so it does not count.</summary>
    private bool IsForToInfinitive(int to, int stop)
    {
        if (to + 1 >= _tokens.Length || _tokens[to + 1].Kind != TokenKind.Word || IsCapitalized(to + 1))
        {
            return false;
        }

        for (int k = to - 1; k >= Math.Max(stop, to - ForToSubjectWindow); k--)
        {
            if (_tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            var text = TextOf(k);
            if (text is "for" or "For")
            {
                // the infinitive's subject: "for the case", "for Sun"; not "look for ways to", "for years to come"
                // and not after an adjective, whose clause keeps the main verb's tense ("made it difficult for Sun to meet")
                return k < to - 1 && (IsCapitalized(k + 1) || s_subjectDeterminers.Contains(TextOf(k + 1)))
                    && !(k > 0 && s_adjectivesBeforeFor.Contains(TextOf(k - 1)));
            }

            if (text.EndsWith("ing", StringComparison.Ordinal) || s_pastMarkers.Contains(text) || s_futureMarkers.Contains(text))
            {
                return false;
            }
        }

        return false;
    }
}
