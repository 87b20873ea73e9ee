using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using NewsNlp.Input;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli.Input;

/// <summary>Reads JSONL documents <c>{"id","text"[,"date"]}</c>, one per line, lazily, from UTF-8 bytes.</summary>
/// <remarks>No line can end the run: a malformed line (invalid JSON, wrong field types, a lone surrogate escape, a text over
/// the character limit, a line over the byte limit) is reported through <c>onError</c> with its 1-based line number and
/// skipped; blank lines are ignored. Invalid UTF-8 is replaced by U+FFFD, as any decoder does, and counted: the line is
/// analysed and <c>onWarning</c> says how many sequences were replaced. The document id is kept as raw JSON (string or
/// number) so that it is written back exactly; a missing id becomes the line number.</remarks>
internal static class JsonlDocumentReader
{
    /// <summary>The longest raw JSON id accepted: it is copied into every output line of its document.</summary>
    public const int MaxIdBytes = 4096;

    /// <summary>The longest line accepted for a given text limit: every character of the text written as a <c>\uXXXX</c>
    /// escape (6 bytes, what <c>json.dumps</c> does with non-ASCII text), plus 1 MiB for the other fields.</summary>
    public static int MaxLineBytes(int maxChars) => (int)Math.Min(6L * maxChars + (1 << 20), Array.MaxLength - 1);

    public static IEnumerable<NewsInput> Read(Stream stream, int maxChars, Action<long, string> onError, Action<long, string> onWarning, Shard? shard = null)
    {
        int maxLineBytes = MaxLineBytes(maxChars);
        var lines = new Utf8LineReader(stream, maxLineBytes);
        while (true)
        {
            var status = lines.Read(out var line, out long length);
            if (status == Utf8LineReader.LineStatus.End)
            {
                yield break;
            }

            // Another shard's line: neither analysed nor reported, so each shard reports only its own lines.
            if (shard is { } part && !part.Includes(lines.LineNumber - 1))
            {
                continue;
            }

            if (status == Utf8LineReader.LineStatus.TooLong)
            {
                onError(lines.LineNumber, string.Create(CultureInfo.InvariantCulture,
                    $"the line has {length:N0} bytes, more than the {maxLineBytes:N0} allowed with --max-chars {maxChars:N0}; skipped"));
                continue;
            }

            if (IsBlank(line.Span))
            {
                continue;
            }

            if (TryParse(line, lines.LineNumber, maxChars, out var input, out var error, out int replaced))
            {
                if (replaced > 0)
                {
                    onWarning(lines.LineNumber, string.Create(CultureInfo.InvariantCulture,
                        $"{replaced} invalid UTF-8 sequence{(replaced == 1 ? "" : "s")} replaced by U+FFFD"));
                }

                yield return input;
            }
            else
            {
                onError(lines.LineNumber, error);
            }
        }
    }

