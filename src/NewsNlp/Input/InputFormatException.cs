namespace NewsNlp.Input;

/// <summary>A malformed input file: a dictionary, a pattern file, annotated data. The message reads
/// <c>file:line:column: reason</c>, in the terms of the file's format, never a parser's internal position.</summary>
/// <remarks>The <c>newsnlp</c> tool reports it on one line and exits with code 3: the file, not the program, is wrong.</remarks>
public class InputFormatException : FormatException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="sourceName">The file (or other source) the text came from.</param>
    /// <param name="lineNumber">The 1-based line.</param>
    /// <param name="column">The 1-based column, in UTF-16 code units.</param>
    /// <param name="reason">What is wrong, without the position.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> or <paramref name="reason"/> is <see langword="null"/>.</exception>
    public InputFormatException(string sourceName, long lineNumber, int column, string reason)
        : base(Format(sourceName, lineNumber, column, reason))
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        Column = column;
        Reason = reason;
    }

    /// <summary>Gets the file (or other source) the malformed text came from.</summary>
    public string SourceName { get; }

    /// <summary>Gets the 1-based line of the error.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the 1-based column of the error, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>Gets what is wrong, without the position.</summary>
    public string Reason { get; }

    private static string Format(string sourceName, long lineNumber, int column, string reason)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(reason);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{sourceName}:{lineNumber}:{column}: {reason}");
    }
}
