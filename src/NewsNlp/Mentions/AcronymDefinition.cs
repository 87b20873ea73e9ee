namespace NewsNlp.Mentions;

/// <summary>Finds an acronym defined right after a name: <c>Balochistan Liberation Army (BLA)</c> or
/// <c>Baloch Liberation Army, or BLA</c>, where the acronym's capitals are the initials of the name's capitalized words.</summary>
/// <remarks>A bounded forward scan from the name's end (at most <see cref="MaxLength"/> characters of acronym), so the cost
/// per name is constant plus the name's own length.</remarks>
internal static class AcronymDefinition
{
    /// <summary>The fewest characters an acronym has.</summary>
    public const int MinLength = 2;

    /// <summary>The most characters an acronym has (<c>U.N.E.S.C.O.</c> fits).</summary>
    public const int MaxLength = 12;

    /// <summary>Finds the acronym defined after the name <c>text[nameStart..nameEnd]</c>.</summary>
    /// <returns>Whether one was found; <paramref name="start"/> and <paramref name="end"/> are its extent.</returns>
    public static bool TryFind(ReadOnlySpan<char> text, int nameStart, int nameEnd, out int start, out int end)
    {
        start = end = 0;
        int i = SkipSpaces(text, nameEnd);
        if (i < text.Length && text[i] == '(')
        {
            start = SkipSpaces(text, i + 1);
            end = ScanAcronym(text, start);
            int close = SkipSpaces(text, end);
            if (close >= text.Length || text[close] != ')')
            {
                return false;
            }
        }
        else
        {
            if (i < text.Length && text[i] == ',')
            {
                i = SkipSpaces(text, i + 1);
            }

            if (i + 2 >= text.Length || text[i] != 'o' || text[i + 1] != 'r' || text[i + 2] != ' ')
            {
                return false;
            }

            start = SkipSpaces(text, i + 3);
            end = ScanAcronym(text, start);
            if (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                return false;
            }
        }

        int length = end - start;
        return length is >= MinLength and <= MaxLength && char.IsUpper(text[start])
            && MatchesInitials(text.Slice(start, length), text[nameStart..nameEnd]);
    }

    /// <summary>Whether the acronym's capitals, in order, are the initials of the name's capitalized words (words split at
    /// spaces and hyphens; <c>of</c>, <c>the</c> and other lower-case words are skipped), with at least two of them.</summary>
    public static bool MatchesInitials(ReadOnlySpan<char> acronym, ReadOnlySpan<char> name)
    {
        int letter = 0;
        int initials = 0;
        bool wordStart = true;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                wordStart = true;
                continue;
            }

            if (wordStart && char.IsUpper(c))
            {
                while (letter < acronym.Length && !char.IsUpper(acronym[letter]))
                {
                    letter++;
                }

                if (letter >= acronym.Length || acronym[letter] != c)
                {
                    return false;
                }

                letter++;
                initials++;
            }

            wordStart = false;
        }

        while (letter < acronym.Length && !char.IsUpper(acronym[letter]))
        {
            letter++;
        }

        return initials >= 2 && letter == acronym.Length;
    }

    private static int ScanAcronym(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && end - start <= MaxLength && (char.IsLetter(text[end]) || text[end] is '.' or '&'))
        {
            end++;
        }

        // "or BLA." ends a sentence; "U.N." keeps its dots.
        if (end - start > 1 && text[end - 1] == '.' && text[start..(end - 1)].IndexOf('.') < 0)
        {
            end--;
        }

        return end;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        return i;
    }
}
