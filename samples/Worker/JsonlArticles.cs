using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Samples.Worker;

/// <summary>One input line.</summary>
public sealed record ArticleLine(JsonElement? Id, string? Text, string? Date);

/// <summary>One output line: a document's id and its entities.</summary>
public sealed record DocumentEntities(JsonElement? Doc, IReadOnlyList<EntityLine> Entities);

/// <summary>One entity; offsets are UTF-16 code units into the document's text, end exclusive.</summary>
public sealed record EntityLine(string Type, string Text, int Start, int End, string? Value, float Confidence);

/// <summary>Reads articles from JSONL and writes entities as JSONL.</summary>
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

    /// <summary>Writes one line for <paramref name="document"/>.</summary>
    public static void Write(TextWriter writer, NewsDocument document)
    {
        var entities = new List<EntityLine>(document.Entities.Count);
        foreach (var entity in document.Entities)
        {
            entities.Add(new EntityLine(entity.Kind.ToLabel(), entity.Text, entity.Start, entity.End, entity.Value, entity.Confidence));
        }

        using var id = JsonDocument.Parse(document.Id!);
        writer.WriteLine(JsonSerializer.Serialize(new DocumentEntities(id.RootElement, entities), s_json));
    }
}
