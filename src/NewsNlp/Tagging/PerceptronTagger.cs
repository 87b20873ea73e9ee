using NewsNlp.Entities;
using NewsNlp.Recognition;
using NewsNlp.Tokenization;

namespace NewsNlp.Tagging;

/// <summary>The statistical name recognizer: hashed features, a linear BILOU scorer and Viterbi decoding.</summary>
/// <remarks>Immutable and thread-safe; per-call buffers come from <see cref="AnalysisScratch"/>, so tagging allocates nothing
/// per token once a thread's buffers are warm. It knows nothing about files: <c>Models/</c> builds it from a model file.</remarks>
internal sealed class PerceptronTagger : IEntityRecognizer
{
    /// <summary>Builds a tagger from dense float weights (one row of <see cref="SequenceScorer.StrideFor"/> per bucket), as
    /// training produces them; they are quantized into a <see cref="WeightTable"/>.</summary>
    public PerceptronTagger(BilouLabels labels, FeatureSettings settings, float[] weights, float[] transitions, Gazetteer gazetteer, WordClusters clusters, PhraseLexicon phrases)
        : this(labels, settings, Quantize(labels, settings, weights), transitions, gazetteer, clusters, phrases)
    {
    }

    public PerceptronTagger(BilouLabels labels, FeatureSettings settings, WeightTable weights, float[] transitions, Gazetteer gazetteer, WordClusters clusters, PhraseLexicon phrases)
    {
        Labels = labels;
        Settings = settings;
        Stride = SequenceScorer.StrideFor(labels.Count);
        if (weights.BucketCount != settings.BucketCount || weights.LabelCount != labels.Count)
        {
            throw new ArgumentException($"Expected a table of {settings.BucketCount} × {labels.Count} weights, got {weights.BucketCount} × {weights.LabelCount}.", nameof(weights));
        }

        if (transitions.Length != (labels.Count + 1) * labels.Count)
        {
            throw new ArgumentException($"Expected {(labels.Count + 1) * labels.Count} transition weights, got {transitions.Length}.", nameof(transitions));
        }

        Weights = weights;
        Transitions = transitions;
        _transitionTable = SequenceScorer.BuildTransitionTable(labels, transitions, Stride);
        Gazetteer = gazetteer;
        Clusters = clusters;
        Phrases = phrases;
    }

    private readonly float[] _transitionTable;

    // Perceptron scores are not log-odds: on the English model a decisive token wins by 20–200 weight units. Dividing the
    // weakest token's margin by this scale maps a 16-unit margin to 0.73 and a 50-unit one to 0.96 (uncalibrated).
    private const float MarginScale = 16f;

    /// <summary>How many capitalized words may separate an event name's opening word from the part the tagger found.</summary>
    private const int MaxEventNameLead = 3;

    public BilouLabels Labels { get; }

    /// <summary>The row width of emission and decoding buffers: the label count rounded up to whole vectors.</summary>
    public int Stride { get; }

    public FeatureSettings Settings { get; }

    /// <summary>The feature weights, bucket × label.</summary>
    public WeightTable Weights { get; }

    public float[] Transitions { get; }

    public Gazetteer Gazetteer { get; }

    public WordClusters Clusters { get; }

    /// <summary>The multi-word names from external lists (<see cref="FeatureGroups.Phrases"/>).</summary>
    public PhraseLexicon Phrases { get; }

    /// <summary>The most tokens tagged at once. A longer document is tagged in windows of whole sentences (a longer sentence
    /// in pieces of this many tokens), each with its own document evidence and history, so the tagger's working memory
    /// (about 600 bytes a token) stays bounded whatever the input. Documents of up to this many tokens (a 70 KB article)
    /// are one window, exactly as in training.</summary>
    public const int MaxWindowTokens = 1 << 14;

