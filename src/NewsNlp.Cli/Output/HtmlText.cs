using System.Globalization;

namespace NewsNlp.Cli.Output;

/// <summary>Writes text into HTML so that it is only ever text: the five markup characters are escaped, and characters that
/// could change how the page reads without being seen (bidi controls, other control and format characters, lone
/// surrogates) are shown as a visible code (<c>U+202E</c>) instead of acting.</summary>
/// <remarks>The same escaping serves element content and quoted attribute values. Line breaks and tabs are kept in
/// content (the text is shown with its lines) and written as character references in attributes.</remarks>
internal static class HtmlText
{
    /// <summary>Writes <paramref name="text"/> as element content.</summary>
    public static void Content(TextWriter output, ReadOnlySpan<char> text) => Write(output, text, attribute: false);

    /// <summary>Writes <paramref name="text"/> as the inside of a double-quoted attribute value.</summary>
    public static void Attribute(TextWriter output, ReadOnlySpan<char> text) => Write(output, text, attribute: true);

    /// <summary>Whether <paramref name="c"/> is shown as its code point rather than written: a bidi control, a control or
    /// format character other than tab and line breaks, or half of a surrogate pair standing alone.</summary>
    public static bool IsShownAsCode(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => true,
        _ => char.IsControl(c) || c == '\uFEFF',
    };

    private static void Write(TextWriter output, ReadOnlySpan<char> text, bool attribute)
    {
        int run = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\n' when attribute => "&#10;",
                '\r' when attribute => "&#13;",
                '\t' when attribute => "&#9;",
                _ => null,
            };
            bool lone = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (replacement is null && !lone && !IsShownAsCode(c))
            {
                continue;
            }

            output.Write(text[run..i]);
            run = i + 1;
            if (replacement is not null)
            {
                output.Write(replacement);
            }
            else
            {
                string code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                output.Write(attribute ? $"[U+{code}]" : $"<span class=\"ctl\" title=\"U+{code}\">U+{code}</span>");
            }
        }

        output.Write(text[run..]);
    }
}
