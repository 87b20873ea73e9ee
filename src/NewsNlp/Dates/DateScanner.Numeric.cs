using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <content>Dates led by a number: day-first dates (<c>27 November 2026</c>, <c>27th of November</c>, <c>22-25 April 1951</c>),
/// bare years and the short end of a year range (<c>2024</c>, <c>1915-17</c>), ISO and numeric dates (<c>2026-11-27</c>,
/// <c>11/27/2026</c>, <c>27.11.2026</c>, <c>10/30/89</c>) and years before the era (<c>264 BC</c>); and the test that tells a
/// four-digit year from an amount or a label.</content>
internal readonly ref partial struct DateScanner
{
    /// <summary>Words after a four-digit number that make it a quantity rather than a year (<c>2024 people</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_countedNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "percent", "per", "pct", "people", "persons", "residents", "troops", "soldiers", "police", "officers", "votes",
        "voters", "points", "pts", "units", "cases", "deaths", "jobs", "workers", "employees", "staff", "students",
        "children", "men", "women", "vehicles", "cars", "homes", "houses", "buildings", "tons", "tonnes", "km",
        "kilometers", "kilometres", "miles", "meters", "metres", "feet", "ft", "kg", "kilograms", "pounds", "lbs",
        "dollars", "euros", "yuan", "yen", "rupees", "pesos", "shares", "barrels", "acres", "hectares", "copies", "pages",
        "seats", "beds", "patients", "refugees", "migrants", "civilians", "victims", "members", "delegates", "companies",
        "firms", "households", "families", "flights", "passengers", "hours", "minutes", "seconds", "mph", "mw", "kw",
        "gw", "mb", "gb", "calories", "items", "stores", "participants", "prisoners", "inmates", "detainees",
        "protesters", "fighters", "militants", "rebels", "animals", "species", "square", "sq", "cubic", "degrees",
        "years", "days", "weeks", "months", "m", "bn", "million", "billion", "thousand", "times", "rounds", "games",
        "goals", "runs", "yards", "words", "signatures", "applications", "users", "customers", "visitors", "tourists",
        "hospitals", "schools", "villages", "sites", "locations", "incidents", "attacks", "arrests", "troopers",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words before a four-digit number that make it a label or an amount rather than a year.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_numberLabels = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "No.", "No", "Nos.", "number", "numbers", "page", "pages", "p.", "pp.", "room", "flight", "route", "highway",
        "resolution", "article", "section", "model", "version", "channel", "bus", "gate", "suite", "unit", "apartment",
        "box", "code", "account", "ticket", "than", "exactly",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private int MatchNumber(int i, out DateValue value)
    {
        // 1915-17, 2007–08: the end of a year range is a year of its own in the century of the first
        if (i >= 2 && (IsChar(i - 1, '-') || IsChar(i - 1, '\u2013')) && Touches(i - 2) && Touches(i - 1)
            && TryDigits(i, out int shortYear, out int shortDigits) && shortDigits == 2 && TryYear(i - 2, out int firstYear)
            && shortYear > firstYear % 100 && !(Touches(i) && (IsChar(i + 1, '-') || IsChar(i + 1, '\u2013'))) && IsPlausibleYear(i - 2))
        {
            value = DateValue.OfYear(firstYear - (firstYear % 100) + shortYear);
            return i + 1;
        }

        if (TryDay(i, out int day))
        {
            // 27 November 2026 · 27th of November
            int j = i + 1;
            if (IsFunction(j, DateFunctionWord.Of) && char.IsAsciiLetter(_text[_tokens[i].End - 1]))
            {
                j++;
            }

            var month = WordAt(j);
            if (month.Kind == DateWordKind.Month && IsCapitalized(j))
            {
                return FinishMonthDay(i, j + 1, month.Value, day, out value);
            }

            // 22-25 April 1951: the first day of a range is a date of its own, in the month and year of the second
            var after = WordAt(i + 3);
            if ((IsChar(i + 1, '-') || IsChar(i + 1, '\u2013')) && TryDay(i + 2, out int lastDay) && lastDay > day
                && after.Kind == DateWordKind.Month && IsCapitalized(i + 3) && FinishMonthDay(i + 2, i + 4, after.Value, lastDay, out var last) > 0
                && last.Grain == DateGrain.Day)
            {
                value = last.Year > 0 && DateCalendar.IsValid(last.Year, last.Month, day)
                    ? DateValue.OfDay(new DateOnly(last.Year, last.Month, day))
                    : new DateValue(DateGrain.Day, last.Year, last.Month, day);
                return i + 1;
            }
        }

        if (TryYear(i, out int year))
        {
            int end = MatchIsoDate(i, year, out value);
            if (end > 0)
            {
                return end;
            }

            if (IsPlausibleYear(i))
            {
                value = DateValue.OfYear(year);
                return i + 1;
            }

            return NoMatch(out value);
        }

        if (TryDecade(i, out value))
        {
            return i + 1;
        }

        if (TryOrdinal(i, out _))
        {
            return MatchOrdinalPeriod(i, out value); // 20th century, 3rd quarter
        }

        var text = TextOf(i);
        if (text.Contains('/') || text.Contains('.'))
        {
            return MatchNumericDate(i, out value);
        }

        if (TryDigits(i, out int count, out int digits) && digits <= 4 && count > 0)
        {
            // 264 BC, 55 B.C.
            if (IsWordToken(i + 1) && TextOf(i + 1) is "BC" or "B.C." or "BCE" or "B.C.E.")
            {
                value = new DateValue(DateGrain.Year, -count);
                return i + 2;
            }

            if (digits <= 3)
            {
                return MatchCountUnit(i + 1, count, out value); // 10 days ago
            }
        }

        return NoMatch(out value);
    }

    /// <summary><c>2026-11-27</c>: five touching tokens.</summary>
    private int MatchIsoDate(int i, int year, out DateValue value)
    {
        if (IsChar(i + 1, '-') && Touches(i) && Touches(i + 1) && TryDigits(i + 2, out int month, out int monthDigits) && monthDigits == 2
            && IsChar(i + 3, '-') && Touches(i + 2) && Touches(i + 3) && TryDigits(i + 4, out int day, out int dayDigits) && dayDigits == 2)
        {
            value = DateCalendar.IsValid(year, month, day) ? DateValue.OfDay(new DateOnly(year, month, day)) : DateValue.Invalid;
            return i + 5;
        }

        return NoMatch(out value);
    }

    /// <summary><c>11/27/2026</c>, <c>27.11.2026</c>, <c>10/30/89</c>, <c>2026/11/27</c>: one number token.</summary>
    private int MatchNumericDate(int i, out DateValue value)
    {
        var s = TextOf(i);
        char separator = s.Contains('/') ? '/' : '.';
        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        int count = 0;
        int at = 0;
        while (at <= s.Length)
        {
            int next = s[at..].IndexOf(separator);
            var piece = next < 0 ? s[at..] : s.Slice(at, next);
            if (count == 3 || piece.Length is 0 or > 4 || !int.TryParse(piece, System.Globalization.NumberStyles.None, null, out parts[count]))
            {
                return NoMatch(out value);
            }

            lengths[count++] = piece.Length;
            if (next < 0)
            {
                break;
            }

            at += next + 1;
        }

        if (count != 3)
        {
            return NoMatch(out value);
        }

        int year;
        int month;
        int day;
        if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2)
        {
            (year, month, day) = (parts[0], parts[1], parts[2]);
        }
        else if (lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 4 || (lengths[2] == 2 && separator == '/')))
        {
            year = lengths[2] == 4 ? parts[2] : ExpandTwoDigitYear(parts[2]);
            (month, day) = _order == DateOrder.MonthDayYear ? (parts[0], parts[1]) : (parts[1], parts[0]);
            if (!DateCalendar.IsValid(year, month, day) && DateCalendar.IsValid(year, day, month))
            {
                (month, day) = (day, month); // 27/11/2026 can only be day-first
            }
        }
        else
        {
            return NoMatch(out value);
        }

        if (year is < 1000 or > 2100)
        {
            return NoMatch(out value);
        }

        value = DateCalendar.IsValid(year, month, day) ? DateValue.OfDay(new DateOnly(year, month, day)) : DateValue.Invalid;
        return i + 1;
    }

    /// <summary>Reads <c>89</c> as the year nearest the reference date's century that is at most ten years ahead of it.</summary>
    private int ExpandTwoDigitYear(int twoDigits)
    {
        if (_reference is { } reference)
        {
            int year = (reference.Year / 100 * 100) + twoDigits;
            return year > reference.Year + 10 ? year - 100 : year;
        }

        return twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits;
    }

    /// <summary>Whether a bare four-digit number reads as a year rather than an amount or a label.</summary>
    private bool IsPlausibleYear(int i)
    {
        if (i > 0)
        {
            var previous = _tokens[i - 1];
            if (previous.Kind is TokenKind.Symbol || IsChar(i - 1, '#') || s_numberLabels.Contains(TextOf(i - 1)))
            {
                return false;
            }

            // 555-2024, 3.2024: part of a longer number or code
            if ((IsChar(i - 1, '-') || IsChar(i - 1, '.')) && Touches(i - 1) && Touches(i - 2) && _tokens[i - 2].Kind == TokenKind.Number && !TryYear(i - 2, out _))
            {
                return false;
            }
        }

        int next = i + 1;
        if (next < _tokens.Length)
        {
            if (IsChar(next, '%') || (_tokens[next].Kind == TokenKind.Symbol && Touches(i)))
            {
                return false;
            }

            if (_tokens[next].Kind == TokenKind.Word && _tokens[next].Length <= 16 && !IsCapitalized(next) && s_countedNouns.Contains(TextOf(next)))
            {
                return false;
            }
        }

        return true;
    }
}
