namespace NewsNlp.Cli;

/// <summary>The process exit codes of <c>newsnlp</c>, listed in <c>--help</c>.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command line was invalid (System.CommandLine's own parse errors also exit with 1).</summary>
    public const int Usage = 1;

    /// <summary>Some input lines were malformed; they were reported on stderr and the other lines were processed.</summary>
    public const int MalformedInput = 2;

    /// <summary>An input or output file could not be read or written.</summary>
    public const int IoError = 3;

    /// <summary>The model could not be loaded.</summary>
    public const int ModelError = 4;

    public const string Help =
        "Exit codes: 0 success; 1 invalid arguments; 2 some input lines were malformed (reported on stderr, the rest was processed); "
        + "3 an input or output file could not be read or written; 4 the model could not be loaded.";
}
