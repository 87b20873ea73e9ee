namespace NewsNlp.Dates;

/// <summary>Holidays whose date follows from the year.</summary>
internal enum Holiday : byte
{
    /// <summary>Not a holiday.</summary>
    None,

    /// <summary>25 December.</summary>
    Christmas,

    /// <summary>1 January (<c>New Year's Day</c>).</summary>
    NewYear,

    /// <summary>The fourth Thursday of November (United States).</summary>
    Thanksgiving,

    /// <summary>31 October.</summary>
    Halloween,

    /// <summary>Western Easter Sunday.</summary>
    Easter,
}
