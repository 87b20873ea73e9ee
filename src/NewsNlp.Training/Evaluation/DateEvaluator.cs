using System.Text;
using NewsNlp.Entities;

namespace NewsNlp.Training;

/// <summary>Scores predicted DATE spans against gold TIMEX3 <c>type="DATE"</c> annotations: strict and relaxed extent
/// precision, recall and F1, and value accuracy over matched spans.</summary>
/// <remarks>
/// <para>Strict: a prediction is correct when its extent equals a gold DATE extent. Relaxed: predictions and gold spans
/// are paired one-to-one, in text order, when they overlap. Gold extents are trimmed of surrounding whitespace.</para>
/// <para>Values are compared after canonicalization: week numbers are zero-padded (<c>2000-W7</c> = <c>2000-W07</c>)
/// and case is ignored. A prediction without a value never matches a gold value. The lenient value accuracy also
/// accepts a prediction that refines a gold value with unspecified parts (<see cref="RefinesValue"/>).</para>
/// <para>The <see cref="WithoutVague"/> view leaves out gold spans whose value is <c>PAST_REF</c>, <c>PRESENT_REF</c> or
/// <c>FUTURE_REF</c> (vague words such as <c>now</c>, <c>recently</c>, <c>the future</c>, which the recognizer
/// deliberately does not report) together with the predictions that overlap them.</para>
/// </remarks>
internal sealed class DateEvaluator
{
    private readonly Counts _all = new();
    private readonly Counts _withoutVague = new();
    private readonly List<string> _errors = [];
    private readonly int _maxErrors;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="maxErrors">How many error lines to keep for <see cref="Errors"/>.</param>
    public DateEvaluator(int maxErrors = 0)
    {
        _maxErrors = maxErrors;
    }

    /// <summary>Gets the scores over all gold DATE spans.</summary>
    public DateEvaluation All => _all.ToEvaluation();

    /// <summary>Gets the scores without the vague gold spans (see the remarks).</summary>
    public DateEvaluation WithoutVague => _withoutVague.ToEvaluation();

    /// <summary>Gets up to the requested number of error lines (missed, spurious, wrong extent, wrong value).</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Adds one document.</summary>
    /// <param name="id">The document identifier, for error lines.</param>
    /// <param name="text">The document text.</param>
    /// <param name="gold">Its TIMEX3 annotations (all types; only DATE is scored).</param>
    /// <param name="predicted">The predicted entities (only DATE is scored).</param>
    public void Add(string id, string text, IReadOnlyList<TimexAnnotation> gold, IReadOnlyList<Entity> predicted)
    {
        var goldDates = new List<(int Start, int End, string? Value)>();
        foreach (var timex in gold)
        {
            if (timex.Type != "DATE")
            {
                continue;
            }

            int start = timex.Start;
            int end = timex.End;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                goldDates.Add((start, end, timex.Value));
            }
        }

        var predictedDates = new List<(int Start, int End, string? Value)>();
        foreach (var entity in predicted)
        {
            if (entity.Kind == EntityKind.Date)
            {
                predictedDates.Add((entity.Start, entity.End, entity.Value));
            }
        }

        Score(_all, goldDates, predictedDates, id, text, collectErrors: true);

