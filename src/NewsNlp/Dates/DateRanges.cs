using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <summary>Joins a date and what continues it into one range: <c>June 2-12</c>, <c>Sept. 24-25, 2023</c>,
/// <c>Oct. 20 to Nov. 5</c>, <c>2019–2021</c>. The range is one DATE whose value is an ISO-8601 interval
/// (<c>2024-06-02/2024-06-12</c>) when both ends have values.</summary>
/// <remarks>Connectors are a dash or hyphen, <c>to</c>, <c>through</c>, <c>thru</c> and <c>until</c>; <c>and</c> is not one,
/// since <c>Monday and Tuesday</c> names two days. Looks at most five tokens past the first date.</remarks>
internal static class DateRanges
{
    /// <summary>Extends the match <c>[start, end)</c> with value <paramref name="first"/> over a range continuation.</summary>
    /// <returns><see langword="true"/> when the range is longer than the first date; <paramref name="end"/> and
    /// <paramref name="value"/> then describe the whole range.</returns>
    public static bool TryExtend(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref DateScanner scanner, ref int end, DateValue first, out string? value)
    {
        value = null;
        if (end >= tokens.Length)
        {
            return false;
        }

        var connector = Text(text, tokens[end]);
        bool dash = connector is "-" or "\u2013" or "\u2014";
        if (!dash && !IsWordConnector(connector))
        {
            return false;
        }

        // A day after a dash, when the first date ends with its day: June 2-12, Sept. 24-25, 2023 (not 14 August-24 August).
        if (dash && first.Grain == DateGrain.Day && char.IsDigit(text[tokens[end - 1].Start]) && end + 1 < tokens.Length && tokens[end + 1].Start == tokens[end].End
            && TryDay(Text(text, tokens[end + 1]), out int lastDay) && lastDay > first.Day && lastDay <= 31
            && !(end + 2 < tokens.Length && scanner.TryMatch(end + 1, out _, out _)))
        {
            int rangeEnd = end + 2;
            var start = first;
            if (TryYearAfterComma(text, tokens, rangeEnd, out int year))
            {
                start = first with { Year = year };
                rangeEnd += 2;
            }

            if (start.Year > 0 && lastDay > DateTime.DaysInMonth(start.Year, start.Month))
            {
                return false;
            }

            end = rangeEnd;
            value = Interval(start, start with { Day = lastDay });
            return true;
        }

        // A second date after a connector: Oct. 20 to Nov. 5, 2019-2021, Monday through Friday.
        if (end + 1 < tokens.Length && scanner.TryMatch(end + 1, out int secondEnd, out var second) && !second.IsInvalid && secondEnd - end <= 5)
        {
            if (dash && !SameKind(first, second))
            {
                return false;
            }

            end = secondEnd;
            value = Interval(first, second);
            return true;
        }

        return false;
    }

    private static bool IsWordConnector(ReadOnlySpan<char> word) =>
        word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("through", StringComparison.OrdinalIgnoreCase)
        || word.Equals("thru", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase);

    // A dash joins like with like (2019-2021, Monday-Friday); it is also a sentence dash before an unrelated date.
    private static bool SameKind(DateValue a, DateValue b) => a.Grain == b.Grain;

    private static string? Interval(DateValue from, DateValue to)
    {
        // A second end without a year takes the first's (Oct. 20, 2019 to Nov. 5).
        if (to.Year == 0 && from.Year != 0 && to.Grain is DateGrain.Day or DateGrain.Month)
        {
            to = to with { Year = from.Year };
        }

        string? a = from.Format();
        string? b = to.Format();
        return a is null || b is null ? a : a + "/" + b;
    }

    private static bool TryYearAfterComma(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, out int year)
    {
        year = 0;
        if (index + 1 >= tokens.Length || !Text(text, tokens[index]).SequenceEqual(","))
        {
            return false;
        }

        var digits = Text(text, tokens[index + 1]);
        return digits.Length == 4 && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
            && year is >= 1000 and <= 2999;
    }

    private static bool TryDay(ReadOnlySpan<char> digits, out int day) =>
        int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out day) && digits.Length <= 2;

    private static ReadOnlySpan<char> Text(ReadOnlySpan<char> text, Token token) => text[token.Start..token.End];
}