    /// <summary>Parses one line.</summary>
    /// <param name="line">The line's bytes, UTF-8 (invalid sequences are replaced by U+FFFD and counted).</param>
    /// <param name="lineNumber">The 1-based line number, the id of a document without one.</param>
    /// <param name="maxChars">The longest text accepted, in UTF-16 code units.</param>
    /// <param name="input">The document.</param>
    /// <param name="error">Why the line was rejected.</param>
    /// <param name="replaced">How many invalid UTF-8 sequences were replaced.</param>
    internal static bool TryParse(ReadOnlyMemory<byte> line, long lineNumber, int maxChars, out NewsInput input, out string error, out int replaced)
    {
        input = default;
        replaced = 0;
        try
        {
            if (!Utf8.IsValid(line.Span))
            {
                replaced = CountInvalid(line.Span);
                line = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(line.Span));
            }

            using var json = JsonDocument.Parse(line);
            return TryRead(json.RootElement, lineNumber, maxChars, out input, out error);
        }
        catch (JsonException ex)
        {
            // The parser's own position (LineNumber: 0 | BytePositionInLine: 12) becomes a column of the line.
            error = ex.BytePositionInLine is long bytes
                ? string.Create(CultureInfo.InvariantCulture, $"invalid JSON at column {Encoding.UTF8.GetCharCount(line.Span[..(int)Math.Min(bytes, line.Length)]) + 1}: {JsonErrors.Describe(ex)}")
                : "invalid JSON: " + JsonErrors.Describe(ex);
            return false;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json reports a lone surrogate escape in a field name only when the names are compared.
            error = "a field name holds an invalid \\u escape (a lone UTF-16 surrogate such as \\ud800)";
            return false;
        }
    }

    private static bool TryRead(JsonElement root, long lineNumber, int maxChars, out NewsInput input, out string error)
    {
        input = default;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = $"expected a JSON object {{\"id\",\"text\"[,\"date\"]}}, got {JsonErrors.Describe(root.ValueKind)}";
            return false;
        }

        if (!root.TryGetProperty("text", out var textElement))
        {
            error = "missing \"text\"";
            return false;
        }

        if (textElement.ValueKind != JsonValueKind.String)
        {
            error = $"\"text\" must be a string, got {JsonErrors.Describe(textElement.ValueKind)}";
            return false;
        }

        if (!TryGetString(textElement, "text", out var text, out error))
        {
            return false;
        }

        if (text.Length > maxChars)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"\"text\" has {text.Length:N0} characters, more than --max-chars {maxChars:N0}; skipped");
            return false;
        }

        string id = lineNumber.ToString(CultureInfo.InvariantCulture);
        if (root.TryGetProperty("id", out var idElement))
        {
            if (idElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                error = $"\"id\" must be a string or a number, got {JsonErrors.Describe(idElement.ValueKind)}";
                return false;
            }

            id = idElement.GetRawText();
            if (Encoding.UTF8.GetByteCount(id) > MaxIdBytes)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"\"id\" is longer than {MaxIdBytes} bytes");
                return false;
            }

            // The raw id is copied to the output: check that it decodes, so that no output line carries a lone surrogate.
            if (idElement.ValueKind == JsonValueKind.String && !TryGetString(idElement, "id", out _, out error))
            {
                return false;
            }
        }

        DateOnly? date = null;
        if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
        {
            if (dateElement.ValueKind != JsonValueKind.String)
            {
                error = $"\"date\" must be a yyyy-MM-dd string, got {JsonErrors.Describe(dateElement.ValueKind)}";
                return false;
            }

            if (!TryGetString(dateElement, "date", out var dateText, out error))
            {
                return false;
            }

            if (!TryParseDate(dateText, out var parsed))
            {
                error = $"\"date\" {Quoted.Text(dateText)} is not a yyyy-MM-dd date from 0002-01-01 to 9997-12-31 (a time part after it is ignored)";
                return false;
            }

            date = parsed;
        }

        input = new NewsInput(text, id, date);
        error = "";
        return true;
    }

    // System.Text.Json accepts a lone surrogate escape ("\ud800") when parsing and throws InvalidOperationException when the
    // string is read: that is a property of this line, not of the run.
    private static bool TryGetString(JsonElement element, string field, out string value, out string error)
    {
        try
        {
            value = element.GetString()!;
            error = "";
            return true;
        }
        catch (InvalidOperationException)
        {
            value = "";
            error = $"\"{field}\" holds an invalid \\u escape (a lone UTF-16 surrogate such as \\ud800)";
            return false;
        }
    }

    // One per maximal invalid subsequence: exactly the U+FFFD characters that decoding inserts.
    private static int CountInvalid(ReadOnlySpan<byte> bytes)
    {
        int count = 0;
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out _, out int consumed) != OperationStatus.Done)
            {
                count++;
            }

            bytes = bytes[consumed..];
        }

        return count;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first and last reference years relative dates can be resolved in: the date rules ignore a reference date
    /// in year 1 or from 9998 on (their arithmetic must stay inside the calendar), so such a date is refused here rather
    /// than dropped without a word.</summary>
    public const int MinReferenceYear = 2;

    /// <inheritdoc cref="MinReferenceYear"/>
    public const int MaxReferenceYear = 9997;

    /// <summary>Accepts <c>yyyy-MM-dd</c>, optionally followed by a time part (<c>2026-11-27T09:00:00Z</c>), in the years
    /// <see cref="MinReferenceYear"/> to <see cref="MaxReferenceYear"/>.</summary>
    public static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        if (value is null || value.Length < 10)
        {
            return false;
        }

        return (value.Length == 10 || value[10] is 'T' or ' ')
            && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && date.Year is >= MinReferenceYear and <= MaxReferenceYear;
    }
}
