namespace NewsNlp.Dates;

/// <content>Seasons: <c>summer 2024</c>, <c>spring of 1942</c>, and a bare season after a preposition (<c>in spring</c>),
/// resolved against the reference date.</content>
internal readonly ref partial struct DateScanner
{
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
}
