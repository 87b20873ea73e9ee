using NewsNlp.Recognition;

namespace NewsNlp.Entities;

/// <summary>An entity found in a span of text: its kind, UTF-16 offsets, confidence and, for dates, normalized value.</summary>
/// <remarks>Produced by <see cref="Pipeline.NewsPipeline.EnumerateEntities(ReadOnlySpan{char})"/>; slice the text with
/// <see cref="Start"/> and <see cref="End"/> to read the mention.</remarks>
/// <param name="Kind">The entity kind.</param>
/// <param name="Start">Index of the first UTF-16 code unit.</param>
/// <param name="End">Index one past the last UTF-16 code unit (exclusive).</param>
/// <param name="Confidence">The probability that the mention is right (span and kind), calibrated as for
/// <see cref="Entity.Confidence"/>.</param>
/// <param name="Value">For dates, the TIMEX3-style normalized value (<c>2025-03</c>, <c>PAST_REF</c>); otherwise <see langword="null"/>.</param>
public readonly record struct EntitySpan(EntityKind Kind, int Start, int End, float Confidence, string? Value = null)
{
    private readonly string? _customLabel;

    /// <summary>Gets the number of UTF-16 code units the mention spans.</summary>
    public int Length => End - Start;

    /// <summary>Gets the stage that produced the mention (confidence is calibrated per source).</summary>
    internal EntitySource Source { get; init; }

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

    /// <summary>The label a dictionary or pattern gave, or <see langword="null"/> when the kind's own label applies.</summary>
    internal string? CustomLabel => _customLabel;
}
