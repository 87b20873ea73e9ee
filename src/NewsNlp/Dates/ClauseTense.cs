namespace NewsNlp.Dates;

/// <summary>What the words before a date say about when it lies relative to the reference date.</summary>
internal enum ClauseTense
{
    /// <summary>No tense marker in the clause: the date's own position relative to the reference date decides.</summary>
    Unknown,

    /// <summary>A past-tense verb or a past marker (<c>said</c>, <c>was held</c>, <c>ago</c>).</summary>
    Past,

    /// <summary>A modal, a schedule or an intention (<c>will</c>, <c>is set to</c>, <c>for the case to go to trial</c>).</summary>
    Future,
}
