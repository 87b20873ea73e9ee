namespace NewsNlp.Dates;

/// <summary>A calendar unit a relative date counts in.</summary>
internal enum DateUnit : byte
{
    /// <summary>No unit.</summary>
    None,

    /// <summary><c>day</c>.</summary>
    Day,

    /// <summary><c>week</c>.</summary>
    Week,

    /// <summary><c>weekend</c>.</summary>
    Weekend,

    /// <summary><c>month</c>.</summary>
    Month,

    /// <summary><c>quarter</c>.</summary>
    Quarter,

    /// <summary><c>half</c>, as in <c>the first half</c>.</summary>
    Half,

    /// <summary><c>year</c>.</summary>
    Year,

    /// <summary><c>decade</c>.</summary>
    Decade,

    /// <summary><c>century</c>.</summary>
    Century,
}
