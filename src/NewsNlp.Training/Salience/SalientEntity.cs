using NewsNlp.Entities;

namespace NewsNlp.Training;

/// <summary>One entity a story is about, as annotated in <c>salient.jsonl</c>: its name as written in the text, its kind and
/// its rank (1 = most central).</summary>
internal readonly record struct SalientEntity(string Name, EntityKind Kind, int Rank);
