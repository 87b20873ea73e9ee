namespace NewsNlp.Dates;

/// <summary>The granularity of a normalized date, which decides how its TIMEX3 value is written.</summary>
internal enum DateGrain : byte
{
    /// <summary>No value can be computed (a relative date without a reference date).</summary>
    None,

    /// <summary>The expression is not a valid date (29 February in a common year); nothing is reported.</summary>
    Invalid,

    /// <summary>A day: <c>2024-01-15</c>.</summary>
    Day,

    /// <summary>An ISO week: <c>2024-W03</c>.</summary>
    Week,

    /// <summary>The weekend of an ISO week: <c>2024-W03-WE</c>.</summary>
    Weekend,

    /// <summary>A weekday with no anchor: <c>XXXX-WXX-6</c>.</summary>
    Weekday,

    /// <summary>A month: <c>2025-03</c>.</summary>
    Month,

    /// <summary>A quarter: <c>2025-Q3</c>.</summary>
    Quarter,

    /// <summary>A half year: <c>2025-H1</c>.</summary>
    Half,

    /// <summary>A season: <c>2025-SU</c>.</summary>
    Season,

    /// <summary>A year: <c>2025</c>.</summary>
    Year,

    /// <summary>A decade: <c>199</c>.</summary>
    Decade,

    /// <summary>A century: <c>19</c>.</summary>
    Century,

    /// <summary>The past in general: <c>PAST_REF</c>.</summary>
    PastRef,

    /// <summary>The present: <c>PRESENT_REF</c>.</summary>
    PresentRef,

    /// <summary>The future in general: <c>FUTURE_REF</c>.</summary>
    FutureRef,
}
