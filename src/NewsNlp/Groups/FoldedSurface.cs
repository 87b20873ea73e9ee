using System.Buffers;

namespace NewsNlp.Groups;

/// <summary>The case- and possessive-insensitive form of a mention that entity grouping compares: <c>TEHRAN</c>,
/// <c>Tehran</c> and <c>Tehran’s</c> fold to the same form. Nothing is allocated: forms are slices of the document text
/// compared character by character through <see cref="Fold"/>.</summary>
internal static class FoldedSurface
{
    // The separators between a name's words (a name split across a line break is still two words).
    private static readonly SearchValues<char> s_wordBreaks = SearchValues.Create(" \t\n\r\u00A0");

    /// <summary>Whether the slice is one word: no space, tab, line break or no-break space in it.</summary>
    public static bool IsOneWord(ReadOnlySpan<char> surface) => !surface.ContainsAny(s_wordBreaks);

    /// <summary>The end of the slice's first word (the slice's length when it is one word).</summary>
    public static int FirstWordEnd(ReadOnlySpan<char> surface) => surface.IndexOfAny(s_wordBreaks) is int i and >= 0 ? i : surface.Length;

    /// <summary>The start of the slice's last word (0 when it is one word).</summary>
    public static int LastWordStart(ReadOnlySpan<char> surface) => surface.LastIndexOfAny(s_wordBreaks) + 1;

    /// <summary>The mention's extent without a trailing possessive (<c>’s</c>, <c>'s</c>, or a lone apostrophe after s).</summary>
    public static (int Start, int End) WithoutPossessive(ReadOnlySpan<char> text, int start, int end)
    {
        int length = end - start;
        if (length > 2 && (text[end - 1] is 's' or 'S') && IsApostrophe(text[end - 2]))
        {
            return (start, end - 2);
        }

        if (length > 2 && IsApostrophe(text[end - 1]) && text[end - 2] is 's' or 'S')
        {
            return (start, end - 1);
        }

        return (start, end);
    }

    /// <summary>The character as grouping compares it: upper case, every whitespace a space, every apostrophe <c>'</c>.</summary>
    public static char Fold(char c) => char.IsWhiteSpace(c) ? ' ' : IsApostrophe(c) ? '\'' : char.ToUpperInvariant(c);

    /// <summary>A hash of the folded form; the runtime's randomized hash, so crafted input cannot force collisions.</summary>
    public static int Hash(ReadOnlySpan<char> surface)
    {
        var hash = default(HashCode);
        foreach (char c in surface)
        {
            hash.Add(Fold(c));
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether two slices have the same folded form.</summary>
    public static bool FoldedEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && Fold(a[i]) != Fold(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the slice has letters and none of them is lower case (<c>TEHRAN</c>, <c>BLA</c>).</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> surface)
    {
        bool letters = false;
        foreach (char c in surface)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters |= char.IsLetter(c);
        }

        return letters;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}
