using System.Globalization;
using System.Text;

namespace NewsNlp.Tokenization;

/// <summary>The hand-written, linear-time scanner behind <see cref="NewsTokenizer"/>.</summary>
/// <remarks>
/// Every decision looks ahead a bounded number of characters (at most <see cref="MaxLookahead"/>), so the scanner is
/// linear in the input whatever it contains. It never allocates.
/// </remarks>
internal static class TokenScanner
{
    // E-mail addresses are at most 254 characters; bounding the speculative scan keeps pathological inputs linear.
    private const int MaxLookahead = 256;

    public static bool TryRead(ReadOnlySpan<char> text, ref int position, out Token token)
    {
        int i = position;
        while (i < text.Length && (text[i] is ' ' || IsSpace(text[i])))
        {
            i++;
        }

        if (i >= text.Length)
        {
            position = text.Length;
            token = default;
            return false;
        }

        int end;
        TokenKind kind;
        char c = text[i];
        if (char.IsAsciiLetter(c) || (!char.IsAscii(c) && IsWordChar(text, i)) || char.IsAsciiDigit(c))
        {
            if ((end = ScanUrl(text, i)) > i)
            {
                kind = TokenKind.Url;
            }
            else if ((end = ScanEmail(text, i)) > i)
            {
                kind = TokenKind.Email;
            }
            else if (char.IsAsciiDigit(c))
            {
                end = ScanNumber(text, i, out kind);
            }
            else
            {
                end = ScanWord(text, i);
                kind = TokenKind.Word;
            }
        }
        else if (c is '@' && i + 1 < text.Length && IsHandleChar(text[i + 1]) && !PrecededByWordChar(text, i))
        {
            end = ScanWhile(text, i + 1, IsHandleChar);
            kind = TokenKind.Handle;
        }
        else if (c is '#' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && !PrecededByWordChar(text, i))
        {
            end = ScanWhile(text, i + 1, IsHandleChar);
            kind = TokenKind.Hashtag;
        }
        else if (IsApostrophe(c) && (end = ScanApostropheSuffix(text, i)) > i)
        {
            kind = TokenKind.Word;
        }
        else if (c is '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && !PrecededByWordChar(text, i))
        {
            end = ScanNumber(text, i + 1, out kind); // .596, .5
        }
        else if (c is '.' && i + 1 < text.Length && text[i + 1] is '.')
        {
            end = ScanWhile(text, i, static ch => ch is '.');
            kind = TokenKind.Punctuation;
        }
        else if (c is '-' && i + 1 < text.Length && text[i + 1] is '-')
        {
            end = ScanWhile(text, i, static ch => ch is '-');
            kind = TokenKind.Punctuation;
        }
        else
        {
            end = i + CharLength(text, i);
            kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        }

        token = new Token(i, end, kind);
        position = end;
        return true;
    }

    /// <summary>Whitespace and the invisible format characters that separate words without being words.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static int CharLength(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    /// <summary>A letter, digit or combining mark, including letters outside the Basic Multilingual Plane.</summary>
    private static bool IsWordChar(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            return Rune.IsLetterOrDigit(new Rune(c, text[i + 1]));
        }

        return IsMark(c);
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_';

    private static bool PrecededByWordChar(ReadOnlySpan<char> text, int i) => i > 0 && char.IsLetterOrDigit(text[i - 1]);

    private static int ScanWhile(ReadOnlySpan<char> text, int i, Func<char, bool> predicate)
    {
        while (i < text.Length && predicate(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int ScanWordChars(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAscii(c))
            {
                // Fast path: nearly all news text is ASCII.
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    break;
                }

                i++;
            }
            else if (IsWordChar(text, i))
            {
                i += CharLength(text, i);
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanDigits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int ScanUrl(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return i;
        }

        int end = i;
        while (end < text.Length && !IsSpace(text[end]) && text[end] is not ('"' or '<' or '>' or '\u201C' or '\u201D'))
        {
            end++;
        }

        // Sentence punctuation after a URL belongs to the sentence, not to the address.
        while (end > i && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '\u2019')
        {
            end--;
        }

        return end;
    }

    private static int ScanEmail(ReadOnlySpan<char> text, int i)
    {
        int limit = Math.Min(text.Length, i + MaxLookahead);
        int at = i;
        while (at < limit && (char.IsAsciiLetterOrDigit(text[at]) || text[at] is '.' or '_' or '%' or '+' or '-'))
        {
            at++;
        }

        if (at >= limit || text[at] is not '@' || text[at - 1] is '.')
        {
            return i;
        }

        int end = at + 1;
        int lastDot = -1;
        while (end < limit && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' || (text[end] is '.' && end + 1 < limit && char.IsAsciiLetterOrDigit(text[end + 1]))))
        {
            if (text[end] is '.')
            {
                lastDot = end;
            }

            end++;
        }

        return lastDot > at + 1 && end - lastDot > 2 ? end : i;
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int i, out TokenKind kind)
    {
        kind = TokenKind.Number;
        int end = ScanDigits(text, i);

        // Inner separators: 1,000.50 · 9:15 · 11/27/2026 · 3.5
        while (end + 1 < text.Length && text[end] is '.' or ',' or ':' or '/' && char.IsAsciiDigit(text[end + 1]))
        {
            end = ScanDigits(text, end + 1);
        }

        if (end >= text.Length || !char.IsLetter(text[end]))
        {
            return end;
        }

        int letters = ScanWordChars(text, end);
        var suffix = text[end..letters];
        if (IsNumberSuffix(suffix))
        {
            return letters; // 7th, 21st, 1990s
        }

        if (IsUnitSuffix(suffix))
        {
            return end; // 3.5bn, 10km, 9am → number, then unit
        }

        kind = TokenKind.Word; // 5G, 3D, 4x4
        return ScanWordTail(text, i, letters);
    }

    private static bool IsNumberSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase)
        || s.SequenceEqual("s");

    private static bool IsUnitSuffix(ReadOnlySpan<char> s)
    {
        Span<char> lower = stackalloc char[8];
        if (s.Length > lower.Length || (s.Length == 1 && !char.IsLower(s[0])))
        {
            return false; // 5G and 3D are names; 5g and 5m are units
        }

        s.ToLowerInvariant(lower);
        lower = lower[..s.Length];
        return lower switch
        {
            "bn" or "b" or "m" or "mn" or "k" or "tn" or "trn" or "km" or "kg" or "g" or "t" or "cm" or "mm" or "ml" or "l"
                or "mph" or "kph" or "am" or "pm" or "h" or "hrs" or "min" or "mins" or "gb" or "mb" or "tb" or "kw" or "mw" or "gw" => true,
            _ => false,
        };
    }

    private static int ScanWord(ReadOnlySpan<char> text, int i)
    {
        // "n't" as the second half of a contraction: do|n't, is|n't.
        if (text[i] is 'n' or 'N' && i > 0 && char.IsLetter(text[i - 1]) && IsNotContraction(text, i))
        {
            return i + 3;
        }

        int end = ScanWordChars(text, i);
        if (end - i == 1 && end < text.Length && text[end] is '.' && char.IsLetter(text[i]))
        {
            return ScanInitials(text, end);
        }

        return ScanWordTail(text, i, end);
    }

    /// <summary>Extends a word over inner apostrophes, ampersands and domain dots, and over an abbreviation's period.</summary>
    private static int ScanWordTail(ReadOnlySpan<char> text, int start, int end)
    {
        while (end + 1 < text.Length)
        {
            char c = text[end];
            if (IsApostrophe(c) && char.IsLetter(text[end + 1]))
            {
                if (IsContractionSuffix(text, end + 1))
                {
                    return end; // Iran|’s, they|’re
                }

                if (end - start >= 2 && text[end - 1] is 'n' or 'N' && IsNotContraction(text, end - 1))
                {
                    return end - 1; // do|n't
                }

                end = ScanWordChars(text, end + 1); // O'Brien
            }
            else if (c is '&' && char.IsAsciiLetterUpper(text[end - 1]) && char.IsAsciiLetterUpper(text[end + 1]))
            {
                end = ScanWordChars(text, end + 1); // AT&T, S&P
            }
            else if (c is '.' && char.IsLetter(text[end - 1]) && char.IsAsciiLetterLower(text[end + 1]) && !StartsInitial(text, end + 1))
            {
                end = ScanWordChars(text, end + 1); // Amazon.com, Node.js
            }
            else
            {
                break;
            }
        }

        if (end < text.Length && text[end] is '.' && Abbreviations.IsAbbreviation(text[start..end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>After a single letter and its period: U.S., J.P., a.m., e.g.</summary>
    private static int ScanInitials(ReadOnlySpan<char> text, int periodIndex)
    {
        int end = periodIndex + 1;
        while (end + 1 < text.Length && char.IsLetter(text[end]) && text[end + 1] is '.' && (end + 2 >= text.Length || !char.IsLetter(text[end + 2])))
        {
            end += 2;
        }

        return end;
    }

    private static bool StartsInitial(ReadOnlySpan<char> text, int i) => i + 1 < text.Length && text[i + 1] is '.';

    private static bool IsContractionSuffix(ReadOnlySpan<char> text, int i)
    {
        int end = i;
        while (end < text.Length && end - i < 3 && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end < text.Length && char.IsLetter(text[end]))
        {
            return false;
        }

        var suffix = text[i..end];
        return suffix.Length switch
        {
            1 => suffix[0] is 's' or 'S' or 'd' or 'D' or 'm' or 'M',
            2 => suffix.Equals("re", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    private static bool IsNotContraction(ReadOnlySpan<char> text, int n) =>
        n + 2 < text.Length && IsApostrophe(text[n + 1]) && text[n + 2] is 't' or 'T' && (n + 3 >= text.Length || !char.IsLetter(text[n + 3]));

    /// <summary>An apostrophe that starts a clitic (<c>’s</c>, <c>’re</c>) or a decade (<c>’90s</c>).</summary>
    private static int ScanApostropheSuffix(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length)
        {
            return i;
        }

        if (char.IsLetter(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]) && IsContractionSuffix(text, i + 1))
        {
            return ScanWhile(text, i + 1, char.IsLetter);
        }

        if (char.IsAsciiDigit(text[i + 1]) && i + 3 < text.Length && char.IsAsciiDigit(text[i + 2]) && text[i + 3] is 's'
            && (i + 4 >= text.Length || !char.IsLetter(text[i + 4])))
        {
            return i + 4;
        }

        return i;
    }
}
