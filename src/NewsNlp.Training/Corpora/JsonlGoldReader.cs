using System.Text.Json;

namespace NewsNlp.Training;

/// <summary>Reads a text file with a sibling <c>.gold.jsonl</c> file of <c>{"start","end","text","type"}</c> lines (one document).</summary>
/// <remarks>The path may name either the <c>.txt</c> or the <c>.gold.jsonl</c> file. Offsets are UTF-16 indices.</remarks>
public sealed class JsonlGoldReader : ICorpusReader
{
    /// <inheritdoc/>
    public IEnumerable<AnnotatedDocument> Read(string path, LabelMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(mapping);
        string textPath = path;
        string goldPath;
        if (path.EndsWith(".gold.jsonl", StringComparison.OrdinalIgnoreCase))
        {
            textPath = path[..^".gold.jsonl".Length] + ".txt";
            goldPath = path;
        }
        else
        {
            goldPath = Path.ChangeExtension(path, null) + ".gold.jsonl";
        }

        string text = File.ReadAllText(textPath);
        var entities = new List<GoldEntity>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(goldPath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            int start = root.GetProperty("start").GetInt32();
            int end = root.GetProperty("end").GetInt32();
            string type = root.GetProperty("type").GetString() ?? "";
            if (start < 0 || end > text.Length || end <= start)
            {
                throw new FormatException($"{goldPath} line {lineNumber}: [{start}..{end}) is outside the text.");
            }

            if (root.TryGetProperty("text", out var mention) && mention.GetString() is { } expected && expected != text[start..end])
            {
                throw new FormatException($"{goldPath} line {lineNumber}: the text at [{start}..{end}) is '{text[start..end]}', not '{expected}'.");
            }

            if (mapping.TryMap(type, out var kind))
            {
                entities.Add(new GoldEntity(kind, start, end));
            }
        }

        entities.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return [new AnnotatedDocument(Path.GetFileName(textPath), text, entities)];
    }
}
