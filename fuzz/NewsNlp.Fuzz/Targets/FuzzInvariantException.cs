namespace NewsNlp.Fuzz.Targets;

/// <summary>A fuzz target saw output that breaks a documented invariant (for example a token outside the text).</summary>
internal sealed class FuzzInvariantException(string message) : Exception(message);
