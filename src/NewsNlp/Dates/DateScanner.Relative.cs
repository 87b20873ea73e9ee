using System.Collections.Frozen;
using System.Globalization;
using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <content>Relative and deictic dates: <c>yesterday</c>, <c>last Tuesday</c>, <c>two years ago</c>, <c>earlier this month</c>,
/// weekdays, holidays, and expressions that start with <c>the</c>.</content>
internal readonly ref partial struct DateScanner
{
    /// <summary>How many tokens before a weekday are searched for the tense of its clause.</summary>
    private const int TenseWindow = 12;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_futureMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "will", "'ll", "\u2019ll", "shall", "won't", "won\u2019t", "wo", "scheduled", "due", "expected", "upcoming", "going",
        "next", "soon", "could", "might",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_intentions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "planned", "plans", "plan", "planning", "set", "due", "scheduled", "expected", "going", "intends", "intended", "hopes",
        "hoped", "aims", "aimed", "wants", "wanted", "agreed", "promised", "vowed", "threatened", "pledged", "is", "are",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pastMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "said", "says", "was", "were", "had", "did", "told", "met", "made", "took", "came", "went", "began", "won", "lost",
        "fell", "rose", "left", "held", "gave", "saw", "last", "earlier", "ago", "since",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private int MatchRelativeDay(int i, out DateValue value)
    {
        value = _reference is { } reference ? DateValue.OfDay(reference.AddDays(WordAt(i).Value)) : DateValue.Unknown;
        return i + 1;
    }

    private int MatchWeekday(int i, out DateValue value)
    {
        // each Thursday, every Monday: a recurring day (a TimeML SET), not a date
        if (!IsCapitalized(i) || IsText(i - 1, "each") || IsText(i - 1, "every"))
        {
            return NoMatch(out value);
        }

        int weekday = WordAt(i).Value;
        int j = IsChar(i + 1, ',') ? i + 2 : i + 1;

        // Tuesday, December 9, 1997 · Friday Oct. 13 · Saturday 14 March
        var word = WordAt(j);
        if (word.Kind == DateWordKind.Month && IsCapitalized(j) && TryDay(j + 1, out int day))
        {
            return FinishMonthDay(i, j + 2, word.Value, day, out value);
        }

        var after = WordAt(j + 1);
        if (TryDay(j, out day) && after.Kind == DateWordKind.Month && IsCapitalized(j + 1))
        {
            return FinishMonthDay(i, j + 2, after.Value, day, out value);
        }

        // the Sunday Times, ABC's Monday Night Football: a capitalized word after the weekday makes it part of a name, unless
        // the weekday follows a verb or a preposition ("said Monday President Lee ...", "on Tuesday Mr. Kim ...").
        if (IsWordToken(i + 1) && !Touches(i) && IsCapitalized(i + 1) && !WordAt(i + 1).IsDateWord
            && (i == 0 || IsText(i - 1, "the") || IsText(i - 1, "a") || IsPossessive(i - 1)
                || (IsWordToken(i - 1) && IsCapitalized(i - 1) && !WordAt(i - 1).IsDateWord && !s_monthCues.Contains(TextOf(i - 1)))))
        {
            return NoMatch(out value);
        }

        value = ResolveWeekday(i, weekday);
        return WithDayTime(i + 1);
    }

    /// <summary>After a day: <c>Wednesday night</c>, <c>Friday morning</c>. TimeBank takes the part of the day into the
    /// expression; the value stays the day, since a value with a time of day would make it a TimeML TIME, not a DATE. Only
    /// the lower-case singular noun counts, so <c>Monday Night Football</c> and <c>Tuesday nights</c> (a recurring time)
    /// keep their old reading.</summary>
    /// <returns>The end of the expression: <paramref name="end"/>, or one past the part of the day.</returns>
    private int WithDayTime(int end) =>
        IsWordToken(end) && SkipHyphen(end + 1) == end + 1 && TextOf(end) is "morning" or "afternoon" or "evening" or "night" ? end + 1 : end;

    /// <summary>A bare weekday is the latest one on or before the reference date, unless its clause is about the future.</summary>
    private DateValue ResolveWeekday(int i, int weekday)
    {
        if (_reference is not { } reference)
        {
            return new DateValue(DateGrain.Weekday, 0, 0, 0, weekday);
        }

        return DateValue.OfDay(IsFutureContext(i) ? DateCalendar.After(reference, weekday) : DateCalendar.OnOrBefore(reference, weekday));
    }

    /// <summary>Looks back through the clause for the nearest tense marker; past when there is none.</summary>
    private bool IsFutureContext(int i)
    {
        int stop = Math.Max(0, i - TenseWindow);
        for (int k = i - 1; k >= stop; k--)
        {
            var token = _tokens[k];
            if (token.Kind == TokenKind.Punctuation && TextOf(k) is "." or "!" or "?" or ";")
            {
                return false;
            }

            if (token.Kind != TokenKind.Word || token.Length > 12)
            {
                continue;
            }

            var text = TextOf(k);
            if (s_futureMarkers.Contains(text))
            {
                return true;
            }

            // "planned to leave on Thursday", "is set to open in March": an intention or schedule points ahead
            if (text is "to" && k > 0 && _tokens[k - 1].Kind == TokenKind.Word && _tokens[k - 1].Length <= 12 && s_intentions.Contains(TextOf(k - 1)))
            {
                return true;
            }

            if (s_pastMarkers.Contains(text) || (text.Length >= 4 && text.EndsWith("ed", StringComparison.Ordinal)))
            {
                // "will be held", "is expected": a participle after "be" takes its tense from the auxiliary before it
                if (k > 0 && (IsText(k - 1, "be") || IsText(k - 1, "being")))
                {
                    continue;
                }

                return false;
            }
        }

        return false;
    }

    /// <summary><c>last week</c>, <c>this year</c>, <c>next Tuesday</c>, <c>last December</c>, <c>this past weekend</c>,
    /// <c>last year's fourth quarter</c>.</summary>
    private int MatchModifier(int i, out DateValue value)
    {
        var modifier = (DateModifier)WordAt(i).Value;
        int j = i + 1;
        if (modifier == DateModifier.This)
        {
            if (IsFunction(j, DateFunctionWord.Past))
            {
                modifier = DateModifier.Last;
                j++;
            }
            else if (IsFunction(j, DateFunctionWord.Coming))
            {
                modifier = DateModifier.Next;
                j++;
            }
        }

        var word = WordAt(j);

        // "ABC's This Week": a capitalized unit after a capitalized modifier inside a sentence is a title
        if (word.Kind == DateWordKind.Unit && IsCapitalized(j) && IsCapitalized(i) && !IsSentenceStart(i))
        {
            return NoMatch(out value);
        }

        switch (word.Kind)
        {
            case DateWordKind.Unit when !word.IsPlural && word.Unit is not (DateUnit.Day or DateUnit.Half):
                if (word.Unit == DateUnit.Year && IsPossessive(j + 1) && MatchOrdinalPeriod(j + 2, out value) > 0 && value.Grain == DateGrain.Quarter)
                {
                    int end = MatchOrdinalPeriod(j + 2, out value);
                    value = _reference is { } r ? DateValue.OfQuarter(r.Year + (int)modifier, value.Part) : DateValue.Unknown;
                    return end;
                }

                value = RelativeUnit(word.Unit, (int)modifier);
                return j + 1;

            case DateWordKind.Weekday when IsCapitalized(j):
                value = _reference is { } reference
                    ? DateValue.OfDay(modifier switch
                    {
                        DateModifier.Last => DateCalendar.Before(reference, word.Value),
                        DateModifier.Next => DateCalendar.After(reference, word.Value),
                        _ => DateCalendar.SameWeek(reference, word.Value),
                    })
                    : DateValue.Unknown;
                return WithDayTime(j + 1);

            case DateWordKind.Month when IsCapitalized(j):
                value = _reference is { } monthReference
                    ? DateValue.OfMonth(DateCalendar.YearOfMonth(monthReference, word.Value, modifier), word.Value)
                    : DateValue.Unknown;
                return j + 1;

            case DateWordKind.Season:
                value = _reference is { } seasonReference
                    ? new DateValue(DateGrain.Season, DateCalendar.YearOfSeason(seasonReference, word.Value, modifier), 0, 0, word.Value)
                    : DateValue.Unknown;
                return j + 1;
        }

        return NoMatch(out value);
    }

    /// <summary>The period <paramref name="offset"/> units away from the reference date's.</summary>
    private DateValue RelativeUnit(DateUnit unit, int offset)
    {
        if (_reference is not { } r)
        {
            return DateValue.Unknown;
        }

        switch (unit)
        {
            case DateUnit.Day:
                return DateValue.OfDay(r.AddDays(offset));
            case DateUnit.Week:
                return DateValue.OfWeek(r.AddDays(7 * offset));
            case DateUnit.Weekend:
                return DateValue.OfWeek(r.AddDays(7 * offset), weekend: true);
            case DateUnit.Month:
                var month = r.AddMonths(offset);
                return DateValue.OfMonth(month.Year, month.Month);
            case DateUnit.Quarter:
                int quarter = (r.Year * 4) + DateCalendar.QuarterOf(r) - 1 + offset;
                return DateValue.OfQuarter(quarter / 4, (quarter % 4) + 1);
            case DateUnit.Half:
                int half = (r.Year * 2) + ((r.Month - 1) / 6) + offset;
                return new DateValue(DateGrain.Half, half / 2, 0, 0, (half % 2) + 1);
            case DateUnit.Year:
                return DateValue.OfYear(r.Year + offset);
            case DateUnit.Decade:
                return new DateValue(DateGrain.Decade, ((r.Year / 10) + offset) * 10);
            case DateUnit.Century:
                return new DateValue(DateGrain.Century, ((r.Year / 100) + offset) * 100);
            default:
                return DateValue.Unknown;
        }
    }

    /// <summary><c>two years ago</c>, <c>about a week ago</c>, <c>a year earlier</c>, <c>several years ago</c>, <c>years ago</c>.</summary>
    private int MatchCount(int i, out DateValue value)
    {
        int j = i;
        if (IsFunction(j, DateFunctionWord.About))
        {
            j++;
        }

        var word = WordAt(j);
        int count;
        if (word.Kind == DateWordKind.Cardinal)
        {
            count = word.Value;
            j++;
            if (count == 1 && WordAt(j) is { Kind: DateWordKind.Cardinal, Value: -1 })
            {
                count = -1; // a few
                j++;
            }
        }
        else if (TryDigits(j, out count, out int digits) && digits <= 3 && count > 0)
        {
            j++;
        }
        else if (word.IsPlural)
        {
            count = -1; // years ago
        }
        else
        {
            return NoMatch(out value);
        }

        return MatchCountUnit(j, count, out value);
    }

    /// <summary>After a count: a unit and <c>ago</c>, <c>earlier</c> or <c>from now</c>.</summary>
    private int MatchCountUnit(int j, int count, out DateValue value)
    {
        var unit = WordAt(j);
        if (unit.Kind != DateWordKind.Unit || unit.Unit is DateUnit.Weekend or DateUnit.Half)
        {
            return NoMatch(out value);
        }

        int k = j + 1;
        int direction;
        if (IsFunction(k, DateFunctionWord.Ago) || WordAt(k) is { Kind: DateWordKind.Part, Value: (sbyte)DatePart.Earlier })
        {
            direction = -1;
            k++;
        }
        else if (IsFunction(k, DateFunctionWord.From) && IsFunction(k + 1, DateFunctionWord.Now))
        {
            direction = 1;
            k += 2;
        }
        else
        {
            return NoMatch(out value);
        }

        if (count < 0 || unit.Unit == DateUnit.Century)
        {
            value = new DateValue(direction < 0 ? DateGrain.PastRef : DateGrain.FutureRef);
            return k;
        }

        if (unit.Unit == DateUnit.Year && direction < 0 && IsQuarterReport())
        {
            // "profit fell from a year ago": in a quarterly report, the same quarter a year before the reported one
            value = RelativeUnit(DateUnit.Quarter, -1 - (4 * count));
            return k;
        }

        value = unit.Unit == DateUnit.Decade ? YearsAway(direction * count * 10) : RelativeUnit(unit.Unit, direction * count);
        return k;
    }

    /// <summary>Whether the document mentions a quarter (a quarterly report), so that <c>a year ago</c> means the same
    /// quarter a year before. Computed once per document, on first need.</summary>
    private bool IsQuarterReport()
    {
        if (_state.QuarterReport == 0)
        {
            _state.QuarterReport = 2;
            for (int k = 0; k < _tokens.Length; k++)
            {
                // "a quarter of the votes", "a quarter-point cut", "its quarter-century low" are fractions, not reporting periods
                if (_tokens[k].Kind == TokenKind.Word && _tokens[k].Length is 7 or 8 && TextOf(k).StartsWith("quarter", StringComparison.OrdinalIgnoreCase)
                    && WordAt(k - 1).Kind != DateWordKind.Cardinal && SkipHyphen(k + 1) == k + 1)
                {
                    _state.QuarterReport = 1;
                    break;
                }
            }
        }

        return _state.QuarterReport == 1;
    }

    /// <summary><c>year-earlier</c>, <c>year-ago</c>, optionally with <c>quarter</c> or <c>period</c>: the same period a year before.
    /// After <c>the</c> (<paramref name="withNoun"/>) the noun is required, since the article belongs to the date only then.</summary>
    private int MatchYearAgo(int i, bool withNoun, out DateValue value)
    {
        int k = SkipHyphen(i + 1);
        if (k == i + 1 || !(IsFunction(k, DateFunctionWord.Ago) || WordAt(k) is { Kind: DateWordKind.Part, Value: (sbyte)DatePart.Earlier }))
        {
            return NoMatch(out value);
        }

        int end = k + 1;

        // the year-earlier third quarter, the year-ago first half
        if (MatchOrdinalPeriod(end, out var period) == end + 2 && period.Grain is DateGrain.Quarter or DateGrain.Half)
        {
            value = _reference is { } r ? period with { Year = r.Year - 1 } : DateValue.Unknown;
            return end + 2;
        }

        bool quarter = IsQuarterReport();
        if (WordAt(end).IsUnit(DateUnit.Quarter) && !WordAt(end).IsPlural)
        {
            quarter = true;
            end++;
        }
        else if (IsText(end, "period"))
        {
            end++;
        }
        else if (withNoun)
        {
            return NoMatch(out value); // "the year-earlier level": the article is not part of the date
        }

        value = quarter ? RelativeUnit(DateUnit.Quarter, -5) : RelativeUnit(DateUnit.Year, -1);
        return end;
    }

    private DateValue YearsAway(int years) => _reference is { } r ? DateValue.OfYear(r.Year + years) : DateValue.Unknown;

    /// <summary><c>early 2024</c>, <c>mid-2023</c>, <c>late November</c>, <c>earlier this month</c>, <c>late yesterday</c>.</summary>
    private int MatchPart(int i, out DateValue value)
    {
        var part = (DatePart)WordAt(i).Value;
        int j = SkipHyphen(i + 1);
        var word = WordAt(j);
        int end;
        if (part is DatePart.Early or DatePart.Mid or DatePart.Late)
        {
            if (TryYear(j, out int year))
            {
                value = DateValue.OfYear(year);
                return j + 1;
            }

            if (TryDecade(j, out value))
            {
                return j + 1;
            }

            if (word.Kind == DateWordKind.Month && (end = MatchMonth(j, out value)) > j)
            {
                return end;
            }
        }

        if (word.Kind == DateWordKind.Modifier && (end = MatchModifier(j, out value)) > j)
        {
            return end;
        }

        if (word.Kind == DateWordKind.RelativeDay)
        {
            return MatchRelativeDay(j, out value);
        }

        // later that year, earlier that day
        if (part is DatePart.Earlier or DatePart.Later && word.Is(DateFunctionWord.That) && (end = MatchThat(j, out value)) > j)
        {
            return end;
        }

        // "late Monday", "earlier Sunday": the weekday alone is the date (the part is a time of day).
        return NoMatch(out value);
    }

    /// <summary><c>the 1990s</c>, <c>the early ’90s</c>, <c>the nineties</c>, <c>the third quarter of 2025</c>, <c>the 20th century</c>,
    /// <c>the latest quarter</c>, <c>the end of 2024</c>, <c>the summer of 2024</c>.</summary>
    private int MatchThe(int i, out DateValue value)
    {
        int j = i + 1;
        var word = WordAt(j);
        int year;
        if (TryDecade(j, out value))
        {
            return j + 1;
        }

        // Fast exit for the common case: "the" before an ordinary word.
        if (word.Kind == DateWordKind.None && ((uint)j >= (uint)_tokens.Length || _tokens[j].Kind != TokenKind.Number)
            && !IsText(j, "following") && !IsText(j, "preceding"))
        {
            return NoMatch(out value);
        }

        if (word.Kind == DateWordKind.DecadeWord)
        {
            value = new DateValue(DateGrain.Decade, 1900 + (10 * word.Value));
            return j + 1;
        }

        if (word is { Kind: DateWordKind.Part, Value: (sbyte)DatePart.Early or (sbyte)DatePart.Mid or (sbyte)DatePart.Late })
        {
            int k = SkipHyphen(j + 1);
            if (TryDecade(k, out value))
            {
                return k + 1;
            }

            var decade = WordAt(k);
            if (decade.Kind == DateWordKind.DecadeWord)
            {
                value = new DateValue(DateGrain.Decade, 1900 + (10 * decade.Value));
                return k + 1;
            }

            return NoMatch(out value);
        }

        // the 27th of November
        if (TryDay(j, out _) && char.IsAsciiLetter(_text[_tokens[j].End - 1]) && IsFunction(j + 1, DateFunctionWord.Of)
            && MatchNumber(j, out value) is int dayEnd && dayEnd > j + 2)
        {
            return dayEnd;
        }

        // "the third-quarter results": the article belongs to the noun, not to the date
        if (TryOrdinal(j, out _) && SkipHyphen(j + 1) != j + 1)
        {
            return NoMatch(out value);
        }

        int end = MatchOrdinalPeriod(j, out value);
        if (end > j)
        {
            return YearBefore(end, ref value);
        }

        // the year-earlier quarter, the year-ago period
        if (word.IsUnit(DateUnit.Year) && (end = MatchYearAgo(j, withNoun: true, out value)) > j)
        {
            return end;
        }

        // the year 2000, the year two thousand
        if (word.IsUnit(DateUnit.Year) && !word.IsPlural && (end = MatchYearNumber(j + 1, out year)) > j + 1)
        {
            value = DateValue.OfYear(year);
            return end;
        }

        // the weekend ("the year" alone is too often generic: "player of the year")
        if (word.IsUnit(DateUnit.Weekend))
        {
            value = _reference is { } r
                ? DateValue.OfWeek(IsFutureContext(i) ? DateCalendar.After(r, 6) : DateCalendar.OnOrBefore(r, 6), weekend: true)
                : DateValue.Unknown;
            return j + 1;
        }

        // the 1989 third quarter
        if (TryYear(j, out year) && (end = MatchOrdinalPeriod(j + 1, out value)) > j + 1 && value.Grain is DateGrain.Quarter or DateGrain.Half)
        {
            value = value with { Year = year };
            return end;
        }

        // the 1988 period, the 1988 quarter: in a quarterly report, the reported quarter of that year
        if (TryYear(j, out year) && (IsText(j + 1, "period") || (WordAt(j + 1).IsUnit(DateUnit.Quarter) && !WordAt(j + 1).IsPlural)))
        {
            value = _reference is not null && IsQuarterReport()
                ? DateValue.OfQuarter(year, RelativeUnit(DateUnit.Quarter, -1).Part)
                : DateValue.OfYear(year);
            return j + 2;
        }

        // the fiscal first quarter, the fiscal year 2025
        if (word.Is(DateFunctionWord.Fiscal) && (end = MatchFiscal(j, out value)) > j)
        {
            return end;
        }

        // the latest quarter, the current year, the quarter
        if (word.Is(DateFunctionWord.Latest))
        {
            int u = IsFunction(j + 1, DateFunctionWord.Fiscal) ? j + 2 : j + 1; // the current fiscal year
            var unit = WordAt(u);
            if (IsText(u, "period"))
            {
                value = RelativeUnit(DateUnit.Quarter, -1);
                return u + 1;
            }

            if (!unit.IsPlural && unit.Unit is DateUnit.Quarter or DateUnit.Year or DateUnit.Month or DateUnit.Week)
            {
                bool current = IsText(j, "current") || unit.Unit != DateUnit.Quarter;
                value = RelativeUnit(unit.Unit, current ? 0 : -1);
                return u + 1;
            }

            return NoMatch(out value);
        }

        if (word.IsUnit(DateUnit.Quarter) && !word.IsPlural && !IsFunction(j + 1, DateFunctionWord.Of) && !IsChar(j + 1, '-'))
        {
            value = RelativeUnit(DateUnit.Quarter, -1);
            return YearBefore(j + 1, ref value);
        }

        // the end of 2024, the beginning of March, the middle of next year, the end of the year
        if (word.Is(DateFunctionWord.Boundary) && IsFunction(j + 1, DateFunctionWord.Of))
        {
            int k = j + 2;
            var unit = WordAt(k + 1);
            if (IsFunction(k, DateFunctionWord.The) && !unit.IsPlural && unit.Unit is DateUnit.Year or DateUnit.Month or DateUnit.Week or DateUnit.Quarter or DateUnit.Decade or DateUnit.Century)
            {
                value = RelativeUnit(unit.Unit, 0);
                return k + 2;
            }

            if (IsFunction(k, DateFunctionWord.The))
            {
                return NoMatch(out value);
            }

            if (TryMatch(k, out end, out value) && !value.IsInvalid)
            {
                return end;
            }

            return NoMatch(out value);
        }

        // the summer of 2024, the summer
        if (word.Kind == DateWordKind.Season)
        {
            if (IsFunction(j + 1, DateFunctionWord.Of) && TryYear(j + 2, out year))
            {
                value = new DateValue(DateGrain.Season, year, 0, 0, word.Value);
                return j + 3;
            }

            if (IsFunction(j + 1, DateFunctionWord.Of))
            {
                return NoMatch(out value); // "the fall of France"
            }

            value = ResolveSeason(j, word.Value);
            return j + 1;
        }

        // the last decade, the past year: the determiner belongs to the date, which is the period before the reference
        // date's ("the last week of June", "the past two years" are not this)
        if ((word is { Kind: DateWordKind.Modifier, Value: (sbyte)DateModifier.Last } && IsText(j, "last")) || word.Is(DateFunctionWord.Past))
        {
            var unit = WordAt(j + 1);
            if (!unit.IsPlural && unit.Unit is DateUnit.Week or DateUnit.Month or DateUnit.Quarter or DateUnit.Year or DateUnit.Decade or DateUnit.Century
                && !IsFunction(j + 2, DateFunctionWord.Of) && !IsChar(j + 2, '-'))
            {
                value = RelativeUnit(unit.Unit, -1);
                return j + 2;
            }
        }

        // the next day, the following year, the previous month: anchored to the story's own time
        if ((word is { Kind: DateWordKind.Modifier } && word.Value != (sbyte)DateModifier.This && !IsText(j, "last")) || IsText(j, "following") || IsText(j, "preceding"))
        {
            var unit = WordAt(j + 1);
            if (!unit.IsPlural && unit.Unit is DateUnit.Day or DateUnit.Week or DateUnit.Month or DateUnit.Year)
            {
                value = StoryPeriod(unit.Unit, word.Value == (sbyte)DateModifier.Next || IsText(j, "following") ? 1 : -1);
                return j + 2;
            }
        }

        // the same day, the same year
        if (IsText(j, "same") && IsAnaphoricUnit(j + 1))
        {
            value = StoryPeriod(WordAt(j + 1).Unit, 0);
            return j + 2;
        }

        return NoMatch(out value);
    }

    /// <summary>After a quarter or half: <c>a year ago</c> or <c>a year earlier</c> (<c>the quarter a year ago</c>) makes
    /// one expression, the same period a year before.</summary>
    /// <returns>The end of the expression: <paramref name="end"/>, or one past <c>ago</c>.</returns>
    private int YearBefore(int end, ref DateValue value)
    {
        if (WordAt(end) is not { Kind: DateWordKind.Cardinal, Value: 1 } || !WordAt(end + 1).IsUnit(DateUnit.Year) || WordAt(end + 1).IsPlural
            || !(IsFunction(end + 2, DateFunctionWord.Ago) || WordAt(end + 2) is { Kind: DateWordKind.Part, Value: (sbyte)DatePart.Earlier }))
        {
            return end;
        }

        if (value.Grain is DateGrain.Quarter or DateGrain.Half && value.Year > 1)
        {
            value = value with { Year = value.Year - 1 };
        }

        return end + 3;
    }

    /// <summary><c>that year</c>, <c>that same day</c>, <c>that quarter</c>: the period of the story's latest date.</summary>
    private int MatchThat(int i, out DateValue value)
    {
        int j = IsText(i + 1, "same") ? i + 2 : i + 1;
        if (!IsAnaphoricUnit(j))
        {
            return NoMatch(out value);
        }

        value = StoryPeriod(WordAt(j).Unit, 0);
        return j + 1;
    }

    /// <summary>A singular unit an anaphoric date can name, not the first part of a compound (<c>that year-end</c>).</summary>
    private bool IsAnaphoricUnit(int i)
    {
        var unit = WordAt(i);
        return !unit.IsPlural && unit.Unit is DateUnit.Day or DateUnit.Week or DateUnit.Month or DateUnit.Quarter or DateUnit.Year
            && SkipHyphen(i + 1) == i + 1;
    }

    /// <summary>The period <paramref name="offset"/> units away from the one of the story's latest date (see
    /// <see cref="DateScanState.Story"/>) that contains it; before the story's first date, the reference date stands in.
    /// Unknown when the story's date is coarser than the unit (<c>the next day</c> after <c>June 1998</c>).</summary>
    private DateValue StoryPeriod(DateUnit unit, int offset)
    {
        var anchor = _state.Story;
        if (anchor.Grain == DateGrain.None)
        {
            if (_reference is not { } reference)
            {
                return DateValue.Unknown;
            }

            anchor = DateValue.OfDay(reference);
        }

        bool isDay = anchor.Grain == DateGrain.Day && DateCalendar.IsValid(anchor.Year, anchor.Month, anchor.Day);
        var day = isDay ? new DateOnly(anchor.Year, anchor.Month, anchor.Day) : default;
        switch (unit)
        {
            case DateUnit.Year:
                return DateValue.OfYear(anchor.Year + offset);
            case DateUnit.Quarter when anchor.Grain is DateGrain.Day or DateGrain.Month or DateGrain.Quarter:
                int quarter = (anchor.Year * 4) + (anchor.Grain == DateGrain.Quarter ? anchor.Part : ((anchor.Month - 1) / 3) + 1) - 1 + offset;
                return DateValue.OfQuarter(quarter / 4, (quarter % 4) + 1);
            case DateUnit.Month when anchor.Grain is DateGrain.Day or DateGrain.Month:
                int month = (anchor.Year * 12) + anchor.Month - 1 + offset;
                return DateValue.OfMonth(month / 12, (month % 12) + 1);
            case DateUnit.Week when isDay:
                return DateValue.OfWeek(day.AddDays(7 * offset));
            case DateUnit.Week when anchor.Grain is DateGrain.Week or DateGrain.Weekend:
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(anchor.Year, anchor.Part, DayOfWeek.Monday));
                return DateValue.OfWeek(monday.AddDays(7 * offset));
            case DateUnit.Day when isDay:
                return DateValue.OfDay(day.AddDays(offset));
            default:
                return DateValue.Unknown;
        }
    }

    /// <summary><c>Christmas</c>, <c>Christmas Eve</c>, <c>Thanksgiving Day</c>, <c>Easter Sunday</c>, <c>Halloween 2025</c>.</summary>
    private int MatchHoliday(int i, out DateValue value)
    {
        if (!IsCapitalized(i))
        {
            return NoMatch(out value);
        }

        var holiday = (Holiday)WordAt(i).Value;
        int end = i + 1;
        int shift = 0;
        if (IsFunction(end, DateFunctionWord.Eve) && IsCapitalized(end))
        {
            shift = -1;
            end++;
        }
        else if ((IsText(end, "Day") || (holiday == Holiday.Easter && IsText(end, "Sunday"))) && IsCapitalized(end))
        {
            end++;
        }

        if (TryYear(end, out int year))
        {
            value = DateValue.OfDay(DateCalendar.HolidayDate(holiday, year).AddDays(shift));
            return end + 1;
        }

        value = _reference is { } reference ? DateValue.OfDay(DateCalendar.NearestHoliday(holiday, reference).AddDays(shift)) : DateValue.Unknown;
        return end;
    }
}
