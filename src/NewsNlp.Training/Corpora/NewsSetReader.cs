using System.Text.Json;

namespace NewsNlp.Training;

/// <summary>Reads a scoring set folder: <c>docs.jsonl</c> (<c>{"id","text"[,"date"]}</c>), <c>gold.jsonl</c> (one mention a
/// line: <c>{"doc","start","end","type"}</c>) and, when present, <c>ignore.jsonl</c> (spans of the same shape whose
/// predictions are not counted, such as names of kinds the set does not annotate).</summary>
/// <remarks>The path may name the folder or any file in it. Offsets are UTF-16 indices.</remarks>
public sealed class NewsSetReader : ICorpusReader
{
    /// <inheritdoc/>
    public IEnumerable<AnnotatedDocument> Read(string path, LabelMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(mapping);
        string folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var texts = new List<(string Id, string Text, DateOnly? Date)>();
        foreach (var (line, number) in Lines(Path.Combine(folder, "docs.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string id = IdOf(root.GetProperty("id"));
            string text = root.GetProperty("text").GetString() ?? throw new FormatException($"docs.jsonl line {number}: no text.");
            DateOnly? date = root.TryGetProperty("date", out var d) && DateOnly.TryParse(d.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            texts.Add((id, text, date));
        }

        var byId = texts.Select(static (t, i) => (t.Id, i)).ToDictionary(static p => p.Id, static p => p.i, StringComparer.Ordinal);
        var gold = ReadSpans(Path.Combine(folder, "gold.jsonl"), texts, byId, mapping, keepUnmapped: false);
        string ignorePath = Path.Combine(folder, "ignore.jsonl");
        var ignored = File.Exists(ignorePath) ? ReadSpans(ignorePath, texts, byId, mapping, keepUnmapped: true) : null;
        for (int i = 0; i < texts.Count; i++)
        {
            gold[i].Sort(static (a, b) => a.Start.CompareTo(b.Start));
            var regions = ignored?[i].Select(static e => (e.Start, e.End)).ToArray() ?? [];
            yield return new AnnotatedDocument(texts[i].Id, texts[i].Text, gold[i], regions, texts[i].Date);
        }
    }

    private static List<GoldEntity>[] ReadSpans(string path, List<(string Id, string Text, DateOnly? Date)> texts, Dictionary<string, int> byId, LabelMapping mapping, bool keepUnmapped)
    {
        var spans = new List<GoldEntity>[texts.Count];
        for (int i = 0; i < spans.Length; i++)
        {
            spans[i] = [];
        }

        foreach (var (line, number) in Lines(path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string doc = IdOf(root.GetProperty("doc"));
            if (!byId.TryGetValue(doc, out int index))
            {
                throw new FormatException($"{Path.GetFileName(path)} line {number}: document '{doc}' is not in docs.jsonl.");
            }

            int start = root.GetProperty("start").GetInt32();
            int end = root.GetProperty("end").GetInt32();
            string text = texts[index].Text;
            if (start < 0 || end > text.Length || end <= start)
            {
                throw new FormatException($"{Path.GetFileName(path)} line {number}: [{start}..{end}) is outside document '{doc}'.");
            }

            if (root.TryGetProperty("text", out var mention) && mention.GetString() is { } expected && expected != text[start..end])
            {
                throw new FormatException($"{Path.GetFileName(path)} line {number}: the text at [{start}..{end}) is '{text[start..end]}', not '{expected}'.");
            }

            string type = root.GetProperty("type").GetString() ?? "";
            if (mapping.TryMap(type, out var kind))
            {
                spans[index].Add(new GoldEntity(kind, start, end));
            }
            else if (keepUnmapped)
            {
                spans[index].Add(new GoldEntity(Entities.EntityKind.Misc, start, end));
            }
        }

        return spans;
    }

    private static string IdOf(JsonElement id) => id.ValueKind == JsonValueKind.String ? id.GetString() ?? "" : id.GetRawText();

    private static IEnumerable<(string Line, int Number)> Lines(string path)
    {
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (line, number);
            }
        }
    }
}
