namespace NewsNlp.Custom;

/// <summary>A dictionary or pattern file, or one pattern, is malformed; the message names the source, line and column.</summary>
public sealed class CustomEntityFormatException : FormatException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="sourceName">The file (or other source) the text came from.</param>
    /// <param name="lineNumber">The 1-based line.</param>
    /// <param name="column">The 1-based column, in UTF-16 code units.</param>
    /// <param name="reason">What is wrong, without the position.</param>
    public CustomEntityFormatException(string sourceName, int lineNumber, int column, string reason)
        : base($"{sourceName}:{lineNumber}:{column}: {reason}")
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        Column = column;
        Reason = reason;
    }

    /// <summary>Gets the file (or other source) the malformed text came from.</summary>
    public string SourceName { get; }

    /// <summary>Gets the 1-based line of the error.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the 1-based column of the error, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>Gets what is wrong, without the position.</summary>
    public string Reason { get; }
}