        var vague = goldDates.FindAll(g => IsVague(g.Value));
        goldDates.RemoveAll(g => IsVague(g.Value));
        var vagueIndex = new SpanIndex(vague.Count, i => (vague[i].Start, vague[i].End));
        predictedDates.RemoveAll(p => vagueIndex.FirstOverlapping(p.Start, p.End) >= 0);
        Score(_withoutVague, goldDates, predictedDates, id, text, collectErrors: false);
    }

    private static bool IsVague(string? value) => value is "PAST_REF" or "PRESENT_REF" or "FUTURE_REF";

    private void Score(Counts counts, List<(int Start, int End, string? Value)> gold, List<(int Start, int End, string? Value)> predicted, string id, string text, bool collectErrors)
    {
        counts.Documents++;
        counts.Gold += gold.Count;
        counts.Predicted += predicted.Count;
        var goldUsed = new bool[gold.Count];
        var goldIndex = new SpanIndex(gold.Count, i => (gold[i].Start, gold[i].End));
        var overlapping = new List<int>();
        foreach (var p in predicted)
        {
            // Only the gold spans that overlap p, in list order: the last unused one, or the first unused exact one.
            int match = -1;
            goldIndex.Overlapping(p.Start, p.End, overlapping);
            foreach (int g in overlapping)
            {
                if (!goldUsed[g])
                {
                    match = g;
                    if (gold[g].Start == p.Start && gold[g].End == p.End)
                    {
                        break;
                    }
                }
            }

            if (match < 0)
            {
                if (collectErrors)
                {
                    Report(id, "spurious", text[p.Start..p.End], null, p.Value, Context(text, p.Start));
                }

                continue;
            }

            goldUsed[match] = true;
            var gs = gold[match];
            bool exact = gs.Start == p.Start && gs.End == p.End;
            bool valueOk = SameValue(gs.Value, p.Value);
            counts.Relaxed++;
            counts.RelaxedValue += valueOk ? 1 : 0;
            counts.RelaxedLenient += valueOk || RefinesValue(gs.Value, p.Value) ? 1 : 0;
            if (exact)
            {
                counts.Strict++;
                counts.StrictValue += valueOk ? 1 : 0;
            }

            if (collectErrors && (!exact || !valueOk))
            {
                Report(id, exact ? "value" : "extent", text[p.Start..p.End] + " | gold: " + text[gs.Start..gs.End], gs.Value, p.Value, Context(text, p.Start));
            }
        }

        if (collectErrors)
        {
            for (int g = 0; g < gold.Count; g++)
            {
                if (!goldUsed[g])
                {
                    Report(id, "missed", text[gold[g].Start..gold[g].End], gold[g].Value, null, Context(text, gold[g].Start));
                }
            }
        }
    }

    private void Report(string id, string kind, string span, string? goldValue, string? predictedValue, string context)
    {
        if (_errors.Count < _maxErrors)
        {
            _errors.Add($"{kind}\t{id}\t{span.ReplaceLineEndings(" ")}\tgold={goldValue}\tpred={predictedValue}\t{context}");
        }
    }

    /// <summary>The text before an error, for reading the error list (printed only, never stored).</summary>
    private static string Context(string text, int start) => text[Math.Max(0, start - 60)..start].ReplaceLineEndings(" ");

    /// <summary>Whether two TIMEX3 values are the same after canonicalization.</summary>
    /// <param name="gold">The gold value.</param>
    /// <param name="predicted">The predicted value.</param>
    /// <returns><see langword="true"/> when they match.</returns>
    public static bool SameValue(string? gold, string? predicted) =>
        gold is not null && predicted is not null && string.Equals(Canonical(gold), Canonical(predicted), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="predicted"/> is a more specific form of a gold value that leaves parts unspecified
    /// (<c>1989-W42</c> for <c>1989-WXX</c>, <c>1949</c> for <c>1949-XX</c>, <c>1988-Q3</c> for <c>1988-QX</c>).</summary>
    /// <param name="gold">The gold value.</param>
    /// <param name="predicted">The predicted value.</param>
    /// <returns><see langword="true"/> when the prediction refines the gold value.</returns>
    public static bool RefinesValue(string? gold, string? predicted)
    {
        if (gold is null || predicted is null || !gold.Contains('X', StringComparison.Ordinal))
        {
            return false;
        }

        var known = gold.AsSpan(0, gold.IndexOf('X', StringComparison.Ordinal)).TrimEnd("-WQH");
        return known.Length >= 3 && predicted.AsSpan().StartsWith(known, StringComparison.Ordinal);
    }

    private static string Canonical(string value)
    {
        // 2000-W7 → 2000-W07
        int w = value.IndexOf("-W", StringComparison.Ordinal);
        if (w > 0 && w + 3 <= value.Length && char.IsAsciiDigit(value[w + 2]) && (w + 3 == value.Length || !char.IsAsciiDigit(value[w + 3])))
        {
            return new StringBuilder(value).Insert(w + 2, '0').ToString();
        }

        return value;
    }

    private sealed class Counts
    {
        public int Documents;
        public int Gold;
        public int Predicted;
        public int Strict;
        public int Relaxed;
        public int StrictValue;
        public int RelaxedValue;
        public int RelaxedLenient;

        public DateEvaluation ToEvaluation() => new(Documents, Gold, Predicted, Strict, Relaxed, StrictValue, RelaxedValue, RelaxedLenient);
    }
}
