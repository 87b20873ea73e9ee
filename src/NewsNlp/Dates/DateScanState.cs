namespace NewsNlp.Dates;

/// <summary>What a <see cref="DateScanner"/> carries from one match to the next within a document. The caller keeps it
/// in a local (zero at first) so the scanner itself stays a readonly ref struct.</summary>
internal struct DateScanState
{
    /// <summary>Whether the document mentions a quarter: 0 not yet computed, 1 yes, 2 no.</summary>
    public int QuarterReport;

    /// <summary>The last date the story mentioned that has a known year (the temporal focus that <c>the next day</c> and
    /// <c>that year</c> refer to); <see cref="DateGrain.None"/> before the first one.</summary>
    public DateValue Story;
}
