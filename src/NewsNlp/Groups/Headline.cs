namespace NewsNlp.Groups;

/// <summary>Finds a news text's headline line and the dateline that opens a paragraph (<c>WASHINGTON, D.C. –</c>).</summary>
/// <remarks>Both scans are bounded by constants, so they cost the same on any document.</remarks>
internal static class Headline
{
    /// <summary>The longest line taken as a headline, in UTF-16 code units.</summary>
    public const int MaxLength = 250;

    /// <summary>The longest dateline before its dash, in UTF-16 code units (<c>JOINT BASE SAN ANTONIO-LACKLAND, Texas</c> fits).</summary>
    public const int MaxDatelineLength = 60;

    /// <summary>The end of the headline: the first line when it is short, is followed by more text on another line and does
    /// not end a sentence with a period (a text that starts with its first paragraph has none); 0 when there is none.</summary>
    /// <param name="text">The document text.</param>
    /// <returns>The offset one past the headline's last character, or 0.</returns>
    public static int End(ReadOnlySpan<char> text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int limit = Math.Min(text.Length, start + MaxLength + 1);
        int end = start;
        while (end < limit && !IsLineBreak(text[end]))
        {
            end++;
        }

        if (end >= text.Length || end == start || end - start > MaxLength || !IsLineBreak(text[end]))
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
        for (int i = end; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return last + 1;
            }
        }

        return 0;
    }

    /// <summary>The end of the dateline that opens the line containing <paramref name="position"/>
    /// (<c>TEHRAN / ISLAMABAD —</c>, <c>ACCRA, Ghana --</c>): the offset of its dash, or -1 when the line has none within
    /// <see cref="MaxDatelineLength"/> characters of its start, or <paramref name="position"/> is further than that.</summary>
    public static int DatelineEnd(ReadOnlySpan<char> text, int position)
    {
        int lineStart = position;
        while (lineStart > 0 && position - lineStart <= MaxDatelineLength && !IsLineBreak(text[lineStart - 1]))
        {
            lineStart--;
        }

        if (lineStart > 0 && !IsLineBreak(text[lineStart - 1]))
        {
            return -1;
        }

        int limit = Math.Min(text.Length - 1, lineStart + MaxDatelineLength);
        for (int i = lineStart; i < limit; i++)
        {
            char c = text[i];
            if (IsLineBreak(c))
            {
                return -1;
            }

            if ((c is '—' or '–' || (c == '-' && text[i + 1] == '-')) && i > lineStart)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="c"/> ends a line.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

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
        return word.Length is > 0 and <= 3 && char.IsUpper(word[0]) || word.Contains('.');
    }
}
