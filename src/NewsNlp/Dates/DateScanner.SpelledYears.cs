namespace NewsNlp.Dates;

/// <content>Years written in words, as broadcast transcripts write them: <c>nineteen ninety-six</c>,
/// <c>twenty twenty-four</c>, and after <c>the year</c> also <c>two thousand</c> and <c>two thousand and five</c>.</content>
internal readonly ref partial struct DateScanner
{
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
}
