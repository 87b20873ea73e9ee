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
    private readonly string? _customLabel;

    /// <summary>Gets the number of UTF-16 code units the mention spans.</summary>
    public int Length => End - Start;

    /// <summary>Gets the output label: a custom kind's own label (<c>WEAPON</c>) when <see cref="Kind"/> is
    /// <see cref="EntityKind.Custom"/>, otherwise the kind's label (<c>PERSON</c>).</summary>
    /// <exception cref="ArgumentException">The label set is null or empty.</exception>
    public string Label
    {
        get => _customLabel ?? EntityKindLabels.ToLabelOrNumber(Kind);
        init
        {
            ArgumentException.ThrowIfNullOrEmpty(value);
            _customLabel = value;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Value is null ? $"{Label} [{Start}..{End}) {Text}" : $"{Label} [{Start}..{End}) {Text} = {Value}";

    /// <summary>Creates the entity of <paramref name="span"/> over <paramref name="text"/>, keeping a custom label.</summary>
    internal static Entity From(EntitySpan span, string text)
    {
        var entity = new Entity(span.Kind, span.Start, span.End, text[span.Start..span.End], span.Confidence, span.Value);
        return span.CustomLabel is { } label ? entity with { Label = label } : entity;
    }
}
