using NewsNlp.Cli.Input;

namespace NewsNlp.Fuzz.Targets;

/// <summary>Fuzz target: the CLI's JSONL reader on arbitrary bytes, read as the CLI reads a file (as bytes, with a
/// small <c>--max-chars</c> so the length limit is reached too).</summary>
/// <remarks>Defined behaviour: no exception; a malformed line is rejected through the error callback with its line number
/// and a message, warnings come in line order, and every accepted document has a text and an id.</remarks>
internal static class JsonlTarget
{
    private const int MaxChars = 4096;

    public static void Run(ReadOnlySpan<byte> data)
    {
        using var stream = new MemoryStream(data.ToArray());
        long lastError = 0;
        long lastWarning = 0;
        var inputs = JsonlDocumentReader.Read(
            stream,
            MaxChars,
            (line, message) =>
            {
                if (line <= lastError || string.IsNullOrEmpty(message))
                {
                    throw new FuzzInvariantException($"rejection of line {line} after line {lastError} with message '{message}'");
                }

                lastError = line;
            },
            (line, message) =>
            {
                if (line < lastWarning || string.IsNullOrEmpty(message))
                {
                    throw new FuzzInvariantException($"warning for line {line} after line {lastWarning} with message '{message}'");
                }

                lastWarning = line;
            });
        foreach (var input in inputs)
        {
            if (input.Text is null || input.Text.Length > MaxChars || string.IsNullOrEmpty(input.Id))
            {
                throw new FuzzInvariantException("an accepted document has no text, a text over the limit, or no id");
            }
        }
    }
}
