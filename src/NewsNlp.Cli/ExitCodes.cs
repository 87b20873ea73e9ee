namespace NewsNlp.Cli;

/// <summary>The process exit codes of <c>newsnlp</c>, listed in <c>--help</c> and in <c>docs/reliability.md</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was processed.</summary>
    public const int Success = 0;

    /// <summary>Some input lines were rejected (each reported on stderr with its line number); every other line was processed.</summary>
    public const int InputRejected = 2;

    /// <summary>The run could not start or continue: invalid arguments, a model that cannot be loaded, an input that cannot be
    /// opened or read (missing, a directory, a closed standard input, not UTF-8 JSONL), or an output that cannot be written
    /// (a full disk; a closed pipe has its own code).</summary>
    public const int CannotRun = 3;

    /// <summary>An unexpected error inside newsnlp: a one-line message on stderr, no stack trace (set NEWSNLP_TRACE=1 for it).</summary>
    public const int InternalError = 4;

    /// <summary>Standard output was closed by its reader (<c>| head</c>): newsnlp stops at once, silently, with the code a
    /// shell reports for a process ended by SIGPIPE (128 + 13).</summary>
    public const int OutputClosed = 141;

    public const string Help =
        "Exit codes: 0 success; 2 some input lines were rejected (reported on stderr, the rest was processed); "
        + "3 invalid arguments, or the model, input or output cannot be used; 4 internal error; 141 standard output was closed.";
}
