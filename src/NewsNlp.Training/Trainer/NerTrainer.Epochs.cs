using NewsNlp.Tagging;

namespace NewsNlp.Training;

/// <content>One training run: the epoch loop over shuffled documents, the perceptron update, weight averaging, and
/// the deterministic shuffle.</content>
public sealed partial class NerTrainer
{
    /// <summary>Trains one run over the prepared documents, shuffled by <paramref name="seed"/>; returns the averaged
    /// weights and transitions of its last epoch.</summary>
    private (float[] Weights, float[] Transitions) TrainRun(
        List<PreparedDocument> documents,
        Gazetteer[] foldGazetteers,
        Gazetteer fullGazetteer,
        WordClusters clusters,
        int seed,
        IReadOnlyList<TrainingCorpus> development,
        TextWriter? log,
        string prefix)
    {
        int weightCount = _settings.BucketCount * _stride;
        var weights = new float[weightCount];
        var totals = new double[weightCount];
        int transitionCount = (_labels.Count + 1) * _labels.Count;
        var transitions = new float[transitionCount];
        var transitionTotals = new double[transitionCount];
        var buffers = new TaggerBuffers();
        var predicted = new int[16];
        var target = new int[16];
        long step = 1;
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var random = new SplitMix(seed);
        float[] averaged = [];
        float[] averagedTransitions = [];
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long mistakes = 0;
            long tokens = 0;
            foreach (int index in order)
            {
                var doc = documents[index];
                buffers.EnsureTokens(doc.Tokens.Length, _stride);
                FeatureExtractor.Extract(doc.Text, doc.Tokens, doc.Sentences, _settings, foldGazetteers[doc.Fold], clusters, _phrases, buffers);
                foreach (var sentence in doc.Sentences)
                {
                    int first = sentence.FirstToken;
                    int count = sentence.TokenCount;
                    if (predicted.Length < count)
                    {
                        predicted = new int[count * 2];
                        target = new int[count * 2];
                    }

                    if (_settings.Has(FeatureGroups.History))
                    {
                        FeatureExtractor.WriteHistory(buffers, first, count, _settings.BucketBits);
                    }

                    var features = buffers.Features.AsSpan(first * FeatureExtractor.TemplateCount, count * FeatureExtractor.TemplateCount);
                    var emissions = buffers.Emissions.AsSpan(0, count * _stride);
                    SequenceScorer.Score(weights, _stride, features, FeatureExtractor.TemplateCount, count, emissions);
                    // Training decodes without the inference-time constraints (possessives and spaced punctuation outside
                    // names): measured on eng.testa, constrained training loses about 1 F1.
                    SequenceScorer.Decode(_labels, transitions, emissions, _stride, count, default, buffers.Delta, buffers.Back, predicted);
                    var gold = doc.Gold.AsSpan(first, count);
                    if (doc.Allowed is { } partial)
                    {
                        // Partially annotated corpus: the target is the best path that agrees with the annotation.
                        SequenceScorer.Decode(_labels, transitions, emissions, _stride, count, partial.AsSpan(first, count), buffers.Delta, buffers.Back, target);
                        gold = target.AsSpan(0, count);
                    }

                    if (_settings.Has(FeatureGroups.History))
                    {
                        FeatureExtractor.RecordHistory(buffers, first, predicted.AsSpan(0, count));
                    }

                    tokens += count;
                    mistakes += Update(gold, predicted.AsSpan(0, count), features, weights, totals, transitions, transitionTotals, step);
                    step++;
                }
            }

            averaged = Average(weights, totals, step);
            averagedTransitions = Average(transitions, transitionTotals, step);
            var model = CreateModel(averaged, averagedTransitions, fullGazetteer, clusters, epoch);
            log?.WriteLine($"{prefix}epoch {epoch}: token errors {mistakes * 100.0 / Math.Max(1, tokens):F2}%" + DevelopmentScores(model, development));
        }

        return (averaged, averagedTransitions);
    }

    private int Update(
        ReadOnlySpan<int> gold,
        ReadOnlySpan<int> predicted,
        ReadOnlySpan<int> features,
        float[] weights,
        double[] totals,
        float[] transitions,
        double[] transitionTotals,
        long step)
    {
        int mistakes = 0;
        int labelCount = _labels.Count;
        for (int t = 0; t < gold.Length; t++)
        {
            int g = gold[t];
            int p = predicted[t];
            int gPrev = t == 0 ? labelCount : gold[t - 1];
            int pPrev = t == 0 ? labelCount : predicted[t - 1];
            if (g != p)
            {
                mistakes++;
                foreach (int bucket in features.Slice(t * FeatureExtractor.TemplateCount, FeatureExtractor.TemplateCount))
                {
                    int row = bucket * _stride;
                    weights[row + g] += 1;
                    totals[row + g] += step;
                    weights[row + p] -= 1;
                    totals[row + p] -= step;
                }
            }

            if (g != p || gPrev != pPrev)
            {
                int gi = (gPrev * labelCount) + g;
                int pi = (pPrev * labelCount) + p;
                transitions[gi] += 1;
                transitionTotals[gi] += step;
                transitions[pi] -= 1;
                transitionTotals[pi] -= step;
            }
        }

        return mistakes;
    }

    private static float[] Average(float[] weights, double[] totals, long step)
    {
        var averaged = new float[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)(weights[i] - (totals[i] / step));
        }

        return averaged;
    }

    /// <summary>A small deterministic generator (SplitMix64) so shuffles do not depend on the runtime's <see cref="Random"/>.</summary>
    private sealed class SplitMix(int seed)
    {
        private ulong _state = (ulong)seed * 0x9E3779B97F4A7C15UL + 1;

        public void Shuffle(int[] items)
        {
            for (int i = items.Length - 1; i > 0; i--)
            {
                int j = (int)(Next() % (ulong)(i + 1));
                (items[i], items[j]) = (items[j], items[i]);
            }
        }

        private ulong Next()
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
