using NewsNlp.Entities;

namespace NewsNlp.Training;

/// <summary>An annotated entity mention in a training or evaluation document.</summary>
/// <param name="Kind">The entity kind.</param>
/// <param name="Start">Index of the first UTF-16 code unit in the document text.</param>
/// <param name="End">Index one past the last UTF-16 code unit (exclusive).</param>
public readonly record struct GoldEntity(EntityKind Kind, int Start, int End);
