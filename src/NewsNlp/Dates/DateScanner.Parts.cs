namespace NewsNlp.Dates;

/// <content>A part of a period: <c>early 2024</c>, <c>mid-2023</c>, <c>late November</c>, <c>earlier this month</c>,
/// <c>late yesterday</c>, <c>later that year</c>.</content>
internal readonly ref partial struct DateScanner
{
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
}
