using NewsNlp.Cli.Output;
using NewsNlp.Input;

namespace NewsNlp.Cli;

/// <summary>Writes diagnostics to stderr and turns an exception that reached the top of a command into an exit code.</summary>
/// <remarks>Every message is one line, prefixed with <c>newsnlp</c>: a batch job's log stays greppable, and a hostile input
/// never produces a stack trace. <c>NEWSNLP_TRACE=1</c> adds the stack trace of an internal error for debugging.</remarks>
internal static class CliErrors
{
    private static readonly object s_lock = new();

    /// <summary>Writes one line to stderr; a stderr that cannot be written is ignored (there is nowhere left to report to).</summary>
    public static void Report(string message, TextWriter? error = null)
    {
        lock (s_lock)
        {
            Write(error ?? StandardError.Writer, OneLine(message) + Environment.NewLine);
        }
    }

    /// <summary>Writes text to <paramref name="writer"/> (stderr by default) as is, dropping it when the write fails: a message
    /// that cannot be delivered must never end the run or change its exit code.</summary>
    public static void Write(TextWriter? writer, string text)
    {
        try
        {
            (writer ?? StandardError.Writer).Write(text);
            (writer ?? StandardError.Writer).Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Maps an exception that ended a command to the documented exit code, reporting it first.</summary>
    public static int Handle(Exception exception, TextWriter? error = null)
    {
        switch (exception)
        {
            case OutputClosedException:
                // The reader has gone (| head): like any Unix filter, stop silently.
                return ExitCodes.OutputClosed;
            case InputFormatException:
                // A malformed dictionary, pattern file or data file: file:line:column: reason.
                Report($"newsnlp: {exception.Message}", error);
                return ExitCodes.CannotRun;
            case IOException or UnauthorizedAccessException:
                Report($"newsnlp: {exception.Message}", error);
                return ExitCodes.CannotRun;
            default:
                Report($"newsnlp: internal error ({exception.GetType().Name}): {exception.Message}", error);
                if (Environment.GetEnvironmentVariable("NEWSNLP_TRACE") is "1")
                {
                    Write(error, exception + Environment.NewLine);
                }

                return ExitCodes.InternalError;
        }
    }

    private static string OneLine(string message) =>
        message.Contains('\n') || message.Contains('\r') ? message.ReplaceLineEndings(" ") : message;
}
