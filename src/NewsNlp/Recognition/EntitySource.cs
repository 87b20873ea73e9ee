using NewsNlp.Groups;
using NewsNlp.Mentions;

namespace NewsNlp.Recognition;

/// <summary>Which stage produced a mention: confidence is calibrated per source, since a rule's hit rate has nothing to do
/// with the tagger's margins.</summary>
internal enum EntitySource : byte
{
    /// <summary>The statistical tagger; the raw confidence is a squashed Viterbi margin.</summary>
    Tagger = 0,

    /// <summary>A gazetteer name before a dependent tail (<c>India-linked</c>), left <c>O</c> by the tagger.</summary>
    KnownName,

    /// <summary>A capitalized name ending in a legal suffix (<see cref="SuffixedCompanies"/>).</summary>
    SuffixedCompany,

    /// <summary>An acronym added where it is defined after a name (<see cref="LabelConsistency"/>).</summary>
    DefinedAcronym,

    /// <summary>The rule-based date recognizer.</summary>
    DateRule,

    /// <summary>A repeat of a grouped name or defined acronym that the tagger missed (<see cref="EntityGroupRules"/>).</summary>
    GroupRepeat,
}
