namespace NewsNlp.Custom;

/// <summary>How dictionary and pattern matches combine with the entities of the statistical model and the date rules.</summary>
public enum DictionaryPrecedence : byte
{
    /// <summary>A dictionary or pattern match replaces every model or date entity it overlaps (the default: a watch list is
    /// the newsroom's own word).</summary>
    Override,

    /// <summary>A dictionary or pattern match is added only where no model or date entity overlaps it.</summary>
    FillGaps,
}
