using System.Text;

namespace NewsNlp.Cli.Input;

/// <summary>Opens the command's input: a file path, or standard input for <c>-</c> or no argument.</summary>
internal static class InputSource
{
    public static bool IsStandardInput(string? path) => path is null or "" or "-";

    public static string DisplayName(string? path) => IsStandardInput(path) ? "-" : path!;

    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The path names a directory.</exception>
    public static TextReader Open(string? path)
    {
        if (!IsStandardInput(path) && Directory.Exists(path))
        {
            throw new IOException($"'{path}' is a directory, not a text file.");
        }

        var stream = IsStandardInput(path)
            ? Console.OpenStandardInput()
            : new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }
}
