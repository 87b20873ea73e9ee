using System.Text;
using NewsNlp.Cli.Input;

namespace NewsNlp.Fuzz.Targets;

/// <summary>Fuzz target: the CLI's JSONL reader on arbitrary bytes, read as the CLI reads a file.</summary>
/// <remarks>Defined behaviour: no exception; a malformed line is rejected through the error callback with its line number
/// and a message, and every accepted document has a text and an id.</remarks>
internal static class JsonlTarget
{
    public static void Run(ReadOnlySpan<byte> data)
    {
        using var reader = new StreamReader(new MemoryStream(data.ToArray()), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        long lastError = 0;
        foreach (var input in JsonlDocumentReader.Read(reader, (line, message) =>
        {
            if (line <= lastError || string.IsNullOrEmpty(message))
            {
                throw new FuzzInvariantException($"rejection of line {line} after line {lastError} with message '{message}'");
            }

            lastError = line;
        }))
        {
            if (input.Text is null || string.IsNullOrEmpty(input.Id))
            {
                throw new FuzzInvariantException("an accepted document has no text or no id");
            }
        }
    }
}
