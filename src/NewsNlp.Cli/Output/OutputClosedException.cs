namespace NewsNlp.Cli.Output;

/// <summary>Standard output was closed by its reader (EPIPE): the run stops, and the process exits with
/// <see cref="ExitCodes.OutputClosed"/>.</summary>
internal sealed class OutputClosedException(Exception inner) : Exception("standard output was closed by its reader", inner);
