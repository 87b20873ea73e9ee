using NewsNlp.Entities;
using NewsNlp.Recognition;
using NewsNlp.Tokenization;

namespace NewsNlp.Mentions;

/// <summary>A run of capitalized words that ends in an unambiguous legal suffix (<c>Smartech Future Limited</c>,
/// <c>Zero Waste Global S.A.</c>, <c>Corvane Holdings LLC</c>) is a company even when the tagger found nothing there.</summary>
/// <remarks>Only suffixes that are never ordinary words or other abbreviations count (<c>SA</c>, <c>AG</c>, <c>Co.</c> do
/// not: South Africa, attorney general, county). The name runs back over capitalized words, digits inside words,
/// <c>&amp;</c> and <c>Private</c>, at most <see cref="MaxNameTokens"/> tokens, never across a line break or sentence
/// start; a leading <c>The</c> stays out. A span is added only where no other name overlaps it. Linear in the tokens;
/// allocates only when a document has a suffix.</remarks>
internal static class SuffixedCompanies
{
    private const int MaxNameTokens = 6;
    private const float Confidence = 0.6f;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<EntitySpan> spans, int from)
    {
        (int Start, int End)[]? taken = null;
        int sentence = 0;
        // The tokens of the given sentences: all of them for a whole document, a window group's on all cores.
        int end = sentences.IsEmpty ? tokens.Length : sentences[^1].EndToken;
        for (int t = sentences.IsEmpty ? 1 : Math.Max(1, sentences[0].FirstToken); t < end; t++)
        {
            while (sentence + 1 < sentences.Length && sentences[sentence + 1].FirstToken <= t)
            {
                sentence++;
            }

            if (!IsSuffix(tokens[t].GetText(text)))
            {
                continue;
            }

            int sentenceStart = sentences.IsEmpty ? 0 : sentences[sentence].FirstToken;
            int first = t;
            int k = t - 1;
            if (k > sentenceStart && tokens[k].GetText(text).SequenceEqual(","))
            {
                k--;
            }

            while (k >= sentenceStart && t - k <= MaxNameTokens && IsNameWord(tokens[k].GetText(text)) && !LineBreakAfter(text, tokens, k))
            {
                first = k;
                k--;
            }

            if (first < t && tokens[first].GetText(text).SequenceEqual("The"))
            {
                first++;
            }

            if (first == t || !char.IsUpper(text[tokens[first].Start]))
            {
                continue;
            }

            taken ??= Taken(spans, from);
            int nameStart = tokens[first].Start, nameEnd = tokens[t].End;
            if (!Overlaps(taken, nameStart, nameEnd))
            {
                spans.Add(new EntitySpan(EntityKind.Organization, nameStart, nameEnd, Confidence) { Source = EntitySource.SuffixedCompany });
            }
        }
    }

    private static bool IsSuffix(ReadOnlySpan<char> word) => word switch
    {
        "Inc." or "Inc" or "Ltd." or "Ltd" or "LLC" or "L.L.C." or "Corp." or "PLC" or "plc" or "GmbH" or "Limited" or "LLP"
            or "S.A." or "N.V." or "B.V." or "S.p.A." or "Pte." or "Pty." => true,
        _ => false,
    };

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.SequenceEqual("&") || word.SequenceEqual("Private") || word.SequenceEqual("Pvt."))
        {
            return true;
        }

        return word.Length > 0 && char.IsUpper(word[0]) && !IsSuffix(word);
    }

    private static bool LineBreakAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k) =>
        k + 1 < tokens.Length && text[tokens[k].End..tokens[k + 1].Start].Contains('\n');

    private static (int Start, int End)[] Taken(List<EntitySpan> spans, int from)
    {
        var taken = new (int Start, int End)[spans.Count - from];
        for (int i = from; i < spans.Count; i++)
        {
            taken[i - from] = (spans[i].Start, spans[i].End);
        }

        Array.Sort(taken);
        return taken;
    }

    /// <summary>Whether <c>[start, end)</c> overlaps a taken range. The ranges are sorted by start and the tagger's names
    /// do not overlap one another, so only the last few ranges that start before <paramref name="end"/> can reach into it
    /// (a few, not one, because acronym and line-break repairs may add nested pieces).</summary>
    private static bool Overlaps((int Start, int End)[] taken, int start, int end)
    {
        int lo = 0, hi = taken.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (taken[mid].Start < end)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo - 1; i >= 0 && lo - i <= 8; i--)
        {
            if (taken[i].End > start)
            {
                return true;
            }
        }

        return false;
    }
}
