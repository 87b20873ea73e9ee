namespace NewsNlp.Tagging;

/// <content>Prediction history: the kinds each capitalized word was tagged with earlier in the document (template 45).</content>
internal static partial class FeatureExtractor
{
    /// <summary>Bit of <see cref="TaggerBuffers.History"/> meaning "capitalized mid-sentence, tagged outside any name".</summary>
    private const byte HistoryOutside = 0x80;

    /// <summary>Bit of <see cref="TaggerBuffers.History"/> meaning "tagged as a name of any kind in a headline"; the five
    /// kinds use bits 0–4.</summary>
    private const byte HistoryHeadlineName = 0x40;

    /// <summary>Writes template 45 of a sentence's capitalized words: the kinds the same word got earlier in the document.</summary>
    /// <remarks>Decoding goes sentence by sentence in document order, in training as in tagging, so the history a sentence
    /// sees is always the tagger's own earlier output.</remarks>
    public static void WriteHistory(TaggerBuffers b, int first, int count, int bits)
    {
        for (int i = first; i < first + count; i++)
        {
            if (!IsCapitalizedWord(b, i))
            {
                continue;
            }

            int flags = b.Flags[i];
            ulong seen = b.History.Get(b.Lower[i]);
            ulong value = 1 + ((flags & SentenceInitial) != 0 ? 2UL : 0) + ((flags & AllUpper) != 0 ? 4UL : 0) + (seen << 3);
            b.Features[(i * TemplateCount) + 45] = FeatureHash.Bucket(45, value, bits);
        }
    }

    /// <summary>Records the labels decoded for a sentence into the document's prediction history.</summary>
    public static void RecordHistory(TaggerBuffers b, int first, ReadOnlySpan<int> labels)
    {
        for (int t = 0; t < labels.Length; t++)
        {
            int i = first + t;
            if (!IsCapitalizedWord(b, i))
            {
                continue;
            }

            int kind = BilouLabels.KindIndex(labels[t]);
            if ((b.Flags[i] & InHeadline) != 0)
            {
                // A headline's capitals say little, so its guesses only say "some name" to the story below it.
                if (kind >= 0)
                {
                    b.History.Or(b.Lower[i], HistoryHeadlineName);
                }
            }
            else if (kind >= 0)
            {
                b.History.Or(b.Lower[i], (byte)(1 << kind));
            }
            else if ((b.Flags[i] & SentenceInitial) == 0)
            {
                b.History.Or(b.Lower[i], HistoryOutside);
            }
        }
    }
}
