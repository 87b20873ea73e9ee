using NewsNlp.Collections;
using NewsNlp.Tokenization;

namespace NewsNlp.Tagging;

/// <summary>Per-thread buffers of the tagger, grown on demand and reused, so tagging allocates nothing per token.</summary>
/// <remarks>About 600 bytes per token of the largest window tagged (features, decoding rows, document evidence); the
/// runtime tags in windows of at most <see cref="PerceptronTagger.MaxWindowTokens"/> tokens, so this stays bounded
/// whatever the document's length. Training sizes them to whole documents.</remarks>
internal sealed class TaggerBuffers
{
    public const int AffixCount = 8;

    public ulong[] Word = [];
    public ulong[] Lower = [];
    public ulong[] Shape = [];
    public ulong[] ShortShape = [];
    public ulong[] Affixes = [];
    public int[] Flags = [];
    public ushort[] Gazetteer = [];
    public uint[] Cluster = [];
    public uint[] Phrase = [];
    public int[] SentenceIndex = [];
    public int[] Features = [];
    public float[] Emissions = [];
    public float[] Delta = [];
    public int[] Back = [];
    public int[] Labels = [];
    public ulong[] Allowed = [];

    /// <summary>The sentences of the window being tagged, numbered from the window's first token.</summary>
    public Sentence[] WindowSentences = [];

    public LongHashSet LowerSeen { get; } = new();

    public LongHashSet CapitalizedMidSentence { get; } = new();

    public LongHashSet Acronyms { get; } = new();

    public LongHashSet PhraseMembers { get; } = new();

    /// <summary>Per lower-case word, the kinds it was tagged with earlier in the document (<see cref="FeatureGroups.History"/>).</summary>
    public LongBitsMap History { get; } = new();

    public void EnsureTokens(int count, int stride)
    {
        if (Word.Length < count)
        {
            int n = Math.Max(count, Math.Max(256, Word.Length * 2));
            Word = new ulong[n];
            Lower = new ulong[n];
            Shape = new ulong[n];
            ShortShape = new ulong[n];
            Affixes = new ulong[n * AffixCount];
            Flags = new int[n];
            Gazetteer = new ushort[n];
            Cluster = new uint[n];
            Phrase = new uint[n];
            SentenceIndex = new int[n];
            Features = new int[n * FeatureExtractor.TemplateCount];
            Labels = new int[n];
            Allowed = new ulong[n];
        }

        if (Emissions.Length < count * stride)
        {
            int n = Math.Max(count, Math.Max(256, Emissions.Length / Math.Max(1, stride) * 2));
            Emissions = new float[n * stride];
            Delta = new float[n * stride];
            Back = new int[n * stride];
        }
    }

    /// <summary>Gets the bytes held by the buffers (capacities, not contents).</summary>
    public long RetainedBytes()
    {
        long perToken = (4 * sizeof(ulong)) + (AffixCount * sizeof(ulong)) + sizeof(int) + sizeof(ushort) + sizeof(uint) + sizeof(uint) + sizeof(int)
            + (FeatureExtractor.TemplateCount * sizeof(int)) + sizeof(int) + sizeof(ulong);
        return ((long)Word.Length * perToken) + ((long)Emissions.Length * (sizeof(float) + sizeof(float) + sizeof(int)))
            + ((long)WindowSentences.Length * 16)
            + LowerSeen.RetainedBytes + CapitalizedMidSentence.RetainedBytes + Acronyms.RetainedBytes + PhraseMembers.RetainedBytes
            + History.RetainedBytes;
    }

    /// <summary>Drops every buffer sized for more than <paramref name="maxTokens"/> tokens.</summary>
    public void Trim(int maxTokens)
    {
        if (Word.Length > maxTokens)
        {
            Word = Lower = Shape = ShortShape = Affixes = Allowed = [];
            Flags = SentenceIndex = Features = Labels = [];
            Gazetteer = [];
            Cluster = [];
            Phrase = [];
        }

        if (Emissions.Length > maxTokens * 64)
        {
            Emissions = Delta = [];
            Back = [];
        }

        if (WindowSentences.Length > maxTokens)
        {
            WindowSentences = [];
        }

        LowerSeen.Trim(maxTokens);
        CapitalizedMidSentence.Trim(maxTokens);
        Acronyms.Trim(maxTokens);
        PhraseMembers.Trim(maxTokens);
        History.Trim(maxTokens);
    }
}
