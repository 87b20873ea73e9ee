namespace NewsNlp.Dates;

/// <summary>Which stage supplies DATE entities.</summary>
public enum DateSource : byte
{
    /// <summary>The rule-based date recognizer only: spans with normalized values. DATE spans from the model are dropped.</summary>
    Rules,

    /// <summary>The statistical model only (no normalized values).</summary>
    Model,

    /// <summary>Both; on overlap the longer span wins, and on equal spans the rules win.</summary>
    Combined,
}
