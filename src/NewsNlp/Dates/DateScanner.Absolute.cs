using System.Collections.Frozen;
using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <content>Calendar dates, months, years, decades, centuries, quarters and halves.</content>
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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_monthCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "in", "since", "until", "till", "by", "of", "from", "through", "to", "during", "before", "after", "early", "late",
        "mid", "last", "next", "this", "end", "each", "every", "-", "between", "and", "or", "on", "for", "throughout",
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

    /// <summary>After a month and a day: an optional year (<c>, 2026</c> or <c>2026</c>), then the value.</summary>
    private int FinishMonthDay(int start, int k, int month, int day, out DateValue value)
    {
        int year;
        int end;
        if (TryYear(k, out year))
        {
            end = k + 1;
        }
        else if (IsChar(k, ',') && TryYear(k + 1, out year))
        {
            end = k + 2;
        }
        else if ((end = StoryYearAfterOf(k, out year)) > k)
        {
            if (year == 0)
            {
                value = DateValue.Unknown;
                return end;
            }
        }
        else
        {
            year = 0;
            end = k;
        }

        if (year != 0)
        {
            value = DateCalendar.IsValid(year, month, day) ? DateValue.OfDay(new DateOnly(year, month, day)) : DateValue.Invalid;
            return end;
        }

        if (!DateCalendar.IsPossible(month, day))
        {
            value = DateValue.Invalid;
            return end;
        }

        if (_reference is { } reference)
        {
            int nearest = DateCalendar.YearOfYearless(reference, month, day, IsFutureContext(start));
            value = nearest > 0 ? DateValue.OfDay(new DateOnly(nearest, month, day)) : DateValue.Unknown;
        }
        else
        {
            value = new DateValue(DateGrain.Day, 0, month, day);
        }

        return end;
    }

    private int MatchMonth(int i, out DateValue value)
    {
        if (!IsCapitalized(i))
        {
            return NoMatch(out value);
        }

        int month = WordAt(i).Value;
        int j = i + 1;
        if (TryDay(j, out int day))
        {
            return FinishMonthDay(i, j + 1, month, day, out value);
        }

        if (TryYear(j, out int year))
        {
            value = DateValue.OfMonth(year, month);
            return j + 1;
        }

        if ((IsChar(j, ',') || IsFunction(j, DateFunctionWord.Of)) && TryYear(j + 1, out year))
        {
            value = DateValue.OfMonth(year, month);
            return j + 2;
        }

        // January nineteen ninety-seven
        int spelledEnd = MatchSpelledYear(j, out year);
        if (spelledEnd > j)
        {
            value = DateValue.OfMonth(year, month);
            return spelledEnd;
        }

        // June last year
        var modifier = WordAt(j);
        var unit = WordAt(j + 1);
        if (modifier.Kind == DateWordKind.Modifier && unit.IsUnit(DateUnit.Year) && !unit.IsPlural)
        {
            value = _reference is { } r ? DateValue.OfMonth(r.Year + modifier.Value, month) : DateValue.Unknown;
            return j + 2;
        }

        // August of that year
        int storyEnd = StoryYearAfterOf(j, out year);
        if (storyEnd > j)
        {
            value = year != 0 ? DateValue.OfMonth(year, month) : DateValue.Unknown;
            return storyEnd;
        }

        // A bare month: a full name, not a person's first name ("April Ryan"), not part of a name ("the Long March",
        // "Women's March"), and "May" only after a cue word.
        var text = TextOf(i);
        bool fullName = text.Length >= 5 || text is "May" or "June" or "July" or "MAY" or "JUNE" or "JULY";
        bool cue = i > 0 && s_monthCues.Contains(TextOf(i - 1));
        if (!fullName
            || (month == 5 && !cue)
            || IsText(i - 1, "each") || IsText(i - 1, "every") // a recurring month (a TimeML SET), not a date
            || (IsWordToken(j) && IsCapitalized(j) && !WordAt(j).IsDateWord)
            || (!cue && i > 0 && ((IsWordToken(i - 1) && IsCapitalized(i - 1) && !WordAt(i - 1).IsDateWord && !IsSentenceStart(i - 1)) || IsPossessive(i - 1))))
        {
            return NoMatch(out value);
        }

        value = _reference is { } reference
            ? DateValue.OfMonth(DateCalendar.YearOfYearless(reference, month, 0, IsFutureContext(i)), month)
            : new DateValue(DateGrain.Month, 0, month);
        return i + 1;
    }

    /// <summary><c>of that year</c>, <c>of the same year</c> after a month or a day: the year of the story's latest date
    /// (0 when unknown). Returns the index after it, or -1.</summary>
    private int StoryYearAfterOf(int k, out int year)
    {
        year = 0;
        if (!IsFunction(k, DateFunctionWord.Of))
        {
            return -1;
        }

        int u = IsFunction(k + 1, DateFunctionWord.That) ? k + 2 : IsFunction(k + 1, DateFunctionWord.The) && IsText(k + 2, "same") ? k + 3 : -1;
        if (u < 0)
        {
            return -1;
        }

        if (IsText(u, "same") && IsFunction(k + 1, DateFunctionWord.That))
        {
            u++;
        }

        if (!WordAt(u).IsUnit(DateUnit.Year) || WordAt(u).IsPlural)
        {
            return -1;
        }

        var story = StoryPeriod(DateUnit.Year, 0);
        year = story.Grain == DateGrain.Year ? story.Year : 0;
        return u + 1;
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

    /// <summary><c>1990s</c> (decade), <c>1800s</c> (century), <c>’90s</c>.</summary>
    private bool TryDecade(int i, out DateValue value)
    {
        value = default;
        if ((uint)i >= (uint)_tokens.Length)
        {
            return false;
        }

        var s = TextOf(i);
        if (_tokens[i].Kind == TokenKind.Number && s.Length == 5 && s[4] == 's' && TryParseDigits(s[..4], out int year))
        {
            if (year % 10 != 0 || year is < 1000 or > 2100)
            {
                return false;
            }

            value = year % 100 == 0 && year != 2000 ? new DateValue(DateGrain.Century, year) : new DateValue(DateGrain.Decade, year);
            return true;
        }

        if (_tokens[i].Kind == TokenKind.Word && s.Length == 4 && s[0] is '\'' or '\u2019' && s[3] is 's' && TryParseDigits(s[1..3], out int yy) && yy % 10 == 0)
        {
            value = new DateValue(DateGrain.Decade, yy <= 10 ? 2000 + yy : 1900 + yy);
            return true;
        }

        return false;
    }

    private static bool TryParseDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return s.Length > 0;
    }

    /// <summary>Words the lexicon does not know but that are dates by shape: <c>Q3</c>, <c>H1 2025</c>, <c>FY2025</c>, <c>’90s</c>.</summary>
    private int MatchCode(int i, out DateValue value)
    {
        var s = TextOf(i);
        if (s.Length == 2 && s[0] is 'Q' or 'H' && s[1] is >= '1' and <= '4')
        {
            bool half = s[0] == 'H';
            int part = s[1] - '0';
            if (half && part > 2)
            {
                return NoMatch(out value);
            }

            int end = i + 1;
            int year;
            if (TryYear(end, out year))
            {
                end++;
            }
            else if (IsFunction(end, DateFunctionWord.Of) && TryYear(end + 1, out year))
            {
                end += 2;
            }
            else if (half)
            {
                return NoMatch(out value); // H1 alone is too often something else
            }
            else
            {
                year = _reference?.Year ?? 0;
            }

            value = new DateValue(half ? DateGrain.Half : DateGrain.Quarter, year, 0, 0, part);
            return end;
        }

        if (s.Length == 6 && s.StartsWith("FY", StringComparison.Ordinal) && TryParseDigits(s[2..], out int fiscalYear) && fiscalYear is >= 1000 and <= 2100)
        {
            value = DateValue.OfYear(fiscalYear);
            return i + 1;
        }

        return TryDecade(i, out value) ? i + 1 : NoMatch(out value);
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

    /// <summary><c>third quarter [of 2025]</c>, <c>third-quarter</c>, <c>first half</c>, <c>20th century</c>.</summary>
    private int MatchOrdinalPeriod(int i, out DateValue value)
    {
        if (!TryOrdinal(i, out int ordinal))
        {
            return NoMatch(out value);
        }

        int j = SkipHyphen(i + 1);
        var unit = WordAt(j);
        if (unit.IsPlural)
        {
            return NoMatch(out value);
        }

        if (unit.IsUnit(DateUnit.Century) && ordinal is >= 1 and <= 21)
        {
            value = new DateValue(DateGrain.Century, (ordinal - 1) * 100);
            return j + 1;
        }

        DateGrain grain;
        if (unit.IsUnit(DateUnit.Quarter) && ordinal is >= 1 and <= 4)
        {
            grain = DateGrain.Quarter;
        }
        else if (unit.IsUnit(DateUnit.Half) && ordinal is 1 or 2)
        {
            grain = DateGrain.Half;
        }
        else
        {
            return NoMatch(out value);
        }

        int end = j + 1;
        int year;
        var modifier = WordAt(end + 1);
        var yearWord = WordAt(end + 2);
        if (IsFunction(end, DateFunctionWord.Of) && TryYear(end + 1, out year))
        {
            end += 2;
        }
        else if (IsFunction(end, DateFunctionWord.Of) && modifier.Kind == DateWordKind.Modifier && yearWord.IsUnit(DateUnit.Year) && !yearWord.IsPlural)
        {
            year = _reference is { } r ? r.Year + modifier.Value : 0;
            end += 3;
            if (year == 0)
            {
                value = DateValue.Unknown;
                return end;
            }
        }
        else if (TryYear(end, out year))
        {
            end++;
        }
        else if (grain == DateGrain.Half)
        {
            return NoMatch(out value); // "the second half" alone is more often a match period than a date
        }
        else
        {
            year = _reference?.Year ?? 0;
        }

        value = new DateValue(grain, year, 0, 0, ordinal);
        return end;
    }

    /// <summary>A year in words, as broadcast transcripts write it: <c>nineteen ninety-six</c>, <c>nineteen eighty</c>,
    /// <c>twenty twenty-four</c>. Returns the index after it, or -1.</summary>
    private int MatchSpelledYear(int i, out int year)
    {
        year = 0;
        var century = WordAt(i);
        var tens = WordAt(i + 1);
        if (century.Kind != DateWordKind.Cardinal || century.Value is < 17 or > 20
            || tens.Kind != DateWordKind.Cardinal || tens.Value < 10 || (tens.Value >= 20 && tens.Value % 10 != 0))
        {
            return -1;
        }

        int end = i + 2;
        int units = 0;
        int afterHyphen = SkipHyphen(end);
        var unit = WordAt(afterHyphen);
        if (afterHyphen > end && tens.Value >= 20 && unit.Kind == DateWordKind.Cardinal && unit.Value is >= 1 and <= 9)
        {
            units = unit.Value;
            end = afterHyphen + 1;
        }

        year = (century.Value * 100) + tens.Value + units;
        return year is >= 1000 and <= 2100 ? end : -1;
    }

    /// <summary>A year after <c>the year</c>: digits (<c>2000</c>), words (<c>nineteen ninety-six</c>) or thousands in words
    /// (<c>two thousand</c>, <c>two thousand and five</c>). Returns the index after it, or -1.</summary>
    private int MatchYearNumber(int i, out int year)
    {
        if (TryYear(i, out year))
        {
            return i + 1;
        }

        int end = MatchSpelledYear(i, out year);
        if (end > i)
        {
            return end;
        }

        if (WordAt(i) is not { Kind: DateWordKind.Cardinal, Value: 1 or 2 } || !IsText(i + 1, "thousand"))
        {
            return -1;
        }

        year = WordAt(i).Value * 1000;
        end = i + 2;
        int k = IsText(end, "and") ? end + 1 : end;
        if (WordAt(k) is { Kind: DateWordKind.Cardinal, Value: >= 1 and <= 20 } units)
        {
            year += units.Value;
            end = k + 1;
        }

        return end;
    }

    /// <summary><c>summer 2024</c>, <c>spring of 1942</c>, and a bare season after <c>in</c>, <c>during</c>, <c>by</c>,
    /// <c>since</c> or <c>until</c> (<c>in spring</c>), resolved to the latest such season not after the reference date
    /// (or the coming one in a future clause).</summary>
    private int MatchSeason(int i, out DateValue value)
    {
        int season = WordAt(i).Value;
        int year;
        if (TryYear(i + 1, out year))
        {
            value = new DateValue(DateGrain.Season, year, 0, 0, season);
            return i + 2;
        }

        if (IsFunction(i + 1, DateFunctionWord.Of) && TryYear(i + 2, out year))
        {
            value = new DateValue(DateGrain.Season, year, 0, 0, season);
            return i + 3;
        }

        if (IsFunction(i + 1, DateFunctionWord.Of))
        {
            return NoMatch(out value); // "the fall of Rome"
        }

        if (i == 0 || !(IsText(i - 1, "in") || IsText(i - 1, "during") || IsText(i - 1, "by") || IsText(i - 1, "since") || IsText(i - 1, "until")))
        {
            return NoMatch(out value);
        }

        value = ResolveSeason(i, season);
        return i + 1;
    }

    private DateValue ResolveSeason(int i, int season)
    {
        if (_reference is not { } reference)
        {
            return DateValue.Unknown;
        }

        var (year, current) = DateCalendar.SeasonOf(reference);
        if (season > current && !IsFutureContext(i))
        {
            year--;
        }
        else if (season < current && IsFutureContext(i))
        {
            year++;
        }

        return new DateValue(DateGrain.Season, year, 0, 0, season);
    }

    /// <summary><c>fiscal 2025</c>, <c>fiscal year 2025</c>, <c>fiscal third quarter</c>.</summary>
    private int MatchFiscal(int i, out DateValue value)
    {
        int j = i + 1;
        var unit = WordAt(j);
        if (unit.IsUnit(DateUnit.Year) && !unit.IsPlural)
        {
            j++;
        }

        if (TryYear(j, out int year))
        {
            value = DateValue.OfYear(year);
            return j + 1;
        }

        return j == i + 1 ? MatchOrdinalPeriod(j, out value) : NoMatch(out value);
    }
}
