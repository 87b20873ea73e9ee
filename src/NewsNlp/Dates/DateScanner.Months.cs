using System.Collections.Frozen;

namespace NewsNlp.Dates;

/// <content>Dates led by a month name: <c>November 27, 2026</c>, <c>March 2024</c>, <c>March of 2024</c>,
/// <c>January nineteen ninety-seven</c>, <c>June last year</c>, <c>August of that year</c>, and a bare month where it cannot be
/// a name; and the year that may follow a month and a day, shared with day-first and weekday-led dates.</content>
internal readonly ref partial struct DateScanner
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_monthCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "in", "since", "until", "till", "by", "of", "from", "through", "to", "during", "before", "after", "early", "late",
        "mid", "last", "next", "this", "end", "each", "every", "-", "between", "and", "or", "on", "for", "throughout",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

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
            int nearest = DateCalendar.YearOfYearless(reference, month, day, TenseOf(start));
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
            ? DateValue.OfMonth(DateCalendar.YearOfYearless(reference, month, 0, TenseOf(i)), month)
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
}