    public void Recognize(scoped in AnalysisContext context, AnalysisScratch scratch, List<EntitySpan> output)
    {
        var tokens = context.Tokens;
        var sentences = context.Sentences;
        var buffers = scratch.Tagger;
        int s = 0;
        int offset = 0; // tokens of sentence s already tagged (a sentence longer than a window)
        while (s < sentences.Length)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            int first = sentences[s].FirstToken + offset;
            int windowTokens = 0;
            int windowSentences = 0;
            if (buffers.WindowSentences.Length < Math.Min(sentences.Length - s, MaxWindowTokens))
            {
                buffers.WindowSentences = new Sentence[Math.Min(Math.Max(sentences.Length - s, 64), MaxWindowTokens)];
            }

            while (s < sentences.Length)
            {
                var sentence = sentences[s];
                int remaining = sentence.TokenCount - offset;
                int take = Math.Min(remaining, MaxWindowTokens - windowTokens);
                if (take < remaining && windowTokens > 0)
                {
                    break; // the sentence starts the next window
                }

                int start = sentence.FirstToken + offset;
                buffers.WindowSentences[windowSentences++] = new Sentence(start - first, take, tokens[start].Start, tokens[start + take - 1].End);
                windowTokens += take;
                if (take < remaining)
                {
                    offset += take;
                    break;
                }

                offset = 0;
                s++;
            }

            TagWindow(context.Text, tokens.Slice(first, windowTokens), buffers.WindowSentences.AsSpan(0, windowSentences), buffers, output);
        }
    }

    private void TagWindow(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, TaggerBuffers buffers, List<EntitySpan> output)
    {
        buffers.EnsureTokens(tokens.Length, Stride);
        FeatureExtractor.Extract(text, tokens, sentences, Settings, Gazetteer, Clusters, Phrases, buffers);
        bool history = Settings.Has(FeatureGroups.History);
        foreach (var sentence in sentences)
        {
            int first = sentence.FirstToken;
            int count = sentence.TokenCount;
            if (history)
            {
                FeatureExtractor.WriteHistory(buffers, first, count, Settings.BucketBits);
            }

            var emissions = buffers.Emissions.AsSpan(0, count * Stride);
            Weights.Score(buffers.Features.AsSpan(first * FeatureExtractor.TemplateCount), FeatureExtractor.TemplateCount, count, emissions, Stride);
            var labels = buffers.Labels.AsSpan(0, count);
            var allowed = buffers.Allowed.AsSpan(0, count);
            FeatureExtractor.FillAllowed(buffers, Labels, first, count, allowed);
            SequenceScorer.DecodeVectorized(Labels, _transitionTable, emissions, Stride, count, allowed, buffers.Delta, buffers.Back, labels);
            if (history)
            {
                FeatureExtractor.RecordHistory(buffers, first, labels);
            }

            EmitSpans(tokens, first, labels, emissions, allowed, buffers, output);
        }
    }

    private static WeightTable Quantize(BilouLabels labels, FeatureSettings settings, float[] weights)
    {
        int stride = SequenceScorer.StrideFor(labels.Count);
        if (weights.Length != settings.BucketCount * stride)
        {
            throw new ArgumentException($"Expected {settings.BucketCount * stride} weights, got {weights.Length}.", nameof(weights));
        }

        return WeightTable.FromDense(weights, stride, settings.BucketCount, labels.Count);
    }

    private void EmitSpans(ReadOnlySpan<Token> tokens, int first, ReadOnlySpan<int> labels, ReadOnlySpan<float> emissions, ReadOnlySpan<ulong> allowed, TaggerBuffers buffers, List<EntitySpan> output)
    {
        int start = -1;
        float minMargin = float.PositiveInfinity;
        for (int t = 0; t < labels.Length; t++)
        {
            int label = labels[t];
            if (label == BilouLabels.Outside)
            {
                start = -1;
                EmitKnownNameBeforeTail(tokens, first, t, labels.Length, buffers, output);
                continue;
            }

            int position = BilouLabels.Position(label);
            if (position is BilouLabels.Begin or BilouLabels.Unit)
            {
                start = t;
                minMargin = float.PositiveInfinity;
            }

            minMargin = Math.Min(minMargin, LocalMargin(labels, emissions, allowed, t));
            if (position is BilouLabels.Last or BilouLabels.Unit && start >= 0)
            {
                float confidence = 1f / (1f + MathF.Exp(-minMargin / MarginScale));
                var kind = Labels.KindOf(label);
                if (NameHeadWords.IsOrganizationDesignator(buffers.Lower[first + start]) && Labels.IndexOf(EntityKind.Organization) >= 0)
                {
                    kind = EntityKind.Organization;
                }
                else if (Labels.IndexOf(EntityKind.Misc) >= 0 && EventNameStart(buffers, labels, first, start, t) is int eventStart)
                {
                    kind = EntityKind.Misc;
                    start = eventStart;
                }
                else if (kind != EntityKind.Person && Labels.IndexOf(EntityKind.Person) >= 0 && IsHonorificPerson(buffers, first + start, first + t))
                {
                    // "Field Marshal Asim Munir" tagged as an organization: an honorific followed by unknown names is a person.
                    kind = EntityKind.Person;
                }

                if (kind == EntityKind.Person)
                {
                    // People are named without their titles: "President X" → "X".
                    int named = start;
                    while (named <= t && FeatureExtractor.IsTitle(buffers, first + named))
                    {
                        named++;
                    }

                    if (named > t)
                    {
                        // Titles alone ("Mr.", "Prime Minister") name nobody; a lone word like "Major" may be a surname.
                        if (t > start || FeatureExtractor.IsHonorific(buffers, first + start))
                        {
                            start = -1;
                            continue;
                        }

                        named = start;
                    }

                    start = named;
                }

                output.Add(new EntitySpan(kind, tokens[first + start].Start, tokens[first + t].End, confidence));
                start = -1;
            }
        }
    }

    /// <summary>A known name (gazetteer: one of person, organization, location) left <c>O</c> before a dependent tail
    /// (<c>India-linked</c>, <c>Hamas-led</c>) is emitted with the gazetteer's kind, as the training conventions mark it.</summary>
    private void EmitKnownNameBeforeTail(ReadOnlySpan<Token> tokens, int first, int t, int count, TaggerBuffers buffers, List<EntitySpan> output)
    {
        int i = first + t;
        if (!FeatureExtractor.IsCapitalizedWord(buffers, i) || !FeatureExtractor.HasDependentTail(buffers, i, first + count))
        {
            return;
        }

        ushort bits = buffers.Gazetteer[i];
        EntityKind? found = null;
        foreach (var kind in (ReadOnlySpan<EntityKind>)[EntityKind.Person, EntityKind.Organization, EntityKind.Location])
        {
            int index = Labels.IndexOf(kind);
            if (index >= 0 && (bits & (1 << index)) != 0)
            {
                if (found is not null)
                {
                    return;
                }

                found = kind;
            }
        }

        if (found is { } name)
        {
            output.Add(new EntitySpan(name, tokens[i].Start, tokens[i].End, 0.5f) { Source = EntitySource.KnownName });
        }
    }

    /// <summary>Where an operation or exercise name starts, if the span <paramref name="start"/>..<paramref name="end"/> is
    /// one: it opens with <c>Operation</c>, or the tagger found only the name's tail and the capitalized words just before
    /// it start with the opening word (<c>Operation Silver</c> before <c>Kestrel</c>).</summary>
    private static int? EventNameStart(TaggerBuffers buffers, ReadOnlySpan<int> labels, int first, int start, int end)
    {
        if (end > start && NameHeadWords.IsEventOpener(buffers.Lower[first + start]))
        {
            return start;
        }

        for (int j = start - 1; j >= 0 && j >= start - MaxEventNameLead; j--)
        {
            if (labels[j] != BilouLabels.Outside || !FeatureExtractor.IsCapitalizedWord(buffers, first + j))
            {
                break;
            }

            if (NameHeadWords.IsEventOpener(buffers.Lower[first + j]))
            {
                return j;
            }
        }

        return null;
    }

    private bool IsHonorificPerson(TaggerBuffers buffers, int from, int to)
    {
        int t = from;
        while (t <= to && FeatureExtractor.IsHonorific(buffers, t))
        {
            t++;
        }

        if (t == from || t > to)
        {
            return false;
        }

        int organization = Labels.IndexOf(EntityKind.Organization);
        int location = Labels.IndexOf(EntityKind.Location);
        ushort placeOrOrganization = (ushort)((organization >= 0 ? 1 << organization : 0) | (location >= 0 ? 1 << location : 0));
        for (; t <= to; t++)
        {
            if (!FeatureExtractor.IsCapitalizedWord(buffers, t) || (buffers.Gazetteer[t] & placeOrOrganization) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How much better the chosen label scores at <paramref name="t"/> than any other label the decoder could have put
    /// there, given the chosen labels on either side (valid BILOU transitions and the decoding constraints only).</summary>
    private float LocalMargin(ReadOnlySpan<int> labels, ReadOnlySpan<float> emissions, ReadOnlySpan<ulong> allowed, int t)
    {
        int labelCount = Labels.Count;
        var transitions = Transitions.AsSpan();
        var into = t == 0 ? transitions.Slice(labelCount * labelCount, labelCount) : transitions.Slice(labels[t - 1] * labelCount, labelCount);
        var scores = emissions.Slice(t * Stride, labelCount);
        int next = t + 1 < labels.Length ? labels[t + 1] : -1;
        int previous = t == 0 ? -1 : labels[t - 1];
        int chosen = labels[t];
        float best = float.NegativeInfinity;
        float chosenScore = 0;
        for (int c = 0; c < labelCount; c++)
        {
            bool possible = (previous < 0 ? BilouLabels.CanStart(c) : BilouLabels.IsValidTransition(previous, c))
                && (next >= 0 ? BilouLabels.IsValidTransition(c, next) : BilouLabels.CanEnd(c))
                && (allowed.IsEmpty || (allowed[t] & (1UL << c)) != 0);
            if (c != chosen && !possible)
            {
                continue;
            }

            float score = into[c] + scores[c] + (next >= 0 ? transitions[(c * labelCount) + next] : 0f);
            if (c == chosen)
            {
                chosenScore = score;
            }
            else if (score > best)
            {
                best = score;
            }
        }

        // No alternative at all: the constraints decided, and the decision is as certain as they are.
        return float.IsNegativeInfinity(best) ? float.PositiveInfinity : chosenScore - best;
    }
}
