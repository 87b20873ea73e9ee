using System.Globalization;

namespace NewsNlp.Dates;

/// <content>Dates anchored to the story's latest date rather than to the reference date: <c>that year</c>,
/// <c>that same day</c>, <c>that quarter</c>; and the story-period arithmetic that <c>the next day</c>, <c>the same year</c>
/// and <c>of that year</c> use too.</content>
internal readonly ref partial struct DateScanner
{
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
}
