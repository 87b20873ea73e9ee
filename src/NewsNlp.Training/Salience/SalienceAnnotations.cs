using System.Text.Json;
using NewsNlp.Entities;

namespace NewsNlp.Training;

/// <summary>Reads a news set's <c>salient.jsonl</c>: one line per text, <c>{"doc","salient":[{"name","type","rank"}]}</c>,
/// the one to three entities a reader would say the story is about.</summary>
internal static class SalienceAnnotations
{
    /// <summary>The file's name inside a news-set folder.</summary>
    public const string FileName = "salient.jsonl";

    /// <summary>Reads the annotations of the set in <paramref name="folder"/>, each text's entities in rank order.</summary>
    /// <exception cref="FileNotFoundException">The folder has no <c>salient.jsonl</c>.</exception>
    /// <exception cref="FormatException">A line is not a valid annotation.</exception>
    public static Dictionary<string, SalientEntity[]> Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} does not exist: the set has no salience annotation.", path);
        }

        var result = new Dictionary<string, SalientEntity[]>(StringComparer.Ordinal);
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                string doc = root.GetProperty("doc").ValueKind == JsonValueKind.String
                    ? root.GetProperty("doc").GetString()!
                    : root.GetProperty("doc").GetRawText();
                var entities = new List<SalientEntity>();
                foreach (var item in root.GetProperty("salient").EnumerateArray())
                {
                    string type = item.GetProperty("type").GetString() ?? "";
                    if (!EntityKindLabels.TryParse(type, out var kind))
                    {
                        throw new FormatException($"unknown type '{type}'");
                    }

                    entities.Add(new SalientEntity(item.GetProperty("name").GetString() ?? "", kind, item.GetProperty("rank").GetInt32()));
                }

                entities.Sort(static (a, b) => a.Rank.CompareTo(b.Rank));
                result[doc] = [.. entities];
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path} line {number}: {ex.Message}", ex);
            }
        }

        return result;
    }
}
