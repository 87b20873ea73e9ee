namespace NewsNlp.Entities;

/// <summary>Per-thread buffers of the tagger, grown on demand and reused, so tagging allocates nothing per token.</summary>
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
}
