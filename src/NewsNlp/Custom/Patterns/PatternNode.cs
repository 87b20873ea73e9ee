namespace NewsNlp.Custom.Patterns;

/// <summary>A parsed token pattern, before compilation.</summary>
internal abstract record PatternNode
{
    /// <summary>One token that passes every test (none: any token).</summary>
    public sealed record Token(TokenTest[] Tests) : PatternNode;

    /// <summary>The parts one after another.</summary>
    public sealed record Sequence(PatternNode[] Parts) : PatternNode;

    /// <summary>Any one of the choices.</summary>
    public sealed record Choice(PatternNode[] Choices) : PatternNode;

    /// <summary>The body <paramref name="Min"/> to <paramref name="Max"/> times; <paramref name="Max"/> -1 means no bound.</summary>
    public sealed record Repeat(PatternNode Body, int Min, int Max) : PatternNode;
}
