namespace NewsNlp.Entities;

/// <summary>An entity mention in an analysed document.</summary>
/// <param name="Kind">The entity kind.</param>
/// <param name="Start">Index of the first UTF-16 code unit in the document text.</param>
/// <param name="End">Index one past the last UTF-16 code unit (exclusive).</param>
/// <param name="Text">The mention, always equal to <c>text[Start..End]</c>.</param>
/// <param name="Confidence">The probability that the mention is right (span and kind), calibrated per model, kind and source on
/// gold development data (docs/confidence.md); for a model without a fitted calibration, the recognizer's raw score between
/// 0 and 1.</param>
/// <param name="Value">For dates, the TIMEX3-style normalized value (<c>2025-03</c>, <c>2024-W03</c>, <c>PAST_REF</c>) when one can
/// be computed; otherwise <see langword="null"/>.</param>
public readonly record struct Entity(EntityKind Kind, int Start, int End, string Text, float Confidence, string? Value = null)
{
    /// <summary>Gets the number of UTF-16 code units the mention spans.</summary>
    public int Length => End - Start;

    /// <inheritdoc/>
    public override string ToString() => Value is null ? $"{Kind.ToLabel()} [{Start}..{End}) {Text}" : $"{Kind.ToLabel()} [{Start}..{End}) {Text} = {Value}";
}
