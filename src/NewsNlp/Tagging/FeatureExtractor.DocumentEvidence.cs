using NewsNlp.Tokenization;

namespace NewsNlp.Tagging;

/// <content>Document evidence: words seen in lower case or capitalized mid-sentence, members of capitalized phrases,
/// and acronyms with the long forms they abbreviate.</content>
internal static partial class FeatureExtractor
{
    private static void CollectDocumentEvidence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, TaggerBuffers buffers)
    {
        int n = tokens.Length;
        buffers.LowerSeen.Reset(n);
        buffers.CapitalizedMidSentence.Reset(n);
        buffers.Acronyms.Reset(n);
        buffers.PhraseMembers.Reset(n);
        for (int i = 0; i < n; i++)
        {
            int flags = buffers.Flags[i];
            if ((flags & FirstLower) != 0)
            {
                buffers.LowerSeen.Add(buffers.Lower[i]);
            }
            else if ((flags & FirstUpper) != 0 && (flags & (SentenceInitial | InHeadline)) == 0)
            {
                buffers.CapitalizedMidSentence.Add(buffers.Lower[i]);
            }
        }

        // Words that occur inside a run of capitalized words mid-sentence ("Asim Munir"), so a later bare "Munir" is recognized.
        for (int i = 0; i < n; i++)
        {
            int flags = buffers.Flags[i];
            if ((flags & (FirstUpper | IsWord)) != (FirstUpper | IsWord) || (flags & (SentenceInitial | AllUpper | InHeadline)) != 0)
            {
                continue;
            }

            bool left = i > 0 && buffers.SentenceIndex[i - 1] == buffers.SentenceIndex[i] && (buffers.Flags[i - 1] & (FirstUpper | IsWord)) == (FirstUpper | IsWord);
            bool right = i + 1 < n && buffers.SentenceIndex[i + 1] == buffers.SentenceIndex[i] && (buffers.Flags[i + 1] & (FirstUpper | IsWord)) == (FirstUpper | IsWord);
            if (left || right)
            {
                buffers.PhraseMembers.Add(buffers.Lower[i]);
            }
        }

        // "Long Form Name (LFN)": the acronym and the words it abbreviates.
        for (int i = 1; i + 2 < n; i++)
        {
            if ((buffers.Flags[i] & IsOpenParen) == 0 || (buffers.Flags[i + 2] & IsCloseParen) == 0 || (buffers.Flags[i + 1] & AllUpper) == 0)
            {
                continue;
            }

            var acronym = tokens[i + 1].GetText(text);
            if (acronym.Length is < 2 or > 8)
            {
                continue;
            }

            int letter = acronym.Length - 1;
            int j = i - 1;
            int firstMatched = -1;
            while (j >= 0 && letter >= 0 && i - j <= 12)
            {
                var word = tokens[j].GetText(text);
                int flags = buffers.Flags[j];
                if ((flags & FirstUpper) != 0 && char.ToUpperInvariant(word[0]) == acronym[letter])
                {
                    firstMatched = j;
                    letter--;
                }
                else if (!IsConnector(word, flags))
                {
                    break;
                }

                j--;
            }

            if (letter < 0 && firstMatched >= 0)
            {
                buffers.Acronyms.Add(buffers.Word[i + 1]);
                for (int k = firstMatched; k < i; k++)
                {
                    buffers.Flags[k] |= AcronymLongForm;
                }
            }
        }
    }

    private static bool IsConnector(ReadOnlySpan<char> word, int flags) =>
        (flags & IsHyphen) != 0 || word is "of" or "and" or "the" or "for" or "&" or "de" or "al" or "on" or "in";
}
