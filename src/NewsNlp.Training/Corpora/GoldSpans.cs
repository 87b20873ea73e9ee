using NewsNlp.Input;

namespace NewsNlp.Training;

/// <summary>Reads the span of a gold JSONL line (<c>"start"</c>, <c>"end"</c> and an optional <c>"text"</c>) and checks it
/// against the document.</summary>
internal static class GoldSpans
{
    /// <summary>The span's offsets, checked to lie inside <paramref name="text"/> and to cover <c>"text"</c> when it is given.</summary>
    /// <param name="json">The line.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="document">How messages name the document: <c>the text</c>, <c>document 'd1'</c>.</param>
    /// <exception cref="InputFormatException">An offset is missing, not a whole number, outside the text, or the span's text
    /// differs.</exception>
    public static (int Start, int End) Offsets(JsonLine json, string text, string document)
    {
        int start = json.Offset("start");
        int end = json.Offset("end");
        if (end <= start)
        {
            throw json.FieldError("end", $"\"end\" ({end}) must be greater than \"start\" ({start})");
        }

        if (end > text.Length)
        {
            throw json.FieldError("end", $"[{start}..{end}) is outside {document}, which has {text.Length} characters");
        }

        if (json.TryString("text") is { } expected && !text.AsSpan(start, end - start).SequenceEqual(expected))
        {
            throw json.FieldError("text", $"the text at [{start}..{end}) of {document} is {Quoted.Text(text.AsSpan(start, end - start))}, not {Quoted.Text(expected)}");
        }

        return (start, end);
    }
}
