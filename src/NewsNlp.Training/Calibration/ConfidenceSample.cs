using NewsNlp.Confidence;
using NewsNlp.Entities;
using NewsNlp.Recognition;

namespace NewsNlp.Training;

/// <summary>One predicted mention with its confidence and whether it is right: a gold mention of the same span and kind.</summary>
/// <param name="Kind">The predicted kind.</param>
/// <param name="Source">The stage that produced it.</param>
/// <param name="Confidence">Its confidence (raw or calibrated, as collected).</param>
/// <param name="Correct">Whether a gold mention has exactly its span and kind.</param>
/// <param name="DocumentEase">The raw <see cref="ConfidenceCalibration.DocumentEase"/> of its document (raw samples only).</param>
internal readonly record struct ConfidenceSample(EntityKind Kind, EntitySource Source, float Confidence, bool Correct, float DocumentEase = 0);
