using System.Globalization;
using System.Text.Json;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli.Input;

/// <summary>Reads JSONL documents <c>{"id","text"[,"date"]}</c>, one per line, lazily.</summary>
/// <remarks>A malformed line is reported through <c>onError</c> with its 1-based line number and skipped; blank lines are
/// ignored. The document id is kept as raw JSON (string or number) so that it is written back exactly; a missing id becomes
/// the line number.</remarks>
internal static class JsonlDocumentReader
{
    public static IEnumerable<NewsInput> Read(TextReader reader, Action<long, string> onError)
    {
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (TryParse(line, lineNumber, out var input, out var error))
            {
                yield return input;
            }
            else
            {
                onError(lineNumber, error);
            }
        }
    }

    internal static bool TryParse(string line, long lineNumber, out NewsInput input, out string error)
    {
        input = default;
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "expected a JSON object with a \"text\" field";
                return false;
            }

            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                error = "missing string field \"text\"";
                return false;
            }

            string id = lineNumber.ToString(CultureInfo.InvariantCulture);
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
                {
                    error = "field \"id\" must be a string or a number";
                    return false;
                }

                id = idElement.GetRawText();
            }

            DateOnly? date = null;
            if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
            {
                if (dateElement.ValueKind != JsonValueKind.String || !TryParseDate(dateElement.GetString(), out var parsed))
                {
                    error = "field \"date\" must be a yyyy-MM-dd string (a time part is ignored)";
                    return false;
                }

                date = parsed;
            }

            input = new NewsInput(text.GetString()!, id, date);
            error = "";
            return true;
        }
        catch (JsonException ex)
        {
            error = "invalid JSON: " + ex.Message;
            return false;
        }
    }

    /// <summary>Accepts <c>yyyy-MM-dd</c>, optionally followed by a time part (<c>2026-11-27T09:00:00Z</c>).</summary>
    public static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        if (value is null || value.Length < 10)
        {
            return false;
        }

        return (value.Length == 10 || value[10] is 'T' or ' ')
            && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
