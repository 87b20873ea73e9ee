using NewsNlp.Entities;
using NewsNlp.Tagging;
using NewsNlp.Tokenization;

namespace NewsNlp.Mentions;

/// <summary>Boundary repairs of the name recognizer's spans that follow from how names are written, not from any one
/// corpus: a name never runs across a line break (headline into body, dateline into story); a company's legal suffix
/// belongs to it (<c>Acme Widgets, Inc.</c>, <c>Hanwha Ocean Co., Ltd.</c>); a leading <c>The</c> is not part of an
/// organization's name; a hyphenated given name after a surname is one name (<c>Lai Ching-te</c>, <c>Moon Jae-in</c>;
/// a one-word name keeps its compound out: <c>Trump-era</c>); a hyphenated place name is one place (<c>Sistan-Balochistan</c>).</summary>
/// <remarks>Runs on the tagger's spans of one document, in time linear in their number (each lookup is a binary search
/// over the tokens); allocates only when a span is split at a line break.</remarks>
internal static class NameBoundaries
{
    private const int MaxSuffixTokens = 4;
    private const int MaxGivenNameSyllable = 4;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<EntitySpan> spans, int from)
    {
        int count = spans.Count;
        for (int i = from; i < count; i++)
        {
            var span = spans[i];
            if (span.Kind is not (EntityKind.Person or EntityKind.Organization or EntityKind.Location or EntityKind.Misc))
            {
                continue;
            }

            int first = TokenStartingAt(tokens, span.Start);
            int last = TokenEndingAt(tokens, span.End);
            if (first < 0 || last < first)
            {
                continue;
            }

            // A line break inside the span: keep each line's part as a name of its own.
            for (int t = first; t < last; t++)
            {
                if (text[tokens[t].End..tokens[t + 1].Start].Contains('\n'))
                {
                    spans.Add(span with { Start = tokens[t + 1].Start });
                    span = span with { End = tokens[t].End };
                    last = t;
                    break;
                }
            }

            if (span.Kind == EntityKind.Organization && last > first && tokens[first].GetText(text).SequenceEqual("The"))
            {
                first++;
                span = span with { Start = tokens[first].Start };
            }

            if (span.Kind == EntityKind.Location && HyphenatedPlaceStart(text, tokens, first, i > from ? spans[i - 1].End : 0) is int start and >= 0)
            {
                first = start;
                span = span with { Start = tokens[first].Start };
            }

            int suffixEnd = LegalSuffixEnd(text, tokens, last);
            if (suffixEnd > last && span.Kind != EntityKind.Person)
            {
                span = span with { Kind = EntityKind.Organization, End = tokens[suffixEnd].End };
                last = suffixEnd;
            }
            else if (span.Kind == EntityKind.Person && last > first && IsGivenNameSyllable(text, tokens, last))
            {
                last += 2;
                span = span with { End = tokens[last].End };
            }

            spans[i] = span;
        }
    }

    /// <summary>The last token of legal suffixes right after token <paramref name="last"/> (<c>, Inc.</c>,
    /// <c>Co., Ltd.</c>, <c>Private Limited</c>), or <paramref name="last"/> when none follows.</summary>
    private static int LegalSuffixEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        int end = last;
        int t = last + 1;
        while (t < tokens.Length && t - last <= MaxSuffixTokens && !Newline(text, tokens, t))
        {
            var word = tokens[t].GetText(text);
            if (word.SequenceEqual(",") && t + 1 < tokens.Length && IsLegalSuffix(tokens[t + 1].GetText(text)))
            {
                t++;
                continue;
            }

            if (!IsLegalSuffix(word) && !(word.SequenceEqual("Private") && t + 1 < tokens.Length && IsLegalSuffix(tokens[t + 1].GetText(text))))
            {
                break;
            }

            end = t;
            t++;
        }

        return end;
    }

    private static bool IsLegalSuffix(ReadOnlySpan<char> word) => word switch
    {
        "Inc." or "Inc" or "Ltd." or "Ltd" or "LLC" or "L.L.C." or "Corp." or "Co." or "PLC" or "plc" or "S.A." or "N.V."
            or "AG" or "GmbH" or "Limited" or "L.P." or "LLP" or "Pte." or "Pty." or "S.p.A." or "SE" or "B.V." or "A.S." => true,
        _ => false,
    };

    /// <summary>Whether tokens <paramref name="last"/>+1 and +2 are an attached hyphen and a short lower-case syllable that
    /// completes a given name (<c>-te</c>, <c>-in</c>, <c>-un</c>), not a dependent tail such as <c>-led</c>.</summary>
    private static bool IsGivenNameSyllable(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        if (last + 2 >= tokens.Length || tokens[last + 1].Start != tokens[last].End || tokens[last + 2].Start != tokens[last + 1].End
            || !tokens[last + 1].GetText(text).SequenceEqual("-"))
        {
            return false;
        }

        var syllable = tokens[last + 2].GetText(text);
        if (syllable.Length > MaxGivenNameSyllable || !char.IsUpper(text[tokens[last].Start]))
        {
            return false;
        }

        foreach (char c in syllable)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        bool attachedAfter = last + 3 < tokens.Length && tokens[last + 3].Start == tokens[last + 2].End && tokens[last + 3].Kind == TokenKind.Word;
        return !attachedAfter && !FeatureExtractor.IsDependentTail(FeatureExtractor.LowerHash(syllable));
    }

    /// <summary>The token that starts a hyphenated place name whose second half the tagger found alone
    /// (<c>Sistan-Balochistan</c>, <c>Baden-Württemberg</c>): an attached capitalized word and hyphen right before token
    /// <paramref name="first"/>, outside any earlier span; -1 when there is none. Prefixes (<c>Pro-</c>, <c>Anti-</c>,
    /// <c>Ex-</c>) and words in capitals or with digits are not halves of a place name.</summary>
    private static int HyphenatedPlaceStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int previousEnd)
    {
        if (first < 2 || tokens[first - 1].End != tokens[first].Start || tokens[first - 2].End != tokens[first - 1].Start
            || !tokens[first - 1].GetText(text).SequenceEqual("-") || tokens[first - 2].Start < previousEnd)
        {
            return -1;
        }

        var word = tokens[first - 2].GetText(text);
        if (word.Length < 3 || !char.IsUpper(word[0]) || IsCompoundPrefix(word)
            || first >= 3 && tokens[first - 3].End == tokens[first - 2].Start)
        {
            return -1;
        }

        for (int c = 1; c < word.Length; c++)
        {
            if (!char.IsLower(word[c]))
            {
                return -1;
            }
        }

        return first - 2;
    }

    private static bool IsCompoundPrefix(ReadOnlySpan<char> word) => word switch
    {
        "Pro" or "Anti" or "Ex" or "Non" or "Post" or "Pre" or "Neo" or "Mid" or "Sub" or "Pan" or "Trans" or "Inter"
            or "Afro" or "Indo" or "Sino" or "Anglo" or "Euro" or "Franco" or "Russo" or "Greco" or "Austro" or "Judeo" or "Mega"
            or "Super" or "Multi" or "Semi" or "Self" or "Cross" or "North" or "South" or "East" or "West" or "Central" => true,
        _ => false,
    };

    private static bool Newline(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t) =>
        t > 0 && text[tokens[t - 1].End..tokens[t].Start].Contains('\n');

    private static int TokenStartingAt(ReadOnlySpan<Token> tokens, int start)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < start)
            {
                lo = mid + 1;
            }
            else if (tokens[mid].Start > start)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private static int TokenEndingAt(ReadOnlySpan<Token> tokens, int end)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End < end)
            {
                lo = mid + 1;
            }
            else if (tokens[mid].End > end)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
