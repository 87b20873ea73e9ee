using System.Globalization;
using System.Text;

namespace NewsNlp.Input;

/// <summary>Quotes a piece of an input file for an error message: at most <see cref="MaxLength"/> characters, control
/// characters and lone surrogates written as <c>\uXXXX</c>, so a message stays one short, printable line whatever the
/// file holds (a 1 MB kind, binary junk).</summary>
internal static class Quoted
{
    /// <summary>The most characters of the input a message quotes; a longer piece ends with "…".</summary>
    public const int MaxLength = 60;

    /// <summary>Returns <paramref name="text"/> in single quotes, cut and escaped as described above.</summary>
    public static string Text(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength) + 8).Append('\'');
        int length = Math.Min(text.Length, MaxLength);
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append(text.Length > length ? "…'" : "'").ToString();
    }
}
