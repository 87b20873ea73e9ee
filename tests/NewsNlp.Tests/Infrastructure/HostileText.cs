using CsCheck;

namespace NewsNlp.Tests.Infrastructure;

/// <summary>CsCheck generators of news-like text mixed with the Unicode a hostile or broken input brings: lone and paired
/// surrogates, combining marks, bidi controls, emoji ZWJ sequences, NUL and other controls, CR/LF mixes, very long words and
/// runs of punctuation.</summary>
internal static class HostileText
{
    private static readonly string[] s_words =
    [
        "Ilse", "Varga", "Corvane", "Group", "Dravik", "Lomura", "said", "the", "of", "in", "U.S.", "Gen.", "Mr.", "Sept.",
        "p.m.", "wasn’t", "Iran’s", "don't", "$10", "billion", "3.5%", "@dravik_news", "#vote", "https://example.org/a?b=1",
        "press@corvane.example", "Pakistan-based", "Sistan-Balochistan", "AfDB", "(AfDB)",
    ];

    private static readonly string[] s_dateWords =
    [
        "March", "3", "2026", "March 3, 2026", "3 March 2026", "yesterday", "last", "next", "this", "week", "month", "year",
        "Monday", "Tuesday", "ago", "two", "weeks", "the 1990s", "2025-11-27", "03/04/2025", "27/11/2026", "Q3", "2024-W03",
        "mid-2024", "early", "late", "Christmas", "Eve", "Jan.", "1st", "fiscal", "since", "until", "'90s", "10:30",
    ];

    private static readonly string[] s_breaks = [" ", " ", " ", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\t", "\u00A0", "\u2028", "\u2029", "\v", "\f"];

    private static readonly string[] s_invisible = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"];

    private static readonly string[] s_bidi = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];

    private static readonly string[] s_emoji =
    [
        "👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇺🇸", "🇰🇪", "❤️", "1️⃣", "🧑🏿‍🚀", "😀",
    ];

    private const string Punctuation = ".,;:!?…\"'“”‘’()[]{}«»-–—/\\@#$%&*+=<>|_~^`";

    private static readonly Gen<string> s_word = Gen.Char['a', 'z'].Array[1, 12]
        .Select(Gen.Bool, static (letters, capital) =>
        {
            if (capital)
            {
                letters[0] = char.ToUpperInvariant(letters[0]);
            }

            return new string(letters);
        });

    private static readonly Gen<string> s_piece = Gen.Frequency(
        (20, s_word),
        (10, Gen.OneOf(s_words)),
        (10, Gen.OneOf(s_dateWords)),
        (25, Gen.OneOf(s_breaks)),
        (4, Gen.Int[0, 99_999].Select(Gen.OneOf("", ",", ".", "/", "-", ":"), Gen.Int[0, 999], static (a, sep, b) => sep.Length == 0 ? a.ToString(System.Globalization.CultureInfo.InvariantCulture) : FormattableString.Invariant($"{a}{sep}{b}"))),
        (6, Gen.Char[Punctuation].Array[1, 30].Select(static c => new string(c))),
        (3, Gen.Char['\uD800', '\uDBFF'].Select(static c => c.ToString())),
        (3, Gen.Char['\uDC00', '\uDFFF'].Select(static c => c.ToString())),
        (3, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
        (3, Gen.OneOf(s_emoji)),
        (3, Gen.Char['\u0300', '\u036F'].Array[1, 6].Select(static c => new string(c))),
        (3, Gen.OneOf(s_bidi)),
        (2, Gen.OneOf(s_invisible)),
        (3, Gen.OneOf<char>(Gen.Char['\0', '\u001F'], Gen.Char['\u007F', '\u009F']).Select(static c => c.ToString())),
        (2, Gen.Int[200, 3000].Select(Gen.Char['a', 'z'], static (n, c) => new string(c, n))),
        (1, Gen.Int[20, 400].Select(static n => string.Concat(Enumerable.Repeat("a.b.c@d.", n)))),
        (3, Gen.Char.Array[1, 8].Select(static c => new string(c))));

    /// <summary>Up to <paramref name="maxPieces"/> pieces (words, breaks, odd code points) concatenated with no separator.</summary>
    public static Gen<string> Text(int maxPieces) => s_piece.Array[0, maxPieces].Select(static pieces => string.Concat(pieces));

    /// <summary>Human-readable escaping for a failing sample: every non-ASCII or control character as <c>\uXXXX</c>.</summary>
    public static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (char c in text)
        {
            if (c is >= ' ' and < '\u007F' && c is not ('"' or '\\'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.Append('"').ToString();
    }
}
