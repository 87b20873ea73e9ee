using System.Globalization;

namespace NewsNlp.Fuzz.Targets;

/// <summary>Checks that a date value is one of the TIMEX3 shapes the recognizer documents (docs/dates.md) and names a real
/// calendar unit, or an interval of two such values: month 01–12, a day that exists in that month (29 February only in a leap year), an ISO week the year has.</summary>
internal static class TimexValue
{
    public static bool IsValid(string value)
    {
        // A range is an ISO-8601 interval of two values (2024-06-02/2024-06-12).
        int slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            return slash == value.LastIndexOf('/') && IsValid(value[..slash]) && IsValid(value[(slash + 1)..]);
        }

        if (value is "PAST_REF" or "PRESENT_REF" or "FUTURE_REF")
        {
            return true;
        }

        if (value.StartsWith("XXXX-WXX-", StringComparison.Ordinal))
        {
            return value.Length == 10 && value[9] is >= '1' and <= '7';
        }

        if (value.Length is 2 or 3)
        {
            return IsDigits(value) && value[0] != '0'; // century (19) or decade (199)
        }

        var rest = value.AsSpan();
        bool bc = rest.StartsWith("BC");
        if (bc)
        {
            rest = rest[2..];
        }

        if (rest.Length < 4)
        {
            return false;
        }

        int year = 0;
        if (rest[..4] is "XXXX")
        {
            if (bc)
            {
                return false;
            }
        }
        else if (!IsDigits(rest[..4]) || (year = Number(rest[..4])) == 0)
        {
            return false;
        }

        rest = rest[4..];
        if (rest.IsEmpty)
        {
            return year != 0;
        }

        if (rest[0] != '-' || rest.Length < 2)
        {
            return false;
        }

        rest = rest[1..];
        int calendarYear = bc ? 0 : year;
        return rest switch
        {
            "SP" or "SU" or "FA" or "WI" => true,
            ['Q', >= '1' and <= '4'] => true,
            ['H', '1' or '2'] => true,
            ['W', _, _] => IsWeek(rest[1..], calendarYear),
            ['W', _, _, '-', 'W', 'E'] => IsWeek(rest[1..3], calendarYear),
            [_, _] => IsMonth(rest),
            [_, _, '-', _, _] => IsMonth(rest[..2]) && IsDay(rest[3..], Number(rest[..2]), calendarYear),
            _ => false,
        };
    }

    private static bool IsWeek(ReadOnlySpan<char> digits, int year) =>
        IsDigits(digits) && Number(digits) >= 1 && Number(digits) <= (year is > 0 and <= 9999 ? ISOWeek.GetWeeksInYear(year) : 53);

    private static bool IsMonth(ReadOnlySpan<char> digits) => IsDigits(digits) && Number(digits) is >= 1 and <= 12;

    private static bool IsDay(ReadOnlySpan<char> digits, int month, int year) =>
        IsDigits(digits) && Number(digits) >= 1 && Number(digits) <= (year is > 0 and <= 9999 ? DateTime.DaysInMonth(year, month) : month == 2 ? 29 : DateTime.DaysInMonth(2001, month));

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
