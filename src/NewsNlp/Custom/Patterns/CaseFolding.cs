using System.Text;

namespace NewsNlp.Custom.Patterns;

/// <summary>Folds text for case-insensitive lookups so that two strings fold alike exactly when
/// <see cref="StringComparison.OrdinalIgnoreCase"/> calls them equal, character by character.</summary>
internal static class CaseFolding
{
    // Upper-case mapping per UTF-16 code unit, kept only where OrdinalIgnoreCase agrees (with ICU, U+017F 'ſ' upper-cases
    // to 'S' but is not equal to it under OrdinalIgnoreCase).
    private static readonly Lazy<char[]> s_table = new(static () =>
    {
        var table = new char[char.MaxValue + 1];
        Span<char> one = stackalloc char[1];
        Span<char> other = stackalloc char[1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            char upper = char.ToUpperInvariant(c);
            one[0] = c;
            other[0] = upper;
            table[i] = upper != c && one.Equals(other, StringComparison.OrdinalIgnoreCase) ? upper : c;
        }

        return table;
    });

    public static string Fold(string text)
    {
        var folded = new char[text.Length];
        Fold(text, folded);
        return new string(folded);
    }

    /// <summary>Writes the folded form of <paramref name="source"/> into <paramref name="destination"/> (same length): a
    /// surrogate pair is folded as one code point, and kept when its upper case is not a pair too.</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        var table = s_table.Value;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                var upper = Rune.ToUpperInvariant(new Rune(c, source[i + 1]));
                if (upper.IsBmp)
                {
                    destination[i] = c;
                    destination[i + 1] = source[i + 1];
                }
                else
                {
                    upper.EncodeToUtf16(destination[i..]);
                }

                i++;
                continue;
            }

            destination[i] = table[c];
        }
    }
}
