using NewsNlp.Tokenization;

namespace NewsNlp.Tagging;

/// <content>Token description: the hashes, affixes and flags of each token, headline marking, and the character
/// normalization and lower-case hash they use.</content>
internal static partial class FeatureExtractor
{
    /// <summary>Whether the token is a word starting with a capital letter.</summary>
    public static bool IsCapitalizedWord(TaggerBuffers buffers, int index) => (buffers.Flags[index] & (FirstUpper | IsWord)) == (FirstUpper | IsWord);

    /// <summary>The lower-case hash of a word exactly as the features compute it (apostrophes and dashes normalized).</summary>
    public static ulong LowerHash(ReadOnlySpan<char> word)
    {
        ulong lower = FeatureHash.Empty;
        foreach (char c in word)
        {
            lower = FeatureHash.Add(lower, char.ToLowerInvariant(Normalize(c)));
        }

        return FeatureHash.Finish(lower);
    }

    private static void Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, TaggerBuffers buffers)
    {
        var token = tokens[index];
        var chars = text[token.Start..token.End];
        ulong word = FeatureHash.Empty;
        ulong lower = FeatureHash.Empty;
        ulong shape = FeatureHash.Empty;
        ulong shortShape = FeatureHash.Empty;
        char lastShape = '\0';
        int upper = 0;
        int letters = 0;
        int flags = 0;
        var affixes = buffers.Affixes.AsSpan(index * TaggerBuffers.AffixCount, TaggerBuffers.AffixCount);
        for (int k = 0; k < chars.Length; k++)
        {
            char c = Normalize(chars[k]);
            char l = char.ToLowerInvariant(c);
            word = FeatureHash.Add(word, c);
            lower = FeatureHash.Add(lower, l);
            if (k < 4)
            {
                affixes[k] = FeatureHash.Finish(lower);
            }

            char sh;
            if (char.IsUpper(c))
            {
                sh = 'X';
                upper++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                sh = 'x';
                letters++;
            }
            else if (char.IsDigit(c))
            {
                sh = 'd';
                flags |= HasDigit;
            }
            else
            {
                sh = c;
            }

            shape = FeatureHash.Add(shape, sh);
            if (sh != lastShape)
            {
                shortShape = FeatureHash.Add(shortShape, sh);
                lastShape = sh;
            }
        }

        for (int k = chars.Length; k < 4; k++)
        {
            affixes[k] = FeatureHash.Finish(lower);
        }

        for (int k = 1; k <= 4; k++)
        {
            ulong suffix = FeatureHash.Empty;
            for (int j = Math.Max(0, chars.Length - k); j < chars.Length; j++)
            {
                suffix = FeatureHash.Add(suffix, char.ToLowerInvariant(Normalize(chars[j])));
            }

            affixes[3 + k] = FeatureHash.Finish(suffix);
        }

        if (letters > 0)
        {
            flags |= HasLetter;
            char first = chars[0];
            if (char.IsUpper(first))
            {
                flags |= FirstUpper;
            }
            else if (char.IsLower(first))
            {
                flags |= FirstLower;
            }

            if (upper == letters)
            {
                flags |= AllUpper;
            }
        }

        if (token.Kind == TokenKind.Word)
        {
            flags |= IsWord;
        }

        if (index > 0 && tokens[index - 1].End == token.Start)
        {
            flags |= AttachedLeft;
        }

        if (chars.Length == 1 && chars[0] is '\u2014' or '\u2015')
        {
            flags |= IsEmDash;
        }

        if (chars.Length == 1)
        {
            char c = Normalize(chars[0]);
            flags |= c switch
            {
                '-' => IsHyphen,
                '(' or '[' => IsOpenParen,
                ')' or ']' => IsCloseParen,
                '"' or '\'' or '\u201C' or '\u201D' or '\u2018' => IsQuote,
                '&' => IsAmpersand,
                _ => 0,
            };
        }
        else if (chars.Length == 2 && Normalize(chars[0]) == '\'' && (chars[1] | 0x20) == 's')
        {
            flags |= IsPossessive;
        }

        buffers.Word[index] = FeatureHash.Finish(word);
        buffers.Lower[index] = FeatureHash.Finish(lower);
        buffers.Shape[index] = FeatureHash.Finish(shape);
        buffers.ShortShape[index] = FeatureHash.Finish(shortShape);
        buffers.Flags[index] = flags;
    }

    /// <summary>Flags every token of a headline: a sentence in title case or capitals, whose capitalization says little
    /// about names (Iran, Pakistan Join Forces to Crush Rebel Militancy).</summary>
    /// <remarks>At least three capitalized words, two thirds of the words, and every lower-case word a short function word.</remarks>
    private static void MarkHeadline(TaggerBuffers buffers, int first, int end)
    {
        int words = 0;
        int capitalized = 0;
        for (int i = first; i < end; i++)
        {
            int flags = buffers.Flags[i];
            if ((flags & HasLetter) == 0)
            {
                continue;
            }

            words++;
            if ((flags & (FirstUpper | AllUpper)) != 0)
            {
                capitalized++;
            }
            else if (!s_minorWords.Contains(buffers.Lower[i]))
            {
                return;
            }
        }

        if (capitalized < 3 || capitalized * 3 < words * 2)
        {
            return;
        }

        for (int i = first; i < end; i++)
        {
            buffers.Flags[i] |= InHeadline;
        }
    }

    public static char Normalize(char c) => c switch
    {
        '\u2019' or '\u2018' or '`' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        _ => c,
    };
}
