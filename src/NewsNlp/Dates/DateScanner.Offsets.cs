using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <content>Counted offsets from the reference date: <c>two years ago</c>, <c>about a week ago</c>, <c>10 days ago</c>,
/// <c>a year earlier</c>, <c>three months from now</c>, <c>years ago</c>; and the period a year before (<c>year-earlier</c>,
/// <c>year-ago quarter</c>), the same quarter a year before in a quarterly report.</content>
internal readonly ref partial struct DateScanner
{
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
}
