using NewsNlp.Custom;
using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Groups;
using NewsNlp.Mentions;
using NewsNlp.Models;

namespace NewsNlp.Pipeline;

/// <summary>Settings for a <see cref="NewsPipeline"/>, used by <see cref="NewsPipelineBuilder"/> and by dependency injection.</summary>
public sealed class NewsNlpOptions
{
    /// <summary>Gets or sets the model to use. Default: <see langword="null"/>, meaning <see cref="ModelPath"/> if set, else the
    /// embedded English model.</summary>
    public NewsModel? Model { get; set; }

    /// <summary>Gets or sets a model file to load when <see cref="Model"/> is not set. Default: <see langword="null"/>.</summary>
    public string? ModelPath { get; set; }

    /// <summary>Gets or sets whether the statistical recognizer runs (people, organizations, locations). Default: <see langword="true"/>.</summary>
    public bool RecognizeNames { get; set; } = true;

    /// <summary>Gets or sets whether the rule-based date recognizer runs. Default: <see langword="true"/>.</summary>
    public bool RecognizeDates { get; set; } = true;

    /// <summary>Gets or sets whether an acronym defined in parentheses after a name ("African Development Bank (AfDB)") takes the
    /// name's label throughout the document. Default: <see langword="true"/>.</summary>
    public bool LabelConsistency { get; set; } = true;

    /// <summary>Gets or sets the entity kinds to emit. Default: <see cref="EntityKindSet.Default"/> (everything but <c>MISC</c>).</summary>
    public EntityKindSet Kinds { get; set; } = EntityKindSet.Default;

    /// <summary>Gets or sets which stage supplies DATE entities. Default: <see cref="DateSource.Rules"/>, which measured best on
    /// TempEval-3 dev data and is the only source of normalized values.</summary>
    public DateSource DateSource { get; set; } = DateSource.Rules;

    /// <summary>Gets or sets how ambiguous numeric dates are read. Default: <see cref="DateOrder.MonthDayYear"/>.</summary>
    public DateOrder DateOrder { get; set; } = DateOrder.MonthDayYear;

    /// <summary>Gets or sets whether a date range is one DATE (<c>June 2-12</c>, <c>Oct. 20 to Nov. 5</c>) whose value is an
    /// ISO-8601 interval (<c>2024-06-02/2024-06-12</c>). Default: <see langword="true"/>; <see langword="false"/> gives each
    /// end its own DATE, as TimeML corpora annotate them.</summary>
    public bool JoinDateRanges { get; set; } = true;

    /// <summary>Gets or sets the reference date used when a document carries none. Default: <see langword="null"/>.</summary>
    public DateOnly? DefaultReferenceDate { get; set; }

    /// <summary>Gets or sets how many documents <see cref="NewsPipeline.AnalyzeMany(IEnumerable{string}, CancellationToken)"/>
    /// analyses at once. Default: <see cref="Environment.ProcessorCount"/>.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Gets or sets whether confidences stay as the stages produced them, uncalibrated (for fitting a calibration).</summary>
    internal bool RawConfidence { get; set; }

    /// <summary>Gets or sets the entity-group rules that retype and add mentions (<see cref="GroupRuleSet"/>): the one that
    /// raised F1 without lowering it on any dev set with either English model (docs/entity-groups.md has the figures).</summary>
    internal GroupRuleSet GroupRules { get; set; } = GroupRuleSet.RetypeNameWords;

    /// <summary>Gets the phrase dictionaries whose matches the pipeline adds (see <c>docs/custom-entities.md</c>). Default: none.</summary>
    /// <remarks>Their matches are not filtered by <see cref="Kinds"/>: a kind a dictionary names is a kind asked for.</remarks>
    public IList<EntityDictionary> Dictionaries { get; private set; } = [];

    /// <summary>Gets the token pattern rules whose matches the pipeline adds. Default: none.</summary>
    /// <remarks>Like <see cref="Dictionaries"/>, not filtered by <see cref="Kinds"/>.</remarks>
    public IList<TokenPatternSet> Patterns { get; private set; } = [];

    /// <summary>Gets or sets how dictionary and pattern matches combine with the model's and the date rules' entities.
    /// Default: <see cref="DictionaryPrecedence.Override"/>.</summary>
    public DictionaryPrecedence DictionaryPrecedence { get; set; } = DictionaryPrecedence.Override;

    internal NewsNlpOptions Clone()
    {
        var clone = (NewsNlpOptions)MemberwiseClone();
        clone.Dictionaries = [.. Dictionaries];
        clone.Patterns = [.. Patterns];
        return clone;
    }
}
