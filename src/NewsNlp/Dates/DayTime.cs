namespace NewsNlp.Dates;

/// <summary>A part of the day that TimeML writes after a day value: <c>2026-11-27TMO</c> for <c>Friday morning</c>.</summary>
internal enum DayTime : byte
{
    /// <summary>The whole day.</summary>
    None,

    /// <summary><c>morning</c>: <c>TMO</c>.</summary>
    Morning,

    /// <summary><c>afternoon</c>: <c>TAF</c>.</summary>
    Afternoon,

    /// <summary><c>evening</c>: <c>TEV</c>.</summary>
    Evening,

    /// <summary><c>night</c>: <c>TNI</c>.</summary>
    Night,
}
