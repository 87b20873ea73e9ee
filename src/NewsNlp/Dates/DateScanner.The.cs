using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <content>Expressions that start with <c>the</c>: <c>the 1990s</c>, <c>the early ’90s</c>, <c>the nineties</c>,
/// <c>the 27th of November</c>, <c>the third quarter of 2025</c>, <c>the quarter a year ago</c>, <c>the year 2000</c>,
/// <c>the weekend</c>, <c>the latest quarter</c>, <c>the end of 2024</c>, <c>the summer of 2024</c>, <c>the past year</c>,
/// <c>the next day</c>, <c>the same year</c>.</content>
internal readonly ref partial struct DateScanner
{
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
}
