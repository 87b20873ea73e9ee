namespace NewsNlp.Dates;

/// <content>Named days: <c>yesterday</c>, <c>today</c>, <c>tomorrow</c>; weekdays (<c>Tuesday</c>, <c>Wednesday night</c>,
/// <c>Tuesday, December 9, 1997</c>, <c>Saturday 14 March</c>); holidays (<c>Christmas</c>, <c>Christmas Eve</c>,
/// <c>Thanksgiving Day</c>, <c>Easter Sunday</c>, <c>Halloween 2025</c>).</content>
internal readonly ref partial struct DateScanner
{
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
