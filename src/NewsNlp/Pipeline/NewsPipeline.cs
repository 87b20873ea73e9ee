using NewsNlp.Confidence;
using NewsNlp.Custom;
using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Groups;
using NewsNlp.Models;
using NewsNlp.Recognition;

namespace NewsNlp.Pipeline;

/// <summary>The news analysis pipeline: tokenizer, sentence splitter, name recognizer and date recognizer.</summary>
/// <remarks>
/// A pipeline is immutable and thread-safe: build it once (or use <see cref="Default"/>) and share it. Analysis keeps its
/// scratch buffers per thread, so steady-state analysis allocates only the returned results.
/// </remarks>
public sealed partial class NewsPipeline
{
    private static readonly Lazy<NewsPipeline> s_default = new(() => new NewsPipelineBuilder().Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IEntityRecognizer[] _recognizers;
    private readonly EntityKindSet _kinds;
    private readonly DateOnly? _defaultReferenceDate;
    private readonly int _maxDegreeOfParallelism;

    // The model's own DATE spans are dropped when the rules alone supply dates (see DateSource).
    private readonly IEntityRecognizer? _recognizerWithoutDates;

    private readonly bool _labelConsistency;

    private readonly GroupRuleSet _groupRules;

    // Null for a model without a fitted calibration (its raw confidences are kept) and when raw confidences are asked for.
    private readonly ConfidenceCalibration? _calibration;

    // Dictionaries and patterns, or null when none were given (the output is then exactly the model's and the rules').
    private readonly CustomEntityMatcher? _custom;

    internal NewsPipeline(NewsNlpOptions options, NewsModel? model, DateRecognizer? dates, CustomEntityMatcher? custom = null)
    {
        _custom = custom;
        DictionaryPrecedence = options.DictionaryPrecedence;
        Model = model;
        _kinds = options.Kinds;
        _defaultReferenceDate = options.DefaultReferenceDate;
        _maxDegreeOfParallelism = options.MaxDegreeOfParallelism;
        DateOrder = options.DateOrder;
        DateSource = options.DateSource;
        _labelConsistency = options.LabelConsistency;
        _groupRules = options.GroupRules;
        _calibration = options.RawConfidence ? null : ConfidenceCalibration.For(model);
        RecognizesDates = dates is not null;

        // Dates first: on equal spans the first stage wins, and the rules carry normalized values.
        var recognizers = new List<IEntityRecognizer>(2);
        if (dates is not null)
        {
            recognizers.Add(dates);
        }

        if (model is not null)
        {
            recognizers.Add(model.Recognizer);
            if (dates is not null && options.DateSource == DateSource.Rules)
            {
                _recognizerWithoutDates = model.Recognizer;
            }
        }

        _recognizers = [.. recognizers];
    }

    /// <summary>Gets the default pipeline: the embedded English model with dates, built once on first use.</summary>
    /// <exception cref="InvalidOperationException">The embedded model is missing.</exception>
    public static NewsPipeline Default => s_default.Value;

    /// <summary>Gets the name-recognition model, or <see langword="null"/> when names are off.</summary>
    public NewsModel? Model { get; }

    /// <summary>Gets whether the rule-based date recognizer runs.</summary>
    public bool RecognizesDates { get; }

    /// <summary>Gets which stage supplies DATE entities.</summary>
    public DateSource DateSource { get; }

    /// <summary>Gets how ambiguous numeric dates are read.</summary>
    public DateOrder DateOrder { get; }

    /// <summary>Gets how dictionary and pattern matches combine with the model's and the date rules' entities.</summary>
    public DictionaryPrecedence DictionaryPrecedence { get; }

    /// <summary>Gets the entity kinds the model and the date rules emit; dictionary and pattern matches are not filtered by it.</summary>
    public EntityKindSet Kinds => _kinds;
}
