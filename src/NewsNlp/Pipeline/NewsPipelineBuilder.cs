using NewsNlp.Custom;
using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Groups;
using NewsNlp.Models;

namespace NewsNlp.Pipeline;

/// <summary>Configures and builds a <see cref="NewsPipeline"/>.</summary>
/// <remarks>The builder is mutable and not thread-safe. <see cref="Build"/> copies its settings, so changing the builder
/// afterwards does not affect pipelines already built.</remarks>
public sealed class NewsPipelineBuilder
{
    private readonly NewsNlpOptions _options;

    /// <summary>Initializes a builder with the default options (embedded English model, dates on, no <c>MISC</c>).</summary>
    public NewsPipelineBuilder()
        : this(new NewsNlpOptions())
    {
    }

    /// <summary>Initializes a builder from existing options; the options are copied.</summary>
    /// <param name="options">The options to start from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public NewsPipelineBuilder(NewsNlpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Clone();
    }

    /// <summary>Uses <paramref name="model"/> for name recognition.</summary>
    /// <param name="model">The model.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public NewsPipelineBuilder UseModel(NewsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _options.Model = model;
        _options.RecognizeNames = true;
        return this;
    }

    /// <summary>Loads the model in <paramref name="path"/> at <see cref="Build"/> time.</summary>
    /// <param name="path">The model file.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public NewsPipelineBuilder UseModel(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _options.Model = null;
        _options.ModelPath = path;
        _options.RecognizeNames = true;
        return this;
    }

    /// <summary>Turns the statistical name recognizer off: the pipeline then needs no model.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder WithoutNames()
    {
        _options.RecognizeNames = false;
        return this;
    }

    /// <summary>Turns the rule-based date recognizer on, reading ambiguous numeric dates in <paramref name="order"/>.</summary>
    /// <param name="order">How <c>03/04/2025</c> is read.</param>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder UseDates(DateOrder order = DateOrder.MonthDayYear)
    {
        _options.RecognizeDates = true;
        _options.DateOrder = order;
        return this;
    }

    /// <summary>Chooses which stage supplies DATE entities.</summary>
    /// <param name="source">Rules (the default), the model, or both.</param>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder WithDateSource(DateSource source)
    {
        _options.DateSource = source;
        return this;
    }

    /// <summary>Turns the rule-based date recognizer off.</summary>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder WithoutDates()
    {
        _options.RecognizeDates = false;
        return this;
    }

    /// <summary>Limits the output to <paramref name="kinds"/>.</summary>
    /// <param name="kinds">The kinds to emit; <c>MISC</c> is emitted only if listed here and known to the model.</param>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder WithKinds(EntityKindSet kinds)
    {
        _options.Kinds = kinds;
        return this;
    }

    /// <summary>Sets the reference date for documents that carry none.</summary>
    /// <param name="referenceDate">The date, or <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder WithReferenceDate(DateOnly? referenceDate)
    {
        _options.DefaultReferenceDate = referenceDate;
        return this;
    }

    /// <summary>Sets how many documents <see cref="NewsPipeline.AnalyzeMany(IEnumerable{string}, CancellationToken)"/> analyses at once (the caller's thread counts as one).</summary>
    /// <param name="degree">At least 1.</param>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder WithMaxDegreeOfParallelism(int degree)
    {
        _options.MaxDegreeOfParallelism = degree;
        return this;
    }

    /// <summary>Keeps the stages' raw confidences, uncalibrated: what <c>newsnlp calibrate</c> fits curves to.</summary>
    /// <returns>This builder.</returns>
    internal NewsPipelineBuilder WithRawConfidence()
    {
        _options.RawConfidence = true;
        return this;
    }

    /// <summary>Sets the entity-group rules (for measuring each one: <c>newsnlp eval --group-rules</c>).</summary>
    /// <returns>This builder.</returns>
    internal NewsPipelineBuilder WithGroupRules(GroupRuleSet rules)
    {
        _options.GroupRules = rules;
        return this;
    }

    /// <summary>Adds the phrases of <paramref name="dictionary"/>: each match becomes an entity of the phrase's kind.</summary>
    /// <param name="dictionary">The phrases; compiled at <see cref="Build"/> time, so later changes do not reach built pipelines.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dictionary"/> is <see langword="null"/>.</exception>
    /// <remarks>Matches start and end on token boundaries, the longest wins, then the leftmost; they are not filtered by
    /// <see cref="WithKinds"/>, and combine with the model's entities as <see cref="WithDictionaryPrecedence"/> says.
    /// See <c>docs/custom-entities.md</c>.</remarks>
    public NewsPipelineBuilder UseDictionary(EntityDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _options.Dictionaries.Add(dictionary);
        return this;
    }

    /// <summary>Adds phrases that all name <paramref name="kind"/>, such as ministers as <c>PERSON</c> or rifles as <c>WEAPON</c>.</summary>
    /// <param name="kind">A built-in label (<c>PERSON</c>, <c>ORG</c>, ...) or a custom one (<c>WEAPON</c>).</param>
    /// <param name="phrases">The phrases.</param>
    /// <param name="ignoreCase">Whether the phrases match regardless of case.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument or a phrase is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A phrase is empty or too long, or the kind is not a valid label.</exception>
    public NewsPipelineBuilder UseDictionary(string kind, IEnumerable<string> phrases, bool ignoreCase = false) =>
        UseDictionary(new EntityDictionary(ignoreCase).AddRange(kind, phrases));

    /// <summary>Adds token pattern rules: each match becomes an entity of the rule's kind.</summary>
    /// <param name="patterns">The rules; compiled at <see cref="Build"/> time.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patterns"/> is <see langword="null"/>.</exception>
    public NewsPipelineBuilder UsePatterns(TokenPatternSet patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _options.Patterns.Add(patterns);
        return this;
    }

    /// <summary>Chooses how dictionary and pattern matches combine with the model's and the date rules' entities.</summary>
    /// <param name="precedence">Override (the default) or fill gaps.</param>
    /// <returns>This builder.</returns>
    public NewsPipelineBuilder WithDictionaryPrecedence(DictionaryPrecedence precedence)
    {
        _options.DictionaryPrecedence = precedence;
        return this;
    }

    /// <summary>Builds an immutable, thread-safe pipeline from the current settings.</summary>
    /// <returns>The pipeline.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ModelFormatException">The model file named by <see cref="NewsNlpOptions.ModelPath"/> is invalid.</exception>
    /// <exception cref="InvalidOperationException">The embedded model is missing.</exception>
    /// <exception cref="ArgumentException">The token patterns compile to too many instructions.</exception>
    public NewsPipeline Build()
    {
        var options = _options.Clone();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(NewsNlpOptions.MaxDegreeOfParallelism));
        if (!Enum.IsDefined(options.DateOrder))
        {
            throw new ArgumentOutOfRangeException(nameof(NewsNlpOptions.DateOrder), options.DateOrder, "Unknown date order.");
        }

        if (!Enum.IsDefined(options.DateSource))
        {
            throw new ArgumentOutOfRangeException(nameof(NewsNlpOptions.DateSource), options.DateSource, "Unknown date source.");
        }

        if (!Enum.IsDefined(options.DictionaryPrecedence))
        {
            throw new ArgumentOutOfRangeException(nameof(NewsNlpOptions.DictionaryPrecedence), options.DictionaryPrecedence, "Unknown dictionary precedence.");
        }

        NewsModel? model = null;
        if (options.RecognizeNames)
        {
            model = options.Model ?? (options.ModelPath is { Length: > 0 } path ? NewsModel.Load(path) : NewsModel.English);
        }

        var dates = options.RecognizeDates && options.DateSource != DateSource.Model ? new DateRecognizer(options.DateOrder, options.JoinDateRanges) : null;
        var custom = CustomEntityMatcher.Create([.. options.Dictionaries], [.. options.Patterns], options.DictionaryPrecedence);
        return new NewsPipeline(options, model, dates, custom);
    }
}
