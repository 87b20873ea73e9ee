namespace NewsNlp.Training;

/// <summary>An external list of names the tagger may use as evidence (a feature, never a rule).</summary>
/// <param name="Category">What the names are.</param>
/// <param name="Names">The names, one per entry; multi-word names mark each capitalized word as part of a name.</param>
public sealed record NameList(NameListCategory Category, IReadOnlyList<string> Names);
