using System.Text;
using System.Text.Json;

namespace NewsNlp.Input;

/// <summary>One line of a JSONL side file, parsed into an object whose fields are read with errors in the user's terms:
/// <c>file:2:10: "start" must be a whole number, got a string</c>, never a parser's internal position.</summary>
internal sealed class JsonLine : IDisposable
{
    private readonly JsonDocument _document;
    private readonly string _line;

    private JsonLine(JsonDocument document, string line, string sourceName, long lineNumber)
    {
        _document = document;
        _line = line;
        SourceName = sourceName;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the name errors report.</summary>
    public string SourceName { get; }

    /// <summary>Gets the line's number.</summary>
    public long LineNumber { get; }

    /// <summary>Parses a line that must hold one JSON object.</summary>
    /// <param name="line">The line.</param>
    /// <param name="sourceName">The name errors report.</param>
    /// <param name="lineNumber">The line's number.</param>
    /// <param name="shape">What the object holds, for the message when the line is not an object: <c>{"phrase","kind"}</c>.</param>
    /// <exception cref="InputFormatException">The line is not valid JSON or not an object.</exception>
    public static JsonLine Parse(string line, string sourceName, long lineNumber, string shape)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            int column = ex.BytePositionInLine is long bytes ? CharColumn(line, bytes) : 1;
            throw new InputFormatException(sourceName, lineNumber, column, "invalid JSON: " + JsonErrors.Describe(ex));
        }
        catch (ArgumentException)
        {
            // Text read through a TextReader the caller made may hold a lone UTF-16 surrogate, which no JSON text can.
            throw new InputFormatException(sourceName, lineNumber, LoneSurrogateColumn(line), "the line holds a lone UTF-16 surrogate, which is not text");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var kind = document.RootElement.ValueKind;
            document.Dispose();
            throw new InputFormatException(sourceName, lineNumber, 1, $"expected a JSON object {shape}, got {JsonErrors.Describe(kind)}");
        }

        return new JsonLine(document, line, sourceName, lineNumber);
    }

    /// <summary>Gets a field, or <see langword="false"/> when the object has none.</summary>
    /// <exception cref="InputFormatException">A field name holds a lone surrogate escape.</exception>
    public bool TryGet(string name, out JsonElement value)
    {
        try
        {
            return _document.RootElement.TryGetProperty(name, out value);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json reports a lone surrogate escape in a field name only when the names are compared.
            throw Error(1, "a field name holds an invalid \\u escape (a lone UTF-16 surrogate such as \\ud800)");
        }
    }

    /// <summary>Reads a required string field.</summary>
    /// <exception cref="InputFormatException">The field is missing, not a string, or holds a lone surrogate escape.</exception>
    public string String(string name) => TryString(name) ?? throw Error(1, $"missing \"{name}\"");

    /// <summary>Reads an optional string field: <see langword="null"/> when it is missing or <c>null</c>.</summary>
    /// <exception cref="InputFormatException">The field is not a string, or holds a lone surrogate escape.</exception>
    public string? TryString(string name)
    {
        if (!TryGet(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw WrongType(name, "a string", value.ValueKind);
        }

        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error(ValueColumn(name), $"\"{name}\" holds an invalid \\u escape (a lone UTF-16 surrogate such as \\ud800)");
        }
    }

    /// <summary>Reads a required whole number from 0 to <see cref="int.MaxValue"/>.</summary>
    /// <exception cref="InputFormatException">The field is missing, not a number, or not such a whole number.</exception>
    public int Offset(string name)
    {
        if (!TryGet(name, out var value))
        {
            throw Error(1, $"missing \"{name}\"");
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            throw WrongType(name, "a whole number", value.ValueKind);
        }

        if (!value.TryGetInt32(out int number) || number < 0)
        {
            throw Error(ValueColumn(name), $"\"{name}\" must be a whole number from 0 to {int.MaxValue}, got {Quoted.Text(value.GetRawText())}");
        }

        return number;
    }

    /// <summary>Reads a required document id: a string's value, or a number as written.</summary>
    /// <exception cref="InputFormatException">The field is missing or neither a string nor a number.</exception>
    public string Id(string name)
    {
        if (!TryGet(name, out var value))
        {
            throw Error(1, $"missing \"{name}\"");
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => String(name),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw WrongType(name, "a string or a number", value.ValueKind),
        };
    }

    /// <summary>An error about field <paramref name="name"/>, at the column of its value.</summary>
    public InputFormatException FieldError(string name, string reason) => Error(ValueColumn(name), reason);

    /// <inheritdoc/>
    public void Dispose() => _document.Dispose();

    private InputFormatException WrongType(string name, string expected, JsonValueKind actual) =>
        Error(ValueColumn(name), $"\"{name}\" must be {expected}, got {JsonErrors.Describe(actual)}");

    private InputFormatException Error(int column, string reason) => new(SourceName, LineNumber, column, reason);

    // The 1-based column of the value of top-level field `name`, found by reading the line again (errors only).
    private int ValueColumn(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(_line);
        var reader = new Utf8JsonReader(bytes);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(name))
                {
                    reader.Read();
                    return Encoding.UTF8.GetCharCount(bytes.AsSpan(0, (int)reader.TokenStartIndex)) + 1;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
        }

        return 1;
    }

    private static int LoneSurrogateColumn(string line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(line[i]))
            {
                return i + 1;
            }
        }

        return 1;
    }

    private static int CharColumn(string line, long bytes)
    {
        var encoded = Encoding.UTF8.GetBytes(line);
        return Encoding.UTF8.GetCharCount(encoded.AsSpan(0, (int)Math.Min(bytes, encoded.Length))) + 1;
    }
}
