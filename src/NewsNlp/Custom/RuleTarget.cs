using NewsNlp.Entities;

namespace NewsNlp.Custom;

/// <summary>What a dictionary phrase or pattern produces: a built-in kind, or <see cref="EntityKind.Custom"/> with its label.</summary>
internal readonly record struct RuleTarget(EntityKind Kind, string? CustomLabel)
{
    /// <summary>Gets the output label.</summary>
    public string Label => CustomLabel ?? Kind.ToLabel();

    /// <summary>Creates the span of a match.</summary>
    public EntitySpan Span(int start, int end) =>
        CustomLabel is null ? new EntitySpan(Kind, start, end, 1f) : new EntitySpan(Kind, start, end, 1f) { Label = CustomLabel };
}
