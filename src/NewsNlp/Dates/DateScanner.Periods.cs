using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <content>Periods longer than a month: decades and centuries (<c>1990s</c>, <c>1800s</c>, <c>’90s</c>, <c>20th century</c>),
/// quarters and halves (<c>third quarter of 2025</c>, <c>third-quarter</c>, <c>first half</c>, <c>Q3</c>, <c>H1 2025</c>) and
/// fiscal years (<c>fiscal 2025</c>, <c>fiscal year 2025</c>, <c>FY2025</c>, <c>fiscal third quarter</c>).</content>
internal readonly ref partial struct DateScanner
{
    /// <summary><c>1990s</c> (decade), <c>1800s</c> (century), <c>’90s</c>.</summary>
    private bool TryDecade(int i, out DateValue value)
    {
        value = default;
        if ((uint)i >= (uint)_tokens.Length)
        {
            return false;
        }

        var s = TextOf(i);
        if (_tokens[i].Kind == TokenKind.Number && s.Length == 5 && s[4] == 's' && TryParseDigits(s[..4], out int year))
        {
            if (year % 10 != 0 || year is < 1000 or > 2100)
            {
                return false;
            }

            value = year % 100 == 0 && year != 2000 ? new DateValue(DateGrain.Century, year) : new DateValue(DateGrain.Decade, year);
            return true;
        }

        if (_tokens[i].Kind == TokenKind.Word && s.Length == 4 && s[0] is '\'' or '\u2019' && s[3] is 's' && TryParseDigits(s[1..3], out int yy) && yy % 10 == 0)
        {
            value = new DateValue(DateGrain.Decade, yy <= 10 ? 2000 + yy : 1900 + yy);
            return true;
        }

        return false;
    }

    private static bool TryParseDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return s.Length > 0;
    }

    /// <summary>Words the lexicon does not know but that are dates by shape: <c>Q3</c>, <c>H1 2025</c>, <c>FY2025</c>, <c>’90s</c>.</summary>
    private int MatchCode(int i, out DateValue value)
    {
        var s = TextOf(i);
        if (s.Length == 2 && s[0] is 'Q' or 'H' && s[1] is >= '1' and <= '4')
        {
            bool half = s[0] == 'H';
            int part = s[1] - '0';
            if (half && part > 2)
            {
                return NoMatch(out value);
            }

            int end = i + 1;
            int year;
            if (TryYear(end, out year))
            {
                end++;
            }
            else if (IsFunction(end, DateFunctionWord.Of) && TryYear(end + 1, out year))
            {
                end += 2;
            }
            else if (half)
            {
                return NoMatch(out value); // H1 alone is too often something else
            }
            else
            {
                year = _reference?.Year ?? 0;
            }

            value = new DateValue(half ? DateGrain.Half : DateGrain.Quarter, year, 0, 0, part);
            return end;
        }

        if (s.Length == 6 && s.StartsWith("FY", StringComparison.Ordinal) && TryParseDigits(s[2..], out int fiscalYear) && fiscalYear is >= 1000 and <= 2100)
        {
            value = DateValue.OfYear(fiscalYear);
            return i + 1;
        }

        return TryDecade(i, out value) ? i + 1 : NoMatch(out value);
    }

    /// <summary><c>third quarter [of 2025]</c>, <c>third-quarter</c>, <c>first half</c>, <c>20th century</c>.</summary>
    private int MatchOrdinalPeriod(int i, out DateValue value)
    {
        if (!TryOrdinal(i, out int ordinal))
        {
            return NoMatch(out value);
        }

        int j = SkipHyphen(i + 1);
        var unit = WordAt(j);
        if (unit.IsPlural)
        {
            return NoMatch(out value);
        }

        if (unit.IsUnit(DateUnit.Century) && ordinal is >= 1 and <= 21)
        {
            value = new DateValue(DateGrain.Century, (ordinal - 1) * 100);
            return j + 1;
        }

        DateGrain grain;
        if (unit.IsUnit(DateUnit.Quarter) && ordinal is >= 1 and <= 4)
        {
            grain = DateGrain.Quarter;
        }
        else if (unit.IsUnit(DateUnit.Half) && ordinal is 1 or 2)
        {
            grain = DateGrain.Half;
        }
        else
        {
            return NoMatch(out value);
        }

        int end = j + 1;
        int year;
        var modifier = WordAt(end + 1);
        var yearWord = WordAt(end + 2);
        if (IsFunction(end, DateFunctionWord.Of) && TryYear(end + 1, out year))
        {
            end += 2;
        }
        else if (IsFunction(end, DateFunctionWord.Of) && modifier.Kind == DateWordKind.Modifier && yearWord.IsUnit(DateUnit.Year) && !yearWord.IsPlural)
        {
            year = _reference is { } r ? r.Year + modifier.Value : 0;
            end += 3;
            if (year == 0)
            {
                value = DateValue.Unknown;
                return end;
            }
        }
        else if (TryYear(end, out year))
        {
            end++;
        }
        else if (grain == DateGrain.Half)
        {
            return NoMatch(out value); // "the second half" alone is more often a match period than a date
        }
        else
        {
            year = _reference?.Year ?? 0;
        }

        value = new DateValue(grain, year, 0, 0, ordinal);
        return end;
    }

    /// <summary><c>fiscal 2025</c>, <c>fiscal year 2025</c>, <c>fiscal third quarter</c>.</summary>
    private int MatchFiscal(int i, out DateValue value)
    {
        int j = i + 1;
        var unit = WordAt(j);
        if (unit.IsUnit(DateUnit.Year) && !unit.IsPlural)
        {
            j++;
        }

        if (TryYear(j, out int year))
        {
            value = DateValue.OfYear(year);
            return j + 1;
        }

        return j == i + 1 ? MatchOrdinalPeriod(j, out value) : NoMatch(out value);
    }
}
