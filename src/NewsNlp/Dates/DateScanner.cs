using NewsNlp.Tokenization;

namespace NewsNlp.Dates;

/// <summary>A hand-written, linear-time matcher of date expressions over a document's tokens.</summary>
/// <remarks>Each match starts at one token and looks at most a small, fixed number of tokens ahead (no backtracking
/// over the text), so scanning a document costs O(tokens). Nothing is allocated except the value strings of matches.
/// The grammar lives in the partial files, one family of expressions each: <c>DateScanner.Numeric.cs</c> (dates led by a
/// number), <c>DateScanner.Months.cs</c> (dates led by a month), <c>DateScanner.Periods.cs</c> (decades, centuries,
/// quarters, halves, fiscal years), <c>DateScanner.SpelledYears.cs</c>, <c>DateScanner.Seasons.cs</c>,
/// <c>DateScanner.Days.cs</c> (relative days, weekdays, holidays), <c>DateScanner.Modifiers.cs</c> (<c>last week</c>),
/// <c>DateScanner.Offsets.cs</c> (<c>two years ago</c>), <c>DateScanner.Parts.cs</c> (<c>early 2024</c>),
/// <c>DateScanner.The.cs</c> (expressions after <c>the</c>) and <c>DateScanner.Anaphora.cs</c> (<c>that year</c>);
/// <c>DateScanner.Tense.cs</c> holds the clause-tense test they share.</remarks>
internal readonly ref partial struct DateScanner
{
    /// <summary>Reference dates outside (<see cref="MinReferenceYear"/>, <see cref="MaxReferenceYear"/>) are ignored.</summary>
    private const int MinReferenceYear = 1;

    /// <summary>The exclusive upper bound of usable reference years.</summary>
    private const int MaxReferenceYear = 9998;

    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly DateOnly? _reference;
    private readonly DateOrder _order;
    private readonly ref DateScanState _state;

    /// <summary>Creates a scanner over one document.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="reference">The date relative expressions are resolved against, if known.</param>
    /// <param name="order">How ambiguous numeric dates are read.</param>
    /// <param name="state">A caller's local, zero at first, where document-wide facts are cached once computed and the
    /// story's latest date is kept (see <see cref="Remember"/>).</param>
    public DateScanner(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, DateOnly? reference, DateOrder order, ref DateScanState state)
    {
        _text = text;
        _tokens = tokens;
        _reference = reference is { Year: > MinReferenceYear and < MaxReferenceYear } ? reference : null; // keeps date arithmetic in range
        _order = order;
        _state = ref state;
    }

    /// <summary>Records a reported match as the story's latest date when its year is known, so that later anaphoric dates
    /// (<c>the next day</c>, <c>that year</c>) resolve against it.</summary>
    /// <param name="value">The value of the match just reported.</param>
    public void Remember(DateValue value)
    {
        if (value.Year is > MinReferenceYear and < MaxReferenceYear
            && value.Grain is DateGrain.Day or DateGrain.Week or DateGrain.Weekend or DateGrain.Month or DateGrain.Quarter
                or DateGrain.Half or DateGrain.Season or DateGrain.Year)
        {
            _state.Story = value;
        }
    }

    /// <summary>Tries to match a date expression that starts at token <paramref name="start"/>.</summary>
    /// <param name="start">The first token of the candidate expression.</param>
    /// <param name="end">One past the last token of the match.</param>
    /// <param name="value">The normalized value; <see cref="DateValue.IsInvalid"/> for impossible dates, which the caller
    /// skips without reporting.</param>
    /// <returns><see langword="true"/> when an expression starts here.</returns>
    public bool TryMatch(int start, out int end, out DateValue value)
    {
        var kind = _tokens[start].Kind;
        end = kind switch
        {
            TokenKind.Number => MatchNumber(start, out value),
            TokenKind.Word => MatchWord(start, out value),
            _ => NoMatch(out value),
        };
        return end > start;
    }

    private static int NoMatch(out DateValue value)
    {
        value = default;
        return -1;
    }

    private int MatchWord(int i, out DateValue value)
    {
        var word = WordAt(i);
        switch (word.Kind)
        {
            case DateWordKind.None:
                return MatchCode(i, out value);
            case DateWordKind.Month:
                return MatchMonth(i, out value);
            case DateWordKind.Weekday:
                return MatchWeekday(i, out value);
            case DateWordKind.RelativeDay:
                return MatchRelativeDay(i, out value);
            case DateWordKind.Modifier:
                return MatchModifier(i, out value);
            case DateWordKind.Part:
                return MatchPart(i, out value);
            case DateWordKind.Ordinal:
                return MatchOrdinalPeriod(i, out value);
            case DateWordKind.Cardinal:
                int spelled = MatchSpelledYear(i, out int year);
                if (spelled > i)
                {
                    value = DateValue.OfYear(year);
                    return spelled;
                }

                return MatchCount(i, out value);
            case DateWordKind.Unit when word.IsPlural:
                return MatchCount(i, out value);
            case DateWordKind.Unit when word.Unit == DateUnit.Year && IsPossessive(i + 1) && IsText(i + 2, "end"):
                value = RelativeUnit(DateUnit.Year, 0); // by year's end: the end of the current year, as "the end of the year"
                return i + 3;
            case DateWordKind.Unit when word.Unit == DateUnit.Year:
                return MatchYearAgo(i, withNoun: false, out value);
            case DateWordKind.Holiday:
                return MatchHoliday(i, out value);
            case DateWordKind.Season:
                return MatchSeason(i, out value);
            case DateWordKind.Function:
                switch ((DateFunctionWord)word.Value)
                {
                    case DateFunctionWord.The:
                        return MatchThe(i, out value);
                    case DateFunctionWord.Fiscal:
                        return MatchFiscal(i, out value);
                    case DateFunctionWord.About:
                        return MatchCount(i, out value);
                    case DateFunctionWord.That:
                        return MatchThat(i, out value);
                }

                break;
        }

        return NoMatch(out value);
    }

    private int Count => _tokens.Length;

    private ReadOnlySpan<char> TextOf(int i) => _text[_tokens[i].Start.._tokens[i].End];

    private DateWord WordAt(int i) => (uint)i < (uint)_tokens.Length && _tokens[i].Kind == TokenKind.Word ? DateLexicon.Lookup(TextOf(i)) : default;

    private bool IsFunction(int i, DateFunctionWord word) => WordAt(i).Is(word);

    private bool IsCapitalized(int i) => (uint)i < (uint)_tokens.Length && char.IsUpper(_text[_tokens[i].Start]);

    private bool IsChar(int i, char c) => (uint)i < (uint)_tokens.Length && _tokens[i].Length == 1 && _text[_tokens[i].Start] == c;

    /// <summary>Whether token <paramref name="i"/> and the next one touch (no space between them).</summary>
    private bool Touches(int i) => i >= 0 && i + 1 < _tokens.Length && _tokens[i].End == _tokens[i + 1].Start;

    /// <summary>Steps over a hyphen glued to both neighbours (<c>mid-2023</c>, <c>third-quarter</c>).</summary>
    private int SkipHyphen(int i) => (IsChar(i, '-') || IsChar(i, '\u2010')) && Touches(i - 1) && Touches(i) ? i + 1 : i;

    private bool IsPossessive(int i) => (uint)i < (uint)_tokens.Length && TextOf(i) is "'s" or "\u2019s";

    /// <summary>Whether token <paramref name="i"/> starts a sentence (first token, or after sentence-final punctuation or a quote).</summary>
    private bool IsSentenceStart(int i) => i == 0 || (_tokens[i - 1].Kind == TokenKind.Punctuation && TextOf(i - 1) is "." or "!" or "?" or "\"" or "\u201C" or ":");

    private bool IsWordToken(int i) => (uint)i < (uint)_tokens.Length && _tokens[i].Kind == TokenKind.Word;

    private bool IsText(int i, string word) => (uint)i < (uint)_tokens.Length && TextOf(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>A number token made only of ASCII digits (at most nine).</summary>
    private bool TryDigits(int i, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        if ((uint)i >= (uint)_tokens.Length || _tokens[i].Kind != TokenKind.Number || _tokens[i].Length > 9)
        {
            return false;
        }

        foreach (char c in TextOf(i))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        digits = _tokens[i].Length;
        return true;
    }

    /// <summary>Reads the leading digits of number token <paramref name="i"/> (<c>27</c> in <c>27th</c>); returns how many
    /// there are, 0 when the token is not a number.</summary>
    private int LeadingDigits(int i, out int value)
    {
        value = 0;
        if ((uint)i >= (uint)_tokens.Length || _tokens[i].Kind != TokenKind.Number)
        {
            return 0;
        }

        var s = TextOf(i);
        int digits = 0;
        while (digits < s.Length && digits < 9 && char.IsAsciiDigit(s[digits]))
        {
            value = (value * 10) + (s[digits] - '0');
            digits++;
        }

        return digits;
    }

    /// <summary>A day of the month: one or two digits with an optional ordinal suffix (<c>7</c>, <c>27th</c>).</summary>
    private bool TryDay(int i, out int day)
    {
        int digits = LeadingDigits(i, out day);
        var s = digits == 0 ? default : TextOf(i);
        if (digits is 0 or > 2 || (digits < s.Length && !IsOrdinalSuffix(s[digits..])))
        {
            return false;
        }

        return day is >= 1 and <= 31;
    }

    /// <summary>An ordinal: a word (<c>third</c>) or a number with a suffix (<c>3rd</c>, <c>20th</c>).</summary>
    private bool TryOrdinal(int i, out int ordinal)
    {
        var word = WordAt(i);
        if (word.Kind == DateWordKind.Ordinal)
        {
            ordinal = word.Value;
            return true;
        }

        int digits = LeadingDigits(i, out ordinal);
        var s = digits == 0 ? default : TextOf(i);

        return digits is 1 or 2 && digits < s.Length && IsOrdinalSuffix(s[digits..]);
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>A four-digit year between 1000 and 2100.</summary>
    private bool TryYear(int i, out int year) => TryDigits(i, out year, out int digits) && digits == 4 && year is >= 1000 and <= 2100;
}
