using System.Globalization;
using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Tokenization;

namespace NewsNlp.Training;

/// <summary>Trains the statistical recognizer: an averaged structured perceptron over BILOU tags with hashed features.</summary>
/// <remarks>Training is deterministic: the same documents, options and seed give the same model bytes. Corpus text is
/// re-tokenized with <see cref="NewsTokenizer"/> and split with <see cref="SentenceSplitter"/>, exactly as at inference.</remarks>
public sealed class NerTrainer
{
    /// <summary>The most training runs one model may average; each costs a whole training.</summary>
    public const int MaxRuns = 16;

    private readonly NerTrainerOptions _options;
    private readonly BilouLabels _labels;
    private readonly FeatureSettings _settings;
    private readonly int _stride;

    /// <summary>Initializes a trainer.</summary>
    /// <param name="options">The settings; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public NerTrainer(NerTrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1, nameof(options.Epochs));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BucketBits, FeatureSettings.MinBucketBits, nameof(options.BucketBits));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.BucketBits, FeatureSettings.MaxBucketBits, nameof(options.BucketBits));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.GazetteerFolds, 2, nameof(options.GazetteerFolds));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Runs, 1, nameof(options.Runs));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Runs, MaxRuns, nameof(options.Runs));
        _options = options;
        _labels = new BilouLabels(options.Kinds);
        var groups = (options.DocumentFeatures ? FeatureGroups.Document : 0)
            | (options.Gazetteer ? FeatureGroups.Gazetteer : 0)
            | (options.Clusters is { Count: > 0 } ? FeatureGroups.Clusters : 0)
            | (options.Gazetteer && options.NameLists.Count > 0 ? FeatureGroups.NameLists : 0)
            | (options.HistoryFeatures ? FeatureGroups.History : 0);
        _settings = new FeatureSettings(options.BucketBits, groups);
        _stride = SequenceScorer.StrideFor(_labels.Count);
    }

    /// <summary>Trains a model.</summary>
    /// <param name="training">The training corpora.</param>
    /// <param name="development">Corpora scored after every epoch (reported only; the last epoch's model is returned).</param>
    /// <param name="log">Receives progress lines, or <see langword="null"/>.</param>
    /// <returns>The model of the last epoch; with <see cref="NerTrainerOptions.Runs"/> above 1, the mean of the runs' last
    /// epochs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    public NewsModel Train(IReadOnlyList<TrainingCorpus> training, IReadOnlyList<TrainingCorpus>? development = null, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        development ??= [];
        var documents = Prepare(training);
        log?.WriteLine($"training on {documents.Count} documents, {documents.Sum(static d => d.Tokens.Length)} tokens; {_labels.Count} labels");

        var clusters = BuildClusters();
        var fullGazetteer = Gazetteer.Empty;
        var foldGazetteers = new Gazetteer[_options.GazetteerFolds];
        Array.Fill(foldGazetteers, Gazetteer.Empty);
        if (_settings.Has(FeatureGroups.Gazetteer))
        {
            (fullGazetteer, foldGazetteers) = BuildGazetteers(documents);
            if (_settings.Has(FeatureGroups.NameLists))
            {
                // External lists do not come from the training labels, so every fold sees them whole.
                var lists = NameListGazetteer.Build(_options.NameLists);
                fullGazetteer = NameListGazetteer.Merge(fullGazetteer, lists);
                for (int f = 0; f < foldGazetteers.Length; f++)
                {
                    foldGazetteers[f] = NameListGazetteer.Merge(foldGazetteers[f], lists);
                }

                log?.WriteLine($"name lists: {lists.Count} words from {_options.NameLists.Sum(static l => l.Names.Count)} names");
            }

            log?.WriteLine($"gazetteer: {fullGazetteer.Count} words (per fold {string.Join("/", foldGazetteers.Select(static g => g.Count))})");
        }

        if (_options.Runs == 1)
        {
            var (weights, transitions) = TrainRun(documents, foldGazetteers, fullGazetteer, clusters, _options.Seed, development, log, "");
            return CreateModel(weights, transitions, fullGazetteer, clusters, _options.Epochs);
        }

        // Runs that differ only in the order of the documents make different mistakes; the mean of their weights is a
        // steadier model than any one of them. Sums are taken in run order, so the result stays deterministic.
        var weightSum = new double[_settings.BucketCount * _stride];
        var transitionSum = new double[(_labels.Count + 1) * _labels.Count];
        for (int run = 0; run < _options.Runs; run++)
        {
            var (weights, transitions) = TrainRun(documents, foldGazetteers, fullGazetteer, clusters, _options.Seed + run, development, log, $"run {run + 1}, ");
            Add(weightSum, weights);
            Add(transitionSum, transitions);
        }

        var model = CreateModel(Mean(weightSum, _options.Runs), Mean(transitionSum, _options.Runs), fullGazetteer, clusters, _options.Epochs);
        log?.WriteLine($"mean of {_options.Runs} runs" + DevelopmentScores(model, development));
        return model;
    }

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
                FeatureExtractor.Extract(doc.Text, doc.Tokens, doc.Sentences, _settings, foldGazetteers[doc.Fold], clusters, buffers);
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

    private string DevelopmentScores(NewsModel model, IReadOnlyList<TrainingCorpus> development)
    {
        string line = "";
        foreach (var dev in development)
        {
            var report = NerEvaluator.Evaluate(model, dev.Documents, new EntityKindSet(dev.AnnotatedKinds.Bits & _labels.KindSet.Bits));
            line += string.Create(CultureInfo.InvariantCulture, $"; {dev.Name} F1 {report.F1 * 100:F2}");
        }

        return line;
    }

    private static void Add(double[] sums, float[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            sums[i] += values[i];
        }
    }

    private static float[] Mean(double[] sums, int count)
    {
        var mean = new float[sums.Length];
        for (int i = 0; i < sums.Length; i++)
        {
            mean[i] = (float)(sums[i] / count);
        }

        return mean;
    }

    private NewsModel CreateModel(float[] weights, float[] transitions, Gazetteer gazetteer, WordClusters clusters, int epochs)
    {
        var tagger = new PerceptronTagger(_labels, _settings, weights, transitions, gazetteer, clusters);
        var metadata = new Dictionary<string, string>(_options.Metadata, StringComparer.Ordinal)
        {
            ["epochs"] = epochs.ToString(CultureInfo.InvariantCulture),
            ["seed"] = _options.Seed.ToString(CultureInfo.InvariantCulture),
            ["features"] = _settings.Groups.ToString(),
        };
        if (_options.Runs > 1)
        {
            metadata["runs"] = _options.Runs.ToString(CultureInfo.InvariantCulture);
        }

        return new NewsModel(_options.Name, _labels.KindSet, metadata, tagger);
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

    private List<PreparedDocument> Prepare(IReadOnlyList<TrainingCorpus> corpora)
    {
        var result = new List<PreparedDocument>();
        var kinds = _labels.KindSet;
        var tokenList = new List<Token>();
        var sentenceList = new List<Sentence>();
        int index = 0;
        foreach (var corpus in corpora)
        {
            ulong free = 0;
            for (int k = 0; k < _labels.KindCount; k++)
            {
                if (!corpus.AnnotatedKinds.Contains(_labels.Kinds[k]))
                {
                    for (int position = 0; position < 4; position++)
                    {
                        free |= 1UL << BilouLabels.Label(k, position);
                    }
                }
            }

            foreach (var document in corpus.Documents)
            {
                tokenList.Clear();
                sentenceList.Clear();
                NewsTokenizer.AppendTokens(document.Text, tokenList);
                if (tokenList.Count == 0)
                {
                    continue;
                }

                var tokens = tokenList.ToArray();
                SentenceSplitter.Split(document.Text, tokens, sentenceList);
                var sentences = sentenceList.ToArray();
                var gold = GoldLabels(document, tokens, sentences, kinds);
                string text = _options.TitleCaseRate > 0 ? TitleCase(document.Text, tokens, sentences, index) : document.Text;
                ulong[]? allowed = null;
                if (free != 0)
                {
                    allowed = new ulong[tokens.Length];
                    for (int t = 0; t < tokens.Length; t++)
                    {
                        allowed[t] = gold[t] == BilouLabels.Outside ? free | 1UL : 1UL << gold[t];
                    }
                }

                result.Add(new PreparedDocument(text, tokens, sentences, gold, allowed, index++ % _options.GazetteerFolds));
            }
        }

        return result;
    }

    /// <summary>Rewrites a deterministic share of the sentences in headline title case; lengths and offsets are unchanged.</summary>
    private string TitleCase(string text, Token[] tokens, Sentence[] sentences, int documentIndex)
    {
        char[]? chars = null;
        for (int s = 0; s < sentences.Length; s++)
        {
            ulong draw = FeatureHash.Combine(FeatureHash.Combine((ulong)_options.Seed, (ulong)documentIndex), (ulong)s);
            if ((draw >> 11) * (1.0 / (1UL << 53)) >= _options.TitleCaseRate)
            {
                continue;
            }

            chars ??= text.ToCharArray();
            for (int t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
            {
                var token = tokens[t];
                var word = token.GetText(text);
                if (token.Kind == TokenKind.Word && char.IsLower(word[0]) && !(word.Length <= 3 && t > sentences[s].FirstToken && IsMinorWord(word)))
                {
                    chars[token.Start] = char.ToUpperInvariant(word[0]);
                }
            }
        }

        return chars is null ? text : new string(chars);
    }

    private static bool IsMinorWord(ReadOnlySpan<char> word) =>
        word is "a" or "an" or "the" or "of" or "in" or "on" or "at" or "to" or "for" or "and" or "or" or "but" or "by" or "as" or "vs" or "via";

    /// <summary>Projects character-offset mentions onto our tokens: a token belongs to a mention it overlaps; runs of tokens
    /// of one mention within one sentence become B…L or U.</summary>
    internal int[] GoldLabels(AnnotatedDocument document, Token[] tokens, Sentence[] sentences, EntityKindSet kinds)
    {
        var owner = new int[tokens.Length];
        Array.Fill(owner, -1);
        int t = 0;
        var entities = document.Entities.OrderBy(static e => e.Start).ToArray();
        for (int e = 0; e < entities.Length; e++)
        {
            var entity = entities[e];
            if (!kinds.Contains(entity.Kind))
            {
                continue;
            }

            while (t > 0 && tokens[t - 1].End > entity.Start)
            {
                t--;
            }

            while (t < tokens.Length && tokens[t].End <= entity.Start)
            {
                t++;
            }

            for (int k = t; k < tokens.Length && tokens[k].Start < entity.End; k++)
            {
                owner[k] = e;
            }
        }

        var gold = new int[tokens.Length];
        foreach (var sentence in sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                int e = owner[i];
                if (e < 0)
                {
                    gold[i] = BilouLabels.Outside;
                    continue;
                }

                bool startsRun = i == sentence.FirstToken || owner[i - 1] != e;
                bool endsRun = i + 1 == sentence.EndToken || owner[i + 1] != e;
                int position = (startsRun, endsRun) switch
                {
                    (true, true) => BilouLabels.Unit,
                    (true, false) => BilouLabels.Begin,
                    (false, true) => BilouLabels.Last,
                    _ => BilouLabels.Inside,
                };
                gold[i] = BilouLabels.Label(_labels.IndexOf(entities[e].Kind), position);
            }
        }

        return gold;
    }

    private (Gazetteer Full, Gazetteer[] Folds) BuildGazetteers(List<PreparedDocument> documents)
    {
        int folds = _options.GazetteerFolds;
        int width = 1 + _labels.KindCount;
        var all = new Dictionary<ulong, int[]>();
        var perFold = new Dictionary<ulong, int[]>[folds];
        for (int f = 0; f < folds; f++)
        {
            perFold[f] = [];
        }

        foreach (var doc in documents)
        {
            for (int t = 0; t < doc.Tokens.Length; t++)
            {
                var token = doc.Tokens[t];
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                ulong key = FeatureExtractor.LowerHash(token.GetText(doc.Text));
                int label = doc.Gold[t];
                Count(all, key, width, label);
                Count(perFold[doc.Fold], key, width, label);
            }
        }

        var full = Select(all, null);
        var result = new Gazetteer[folds];
        for (int f = 0; f < folds; f++)
        {
            result[f] = Select(all, perFold[f]);
        }

        return (full, result);

        Gazetteer Select(Dictionary<ulong, int[]> counts, Dictionary<ulong, int[]>? minus)
        {
            var entries = new Dictionary<ulong, ushort>();
            foreach (var (key, row) in counts)
            {
                int[]? sub = null;
                minus?.TryGetValue(key, out sub);
                int total = row[0] - (sub?[0] ?? 0);
                ushort bits = 0;
                for (int k = 0; k < _labels.KindCount; k++)
                {
                    int n = row[1 + k] - (sub?[1 + k] ?? 0);
                    if (n >= _options.GazetteerMinCount && n * 2 >= total)
                    {
                        bits |= (ushort)(1 << k);
                    }
                }

                if (bits != 0)
                {
                    entries[key] = bits;
                }
            }

            return new Gazetteer(entries);
        }
    }

    private static void Count(Dictionary<ulong, int[]> counts, ulong key, int width, int label)
    {
        if (!counts.TryGetValue(key, out var row))
        {
            row = new int[width];
            counts[key] = row;
        }

        row[0]++;
        if (label != BilouLabels.Outside)
        {
            row[1 + BilouLabels.KindIndex(label)]++;
        }
    }

    private WordClusters BuildClusters()
    {
        if (_options.Clusters is not { Count: > 0 } source)
        {
            return WordClusters.Empty;
        }

        var paths = new Dictionary<ulong, uint>();
        foreach (var (word, cluster) in source)
        {
            paths[FeatureExtractor.LowerHash(word)] = (uint)cluster + 1;
        }

        return new WordClusters(paths);
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
