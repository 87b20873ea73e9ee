using System.Globalization;

namespace NewsNlp.Dates;

/// <summary>A normalized date before formatting: its granularity and fields.</summary>
/// <param name="Grain">The granularity.</param>
/// <param name="Year">The year (ISO week-year for weeks; first year of a decade or century); 0 when unknown (<c>XXXX</c>);
/// negative for years before Christ (<c>-264</c> is <c>BC0264</c>).</param>
/// <param name="Month">The month 1–12 for days and months.</param>
/// <param name="Day">The day of the month for days.</param>
/// <param name="Part">The week, quarter, half, season (1 spring – 4 winter) or weekday number.</param>
internal readonly record struct DateValue(DateGrain Grain, int Year = 0, int Month = 0, int Day = 0, int Part = 0)
{
    private static readonly string[] s_seasons = ["SP", "SU", "FA", "WI"];

    /// <summary>A value that cannot be computed.</summary>
    public static DateValue Unknown => default;

    /// <summary>An invalid date that must not be reported.</summary>
    public static DateValue Invalid => new(DateGrain.Invalid);

    /// <summary>Gets whether the expression is an impossible date.</summary>
    public bool IsInvalid => Grain == DateGrain.Invalid;

    /// <summary>Creates a day value.</summary>
    public static DateValue OfDay(DateOnly date) => new(DateGrain.Day, date.Year, date.Month, date.Day);

    /// <summary>Creates the value of the ISO week that contains <paramref name="date"/>.</summary>
    public static DateValue OfWeek(DateOnly date, bool weekend = false)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return new(weekend ? DateGrain.Weekend : DateGrain.Week, ISOWeek.GetYear(dateTime), 0, 0, ISOWeek.GetWeekOfYear(dateTime));
    }

    /// <summary>Creates a month value.</summary>
    public static DateValue OfMonth(int year, int month) => new(DateGrain.Month, year, month);

    /// <summary>Creates a year value.</summary>
    public static DateValue OfYear(int year) => new(DateGrain.Year, year);

    /// <summary>Creates a quarter value.</summary>
    public static DateValue OfQuarter(int year, int quarter) => new(DateGrain.Quarter, year, 0, 0, quarter);

    /// <summary>Writes the TIMEX3 value, or <see langword="null"/> when there is none.</summary>
    /// <returns>The value.</returns>
    public string? Format()
    {
        var inv = CultureInfo.InvariantCulture;
        string year = Year > 0 ? Year.ToString("D4", inv) : Year < 0 ? "BC" + (-Year).ToString("D4", inv) : "XXXX";
        return Grain switch
        {
            DateGrain.Day => string.Create(inv, $"{year}-{Month:D2}-{Day:D2}"),
            DateGrain.Week => string.Create(inv, $"{year}-W{Part:D2}"),
            DateGrain.Weekend => string.Create(inv, $"{year}-W{Part:D2}-WE"),
            DateGrain.Weekday => string.Create(inv, $"XXXX-WXX-{Part}"),
            DateGrain.Month => string.Create(inv, $"{year}-{Month:D2}"),
            DateGrain.Quarter => string.Create(inv, $"{year}-Q{Part}"),
            DateGrain.Half => string.Create(inv, $"{year}-H{Part}"),
            DateGrain.Season => string.Create(inv, $"{year}-{s_seasons[Part - 1]}"),
            DateGrain.Year => Year != 0 ? year : null,
            DateGrain.Decade => Year > 0 ? (Year / 10).ToString("D3", inv) : null,
            DateGrain.Century => Year > 0 ? (Year / 100).ToString("D2", inv) : null,
            DateGrain.PastRef => "PAST_REF",
            DateGrain.PresentRef => "PRESENT_REF",
            DateGrain.FutureRef => "FUTURE_REF",
            _ => null,
        };
    }
}
