using System.Globalization;
using System.Text.Json;
using NewsNlp.Pipeline;

namespace NewsNlp.Samples.WebApi;

/// <summary><c>POST /extract</c>: reads <c>{"text", "date"?, "id"?}</c>, the same fields as a line of
/// <c>newsnlp extract --jsonl</c>, and answers one document of the output contract (docs/output.md). Bad input gets an
/// RFC 9457 problem-details answer that names the field and what was expected.</summary>
public static class ExtractEndpoint
{
    /// <summary>The longest text accepted, in UTF-16 code units: a bound on the work one request can ask for.</summary>
    public const int MaxTextLength = 1_000_000;

    private static readonly JsonDocumentOptions s_jsonOptions = new() { MaxDepth = 16 };

    public static async Task<IResult> HandleAsync(HttpRequest request, NewsPipeline pipeline, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The body must be JSON.",
                detail: "Send Content-Type: application/json and a body such as {\"text\": \"...\", \"date\": \"2026-11-24\"}.");
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, s_jsonOptions, cancellationToken);
        }
        catch (JsonException ex)
        {
            // The parser counts lines and bytes from 0; people count from 1.
            long line = (ex.LineNumber ?? 0) + 1, column = (ex.BytePositionInLine ?? 0) + 1;
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The body is not valid JSON.",
                detail: string.Create(CultureInfo.InvariantCulture, $"The JSON breaks off or goes wrong at line {line}, column {column}."));
        }

        using (body)
        {
            var errors = Validate(body.RootElement, out var text, out var date, out var id);
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: "The request has invalid fields.");
            }

            var document = pipeline.Analyze(new NewsInput(text, null, date), cancellationToken);
            return Results.Ok(DocumentResult.From(document, id));
        }
    }

    /// <summary>Checks every field and collects one message per bad field, in the words of the request's own fields.</summary>
    private static Dictionary<string, string[]> Validate(JsonElement root, out string text, out DateOnly? date, out JsonElement? id)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        text = "";
        date = null;
        id = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors["body"] = [$"must be a JSON object such as {{\"text\": \"...\"}}, got {Describe(root)}."];
            return errors;
        }

        if (!root.TryGetProperty("text", out var textElement))
        {
            errors["text"] = ["is required: the article's text, a string."];
        }
        else if (textElement.ValueKind != JsonValueKind.String)
        {
            errors["text"] = [$"must be a string, got {Describe(textElement)}."];
        }
        else
        {
            text = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                errors["text"] = ["must not be empty."];
            }
            else if (text.Length > MaxTextLength)
            {
                errors["text"] = [string.Create(CultureInfo.InvariantCulture, $"has {text.Length:N0} characters, more than the {MaxTextLength:N0} accepted.")];
            }
        }

        if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
        {
            if (dateElement.ValueKind != JsonValueKind.String)
            {
                errors["date"] = [$"must be a yyyy-MM-dd string, got {Describe(dateElement)}."];
            }
            else if (DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
            else
            {
                errors["date"] = [$"must be a calendar date written yyyy-MM-dd, got \"{dateElement.GetString()}\"."];
            }
        }

        if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
        {
            if (idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                id = idElement.Clone();
            }
            else
            {
                errors["id"] = [$"must be a string or a number, got {Describe(idElement)}."];
            }
        }

        return errors;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
