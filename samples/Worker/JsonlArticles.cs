using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsNlp.Pipeline;

namespace NewsNlp.Samples.Worker;

/// <summary>One input line.</summary>
public sealed record ArticleLine(JsonElement? Id, string? Text, string? Date);

/// <summary>Reads articles from JSONL and writes one result per line: a document of the output contract (docs/output.md),
/// as <c>newsnlp extract --jsonl --format json</c> writes it.</summary>
public static class JsonlArticles
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The documents of <paramref name="reader"/>; a malformed line is passed to <paramref name="onError"/> and skipped.</summary>
    public static IEnumerable<NewsInput> Read(TextReader reader, Action<long, string> onError, Action<int> onLine)
    {
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            onLine(line.Length + 1);
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            ArticleLine? article;
            try
            {
                article = JsonSerializer.Deserialize<ArticleLine>(line, s_json);
            }
            catch (JsonException ex)
            {
                onError(number, ex.Message);
                continue;
            }

            if (article?.Text is null)
            {
                onError(number, "no \"text\"");
                continue;
            }

            DateOnly? date = DateOnly.TryParseExact(article.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
            // The id travels as raw JSON (string or number) and is written back as it came.
            yield return new NewsInput(article.Text, article.Id?.GetRawText() ?? number.ToString(CultureInfo.InvariantCulture), date);
        }
    }

    /// <summary>Writes one line for <paramref name="document"/>: <c>{"doc","entities","groups"}</c>.</summary>
    public static void Write(TextWriter writer, NewsDocument document)
    {
        using var id = JsonDocument.Parse(document.Id!);
        writer.WriteLine(JsonSerializer.Serialize(DocumentResult.From(document, id.RootElement), DocumentResult.JsonOptions));
    }
}
