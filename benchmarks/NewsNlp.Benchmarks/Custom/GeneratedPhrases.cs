namespace NewsNlp.Benchmarks.Custom;

/// <summary>Dictionary phrases made by code, never taken from a corpus: one to four tokens, each a capitalized title word
/// followed by invented names built from syllables, so most phrases share their first tokens with common news words and
/// matching has to walk the trie past the first token.</summary>
internal static class GeneratedPhrases
{
    private static readonly string[] s_heads =
    [
        "The", "President", "Minister", "General", "New", "United", "National", "South", "North", "Prime",
        "Democratic", "Islamic", "Royal", "Federal", "Central", "People's", "Free", "Army", "Bank", "Port",
    ];

    private static readonly string[] s_syllables =
    [
        "ka", "lo", "mi", "ra", "su", "te", "vo", "ne", "pa", "zi", "do", "ru", "fe", "ga", "hi", "ja", "be", "co", "ly", "xa",
    ];

    /// <summary>Returns <paramref name="count"/> distinct phrases; the same count always gives the same phrases.</summary>
    public static List<string> Create(int count)
    {
        var phrases = new List<string>(count);
        var random = new Random(20261203);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (phrases.Count < count)
        {
            int words = 1 + random.Next(4);
            var parts = new string[words];
            parts[0] = random.Next(3) == 0 ? Name(random) : s_heads[random.Next(s_heads.Length)];
            for (int i = 1; i < words; i++)
            {
                parts[i] = Name(random);
            }

            var phrase = string.Join(' ', parts);
            if (seen.Add(phrase))
            {
                phrases.Add(phrase);
            }
        }

        return phrases;
    }

    private static string Name(Random random)
    {
        int length = 2 + random.Next(3);
        var chars = new System.Text.StringBuilder();
        for (int i = 0; i < length; i++)
        {
            chars.Append(s_syllables[random.Next(s_syllables.Length)]);
        }

        chars[0] = char.ToUpperInvariant(chars[0]);
        return chars.ToString();
    }
}
