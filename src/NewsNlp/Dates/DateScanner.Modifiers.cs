namespace NewsNlp.Dates;

/// <content>Periods named from the reference date by a modifier: <c>last week</c>, <c>this year</c>, <c>next Tuesday</c>,
/// <c>last December</c>, <c>this past weekend</c>, <c>next summer</c>, <c>last year's fourth quarter</c>; and the period
/// arithmetic around the reference date that other families share.</content>
internal readonly ref partial struct DateScanner
{
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
}
