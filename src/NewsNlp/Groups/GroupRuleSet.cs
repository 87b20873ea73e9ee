namespace NewsNlp.Groups;

/// <summary>The mention rules that entity groups make possible, each measured on its own (docs/entity-groups.md lists
/// the figures); only the one that lowered F1 on no dev set is on in the pipeline.</summary>
[Flags]
internal enum GroupRuleSet
{
    None = 0,

    /// <summary>A mention grouped with a longer name of another kind takes the name's kind (<c>BLA</c> after
    /// <c>Baloch Liberation Army, or BLA</c>; <c>Balochistan Liberation Army</c> tagged once as a place).</summary>
    RetypeToGroupKind = 1,

    /// <summary>A one-word organization, place or misc name that is the first or last word of an earlier full person name
    /// becomes a person (<c>Munir</c> tagged as an organization after <c>Asim Munir</c>).</summary>
    RetypeNameWords = 2,

    /// <summary>An exact repeat of a grouped multi-word name that no mention covers is added.</summary>
    AddRepeats = 4,

    /// <summary>A capitalized word that no mention covers and that is the first or last word of exactly one full person
    /// name of the document is added as that person.</summary>
    AddNameWords = 8,

    /// <summary>An exact repeat of an acronym defined after a grouped name that no mention covers is added.</summary>
    AddAcronymRepeats = 16,
}
