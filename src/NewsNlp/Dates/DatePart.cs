namespace NewsNlp.Dates;

/// <summary>A word that narrows a date to part of it (<c>early 2024</c>, <c>mid-2023</c>) or places it relative to the
/// document's time (<c>earlier this month</c>).</summary>
internal enum DatePart : byte
{
    /// <summary><c>early</c>.</summary>
    Early,

    /// <summary><c>mid</c>, as in <c>mid-2023</c>.</summary>
    Mid,

    /// <summary><c>late</c>.</summary>
    Late,

    /// <summary><c>earlier</c>, as in <c>earlier this month</c>.</summary>
    Earlier,

    /// <summary><c>later</c>, as in <c>later this year</c>.</summary>
    Later,
}
