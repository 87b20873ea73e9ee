using NewsNlp.Entities;
using NewsNlp.Recognition;

namespace NewsNlp.Dates;

/// <summary>The rule-based date recognizer and normalizer: finds DATE expressions with OntoNotes/TimeML extents and
/// gives each a TIMEX3-style value resolved against the document's reference date.</summary>
/// <remarks>Recognized: calendar dates (<c>November 27, 2026</c>, <c>27 Nov.</c>, <c>2026-11-27</c>, <c>11/27/2026</c>),
/// months, years, decades, centuries, quarters and halves, seasons, holidays, and relative dates (<c>yesterday</c>,
/// <c>last Tuesday</c>, <c>two years ago</c>, <c>earlier this month</c>). Not dates: times of day, bare durations
/// (<c>three years</c>) and vague words (<c>recently</c>, <c>now</c>). A four-digit number is a year only when no
/// counted noun or unit follows it (<c>2024 people</c> is not a date). Impossible dates (<c>February 29, 2025</c>)
/// are not reported. Runs in time linear in the number of tokens and allocates only the value strings.</remarks>
internal sealed class DateRecognizer : IEntityRecognizer
{
    /// <summary>The confidence given to rule matches: their strict precision on TempEval-3 TBAQ dev with the pipeline's
    /// default settings (0.896, <c>newsnlp eval-dates --split dev --ranges joined</c>), a calibrated probability as it stands.</summary>
    private const float RuleConfidence = 0.9f;

    /// <summary>How many tokens are scanned between two looks at the cancellation token (about a millisecond).</summary>
    private const int CancellationInterval = 1 << 16;

    public DateRecognizer(DateOrder order, bool joinRanges = true)
    {
        Order = order;
        JoinRanges = joinRanges;
    }

    public DateOrder Order { get; }

    /// <summary>Whether a range (<see cref="DateRanges"/>) is one span rather than one per end.</summary>
    public bool JoinRanges { get; }

    public void Recognize(scoped in AnalysisContext context, AnalysisScratch scratch, List<EntitySpan> output)
    {
        var tokens = context.Tokens;
        var state = default(DateScanState);
        var scanner = new DateScanner(context.Text, tokens, context.ReferenceDate, Order, ref state);
        int i = 0;
        int nextCheck = CancellationInterval;
        while (i < tokens.Length)
        {
            if (i >= nextCheck)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                nextCheck = i + CancellationInterval;
            }

            if (scanner.TryMatch(i, out int end, out var value))
            {
                if (!value.IsInvalid)
                {
                    string? formatted = JoinRanges && DateRanges.TryExtend(context.Text, tokens, ref scanner, ref end, value, out var range) ? range : value.Format();
                    output.Add(new EntitySpan(EntityKind.Date, tokens[i].Start, tokens[end - 1].End, RuleConfidence, formatted) { Source = EntitySource.DateRule });
                    scanner.Remember(value);
                }

                i = end;
            }
            else
            {
                i++;
            }
        }
    }
}
