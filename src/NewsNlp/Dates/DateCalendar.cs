namespace NewsNlp.Dates;

/// <summary>Calendar arithmetic for resolving relative dates against a reference date.</summary>
internal static class DateCalendar
{
    /// <summary>How many months ahead of the reference date a year-less date still reads as this year's even in a past-tense
    /// clause (an event announced shortly before it happens).</summary>
    private const int NearFutureMonths = 2;

    /// <summary>How many months ahead of the reference date a year-less date reads as this year's when its sentence has no
    /// tense: the nearer reading, leaning to the past as news does. Measured on TBAQ: the plain nearest reading (six
    /// months either side) gave 228 of 254 dev values and 902 of 1,058 train values right; three months ahead, 229 and 903;
    /// two, 229 and 902.</summary>
    private const int UnknownTenseMonthsAhead = 3;

    /// <summary>Whether <paramref name="year"/>-<paramref name="month"/>-<paramref name="day"/> exists.</summary>
    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>Whether the day can exist in some year (29 February can; 31 April cannot).</summary>
    public static bool IsPossible(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month);

    /// <summary>The ISO day number of <paramref name="date"/>: 1 (Monday) – 7 (Sunday).</summary>
    public static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    /// <summary>The last <paramref name="weekday"/> strictly before <paramref name="reference"/>.</summary>
    public static DateOnly Before(DateOnly reference, int weekday)
    {
        int back = (IsoDay(reference) - weekday + 7) % 7;
        return reference.AddDays(-(back == 0 ? 7 : back));
    }

    /// <summary>The latest <paramref name="weekday"/> on or before <paramref name="reference"/>.</summary>
    public static DateOnly OnOrBefore(DateOnly reference, int weekday) => reference.AddDays(-((IsoDay(reference) - weekday + 7) % 7));

    /// <summary>The first <paramref name="weekday"/> strictly after <paramref name="reference"/>.</summary>
    public static DateOnly After(DateOnly reference, int weekday)
    {
        int ahead = (weekday - IsoDay(reference) + 7) % 7;
        return reference.AddDays(ahead == 0 ? 7 : ahead);
    }

    /// <summary>The <paramref name="weekday"/> of the ISO week (Monday to Sunday) that contains <paramref name="reference"/>.</summary>
    public static DateOnly SameWeek(DateOnly reference, int weekday) => reference.AddDays(weekday - IsoDay(reference));

    /// <summary>The year of a year-less month or day. In a clause about the past (<c>said</c>, <c>was held</c>) a date
    /// later in the year than the reference date is last year's (<c>December</c> read in January 2026 is 2025-12) unless
    /// it is at most two months ahead (an event announced shortly before it happens), and an earlier date is this year's.
    /// In a clause about the future (<c>will</c>, <c>is set to</c>, <c>for the case to go to trial</c>) a date more than
    /// two months back is next year's (<c>will visit in January</c> read in November is next January), and a later date
    /// this year's. With no tense in the sentence, the reading from nine months before to three months after the
    /// reference date: the nearer one, leaning to the past as news does.</summary>
    /// <param name="reference">The reference date.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day, or 0 for a whole month.</param>
    /// <param name="tense">What the clause says about the date's time.</param>
    /// <returns>The year, or 0 when the day does not exist in it (29 February in a common year).</returns>
    public static int YearOfYearless(DateOnly reference, int month, int day, ClauseTense tense)
    {
        int refIndex = (reference.Month * 32) + (day == 0 ? 0 : reference.Day);
        int index = (month * 32) + day;
        int monthsAhead = month - reference.Month;
        int year = reference.Year;
        if (tense == ClauseTense.Unknown)
        {
            // the reading from nine months before to three months after the reference date
            if (index > refIndex && monthsAhead > UnknownTenseMonthsAhead)
            {
                year--;
            }
            else if (index <= refIndex && monthsAhead < UnknownTenseMonthsAhead - 12)
            {
                year++;
            }
        }
        else if (index > refIndex)
        {
            if (tense == ClauseTense.Past && monthsAhead > NearFutureMonths)
            {
                year--;
            }
        }
        else if (tense == ClauseTense.Future && monthsAhead < -NearFutureMonths)
        {
            year++;
        }

        return day == 0 || IsValid(year, month, day) ? year : 0;
    }

    /// <summary>The year of the <paramref name="month"/> called <c>last</c>, <c>this</c> or <c>next</c>.</summary>
    public static int YearOfMonth(DateOnly reference, int month, DateModifier modifier) => modifier switch
    {
        DateModifier.Last => month < reference.Month ? reference.Year : reference.Year - 1,
        DateModifier.Next => month > reference.Month ? reference.Year : reference.Year + 1,
        _ => reference.Year,
    };

    /// <summary>The season (1 spring – 4 winter) of a date and the year it is counted in (January and February belong to
    /// the previous year's winter).</summary>
    public static (int Year, int Season) SeasonOf(DateOnly date) => date.Month switch
    {
        >= 3 and <= 5 => (date.Year, 1),
        >= 6 and <= 8 => (date.Year, 2),
        >= 9 and <= 11 => (date.Year, 3),
        12 => (date.Year, 4),
        _ => (date.Year - 1, 4),
    };

    /// <summary>The year of the <paramref name="season"/> called <c>last</c>, <c>this</c> or <c>next</c>.</summary>
    public static int YearOfSeason(DateOnly reference, int season, DateModifier modifier)
    {
        var (year, current) = SeasonOf(reference);
        return modifier switch
        {
            DateModifier.Last => season < current ? year : year - 1,
            DateModifier.Next => season > current ? year : year + 1,
            _ => year,
        };
    }

    /// <summary>The quarter (1–4) that contains <paramref name="date"/>.</summary>
    public static int QuarterOf(DateOnly date) => ((date.Month - 1) / 3) + 1;

    /// <summary>The date of <paramref name="holiday"/> in <paramref name="year"/>.</summary>
    public static DateOnly HolidayDate(Holiday holiday, int year) => holiday switch
    {
        Holiday.Christmas => new DateOnly(year, 12, 25),
        Holiday.NewYear => new DateOnly(year, 1, 1),
        Holiday.Halloween => new DateOnly(year, 10, 31),
        Holiday.Thanksgiving => After(new DateOnly(year, 10, 31), 4).AddDays(21),
        _ => Easter(year),
    };

    /// <summary>The occurrence of <paramref name="holiday"/> nearest to <paramref name="reference"/>.</summary>
    public static DateOnly NearestHoliday(Holiday holiday, DateOnly reference)
    {
        var best = HolidayDate(holiday, reference.Year);
        foreach (int year in (ReadOnlySpan<int>)[reference.Year - 1, reference.Year + 1])
        {
            var candidate = HolidayDate(holiday, year);
            if (Math.Abs(candidate.DayNumber - reference.DayNumber) < Math.Abs(best.DayNumber - reference.DayNumber))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus.</summary>
    private static DateOnly Easter(int year)
    {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
