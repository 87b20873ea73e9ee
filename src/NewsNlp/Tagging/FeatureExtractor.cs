using NewsNlp.Tokenization;

namespace NewsNlp.Tagging;

/// <summary>Computes the hashed feature buckets of every token of a document straight from its characters.</summary>
/// <remarks>Every token gets exactly <see cref="TemplateCount"/> buckets, so token <c>i</c>'s features are
/// <c>Features[i * TemplateCount ..]</c>. No strings are built and nothing is allocated once the buffers are warm.</remarks>
internal static partial class FeatureExtractor
{
    public const int TemplateCount = 48;

    private const int FirstUpper = 1;
    private const int AllUpper = 2;
    private const int HasDigit = 4;
    private const int SentenceInitial = 8;
    private const int IsWord = 16;
    private const int AttachedLeft = 32;
    private const int FirstLower = 64;
    private const int HasLetter = 128;
    private const int AcronymLongForm = 256;
    private const int IsHyphen = 512;
    private const int IsOpenParen = 1024;
    private const int IsCloseParen = 2048;
    private const int IsPossessive = 4096;
    private const int IsQuote = 8192;
    private const int IsAmpersand = 16384;
    private const int IsEmDash = 32768;
    private const int InHeadline = 65536;

    public static void Extract(
        ReadOnlySpan<char> text,
        ReadOnlySpan<Token> tokens,
        ReadOnlySpan<Sentence> sentences,
        FeatureSettings settings,
        Gazetteer gazetteer,
        WordClusters clusters,
        PhraseLexicon phrases,
        TaggerBuffers buffers)
    {
        int n = tokens.Length;
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                buffers.SentenceIndex[i] = s;
            }
        }

        for (int i = 0; i < n; i++)
        {
            Describe(text, tokens, i, buffers);
        }

        foreach (var sentence in sentences)
        {
            buffers.Flags[sentence.FirstToken] |= SentenceInitial;
            // A sentence that opens with a quote or bracket starts at its first word.
            int first = sentence.FirstToken;
            while (first + 1 < sentence.EndToken && (buffers.Flags[first] & (IsQuote | IsOpenParen)) != 0)
            {
                first++;
                buffers.Flags[first] |= SentenceInitial;
            }
        }

        foreach (var sentence in sentences)
        {
            MarkHeadline(buffers, sentence.FirstToken, sentence.EndToken);
        }

        bool useDocument = settings.Has(FeatureGroups.Document);
        if (useDocument)
        {
            CollectDocumentEvidence(text, tokens, buffers);
        }

        bool useGazetteer = settings.Has(FeatureGroups.Gazetteer);
        bool useClusters = settings.Has(FeatureGroups.Clusters);
        for (int i = 0; i < n; i++)
        {
            buffers.Gazetteer[i] = useGazetteer ? gazetteer.Lookup(buffers.Lower[i]) : (ushort)0;
            buffers.Cluster[i] = useClusters ? clusters.Lookup(buffers.Lower[i]) : 0u;
        }

        bool usePhrases = settings.Has(FeatureGroups.Phrases);
        foreach (var sentence in sentences)
        {
            var marks = buffers.Phrase.AsSpan(0, n);
            if (usePhrases)
            {
                phrases.Match(buffers.Lower, sentence.FirstToken, sentence.EndToken, marks);
            }
            else
            {
                marks[sentence.FirstToken..sentence.EndToken].Clear();
            }
        }

        int bits = settings.BucketBits;
        bool useNameLists = useGazetteer && settings.Has(FeatureGroups.NameLists);
        if (settings.Has(FeatureGroups.History))
        {
            buffers.History.Reset(n);
        }
        foreach (var sentence in sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                WriteFeatures(buffers, i, sentence.FirstToken, sentence.EndToken, bits, useDocument);
                WriteOptionalFeatures(buffers, i, sentence.FirstToken, sentence.EndToken, bits, useNameLists);
            }
        }
    }
}
