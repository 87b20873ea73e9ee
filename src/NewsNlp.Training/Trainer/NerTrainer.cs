using System.Globalization;
using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Tagging;
using NewsNlp.Tokenization;

namespace NewsNlp.Training;

/// <summary>Trains the statistical recognizer: an averaged structured perceptron over BILOU tags with hashed features.</summary>
/// <remarks>Training is deterministic: the same documents, options and seed give the same model bytes. Corpus text is
/// re-tokenized with <see cref="NewsTokenizer"/> and split with <see cref="SentenceSplitter"/>, exactly as at inference.</remarks>
public sealed partial class NerTrainer
{
    /// <summary>The most training runs one model may average; each costs a whole training.</summary>
    public const int MaxRuns = 16;

    private readonly NerTrainerOptions _options;
    private readonly BilouLabels _labels;
    private readonly FeatureSettings _settings;
    private readonly int _stride;
    private readonly PhraseLexicon _phrases;

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
            | (options.HistoryFeatures ? FeatureGroups.History : 0)
            | (options.Gazetteer && options.NameLists.Any(static l => NameListGazetteer.IsPhraseCategory(l.Category)) ? FeatureGroups.Phrases : 0);
        _settings = new FeatureSettings(options.BucketBits, groups);
        _phrases = _settings.Has(FeatureGroups.Phrases) ? NameListGazetteer.BuildPhrases(options.NameLists) : PhraseLexicon.Empty;
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

            if (_settings.Has(FeatureGroups.Phrases))
            {
                log?.WriteLine($"name-list phrases: {_phrases.Count} trie entries");
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
        var tagger = new PerceptronTagger(_labels, _settings, weights, transitions, gazetteer, clusters, _phrases);
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
}
