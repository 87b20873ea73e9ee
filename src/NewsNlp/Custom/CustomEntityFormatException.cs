using NewsNlp.Input;

namespace NewsNlp.Custom;

/// <summary>A dictionary or pattern file, or one pattern, is malformed; the message names the source, line and column.</summary>
public sealed class CustomEntityFormatException : InputFormatException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="sourceName">The file (or other source) the text came from.</param>
    /// <param name="lineNumber">The 1-based line.</param>
    /// <param name="column">The 1-based column, in UTF-16 code units.</param>
    /// <param name="reason">What is wrong, without the position.</param>
    public CustomEntityFormatException(string sourceName, long lineNumber, int column, string reason)
        : base(sourceName, lineNumber, column, reason)
    {
    }
}
