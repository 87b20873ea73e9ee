namespace NewsNlp.Cli.Input;

/// <summary>Opens the command's input: a file path, or standard input for <c>-</c> or no argument.</summary>
/// <remarks>Every failure to open is an <see cref="IOException"/> with a message fit for stderr, so that the command exits
/// with <see cref="ExitCodes.CannotRun"/>.</remarks>
internal static class InputSource
{
    public static bool IsStandardInput(string? path) => path is null or "" or "-";

    public static string DisplayName(string? path) => IsStandardInput(path) ? "-" : path!;

    /// <summary>Opens the input as bytes (JSONL is split into lines before it is decoded).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The path names a directory, or standard input was closed at launch.</exception>
    public static Stream OpenStream(string? path)
    {
        if (IsStandardInput(path))
        {
            if (StandardInputProbe.IsClosed())
            {
                throw new IOException("standard input is closed; give an input file, or pipe or redirect text into newsnlp");
            }

            if (!Console.IsInputRedirected && !Console.IsErrorRedirected)
            {
                CliErrors.Report("newsnlp: reading standard input (end it with Ctrl+D)");
            }

            return Console.OpenStandardInput();
        }

        if (Directory.Exists(path))
        {
            throw new IOException($"'{path}' is a directory, not a text file.");
        }

        return new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
    }

    /// <summary>Opens the input as text: UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured), counting invalid
    /// sequences into <paramref name="invalid"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The path names a directory, or standard input was closed at launch.</exception>
    public static TextReader OpenText(string? path, out InvalidUtf8Counter invalid)
    {
        invalid = new InvalidUtf8Counter();
        return new StreamReader(OpenStream(path), invalid.CreateEncoding(), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }
}
