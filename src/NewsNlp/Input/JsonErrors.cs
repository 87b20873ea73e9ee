using System.Text.Json;

namespace NewsNlp.Input;

/// <summary>Describes System.Text.Json's findings in a user's terms.</summary>
internal static class JsonErrors
{
    /// <summary>The parser's message without its internal position (<c>LineNumber: 0 | BytePositionInLine: 1.</c>).</summary>
    public static string Describe(JsonException exception)
    {
        string message = exception.Message;
        int position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (position < 0)
        {
            position = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        message = (position < 0 ? message : message[..position]).Trim();
        return message.EndsWith('.') ? message[..^1] : message;
    }

    /// <summary>"a string", "a number", "an object", "an array", "true", "false" or "null".</summary>
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
