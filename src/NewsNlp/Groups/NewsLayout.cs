namespace NewsNlp.Groups;

/// <summary>The parts of a news text around its sentences: the headline line, the dateline that opens a paragraph
/// (<c>WASHINGTON, D.C. –</c>) and short lines of their own (a byline, a place, a date).</summary>
/// <remarks>Every scan is bounded by a constant, so each costs the same on any document.</remarks>
internal static class NewsLayout
{
    /// <summary>The longest line taken as a headline, in UTF-16 code units.</summary>
    public const int MaxHeadline = 250;

    /// <summary>The longest dateline before its dash (<c>JOINT BASE SAN ANTONIO-LACKLAND, Texas</c> fits).</summary>
    public const int MaxDateline = 60;

    /// <summary>The longest line taken as a line of its own (<c>Ambassador Jonathan Cohen</c>, <c>New York City</c>).</summary>
    public const int MaxShortLine = 80;

    /// <summary>The end of the headline: the first line when it is short, is followed by more text on another line and does
    /// not end a sentence with a period (a text that starts with its first paragraph has none); 0 when there is none.</summary>
    /// <param name="text">The document text.</param>
    /// <returns>The offset one past the headline's last character, or 0.</returns>
    public static int HeadlineEnd(ReadOnlySpan<char> text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int limit = Math.Min(text.Length, start + MaxHeadline + 1);
        int end = start;
        while (end < limit && !IsLineBreak(text[end]))
        {
            end++;
        }

        if (end >= text.Length || end == start || end - start > MaxHeadline || !IsLineBreak(text[end]))
        {
            return 0;
        }

        int last = end - 1;
        while (last > start && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        if (text[last] is '.' or ':' or ',' or ';' && !EndsWithAbbreviation(text[start..(last + 1)]))
        {
            return 0;
        }

        // More text must follow; a lone line is a sentence, not a headline.
        return text[end..].IsWhiteSpace() ? 0 : last + 1;
    }

    /// <summary>The end of the dateline that opens the line containing <paramref name="position"/>
    /// (<c>TEHRAN / ISLAMABAD —</c>, <c>ACCRA, Ghana --</c>, <c>ALEXANDRIA, Va. -</c>): the offset of its dash, or -1 when the
    /// line has none within <see cref="MaxDateline"/> characters of its start, or <paramref name="position"/> is further.</summary>
    public static int DatelineEnd(ReadOnlySpan<char> text, int position)
    {
        int lineStart = LineStart(text, position, MaxDateline);
        if (lineStart < 0)
        {
            return -1;
        }

        int limit = Math.Min(text.Length - 1, lineStart + MaxDateline);
        for (int i = lineStart + 1; i < limit; i++)
        {
            char c = text[i];
            if (IsLineBreak(c))
            {
                return -1;
            }

            // A dash, or a hyphen between spaces or after a parenthesis ("(July 2, 2018)- Athletes"), never inside a word.
            if (c is '—' or '–' || (c == '-' && (text[i + 1] == '-' || (text[i + 1] == ' ' && text[i - 1] is ' ' or ')'))))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the line containing <paramref name="position"/> is a short line of its own that ends no sentence: a
    /// byline, a title, a place or a date on its own line.</summary>
    public static bool IsShortLine(ReadOnlySpan<char> text, int position)
    {
        int start = LineStart(text, position, MaxShortLine);
        if (start < 0)
        {
            return false;
        }

        int end = position;
        while (end < text.Length && end - start <= MaxShortLine && !IsLineBreak(text[end]))
        {
            end++;
        }

        if (end - start > MaxShortLine)
        {
            return false;
        }

        var line = text[start..end].TrimEnd();
        return !line.IsEmpty && line[^1] is not ('.' or '!' or '?' or '"' or '”' or '’' or ':' or ';' or ',');
    }

    /// <summary>Whether <paramref name="c"/> ends a line.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    // The start of the line containing position, or -1 when it is more than maxDistance characters back.
    private static int LineStart(ReadOnlySpan<char> text, int position, int maxDistance)
    {
        int start = position;
        while (start > 0 && !IsLineBreak(text[start - 1]))
        {
            if (position - start >= maxDistance)
            {
                return -1;
            }

            start--;
        }

        return start;
    }

    // "... Inc." or "... U.S." end a headline without ending a sentence: a last word of at most three letters or with a
    // dot inside.
    private static bool EndsWithAbbreviation(ReadOnlySpan<char> line)
    {
        if (line[^1] != '.')
        {
            return false;
        }

        int wordStart = line.LastIndexOf(' ') + 1;
        var word = line[wordStart..^1];
        return (word.Length is > 0 and <= 3 && char.IsUpper(word[0])) || word.Contains('.');
    }
}
