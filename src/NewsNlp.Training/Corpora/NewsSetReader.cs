using System.Globalization;
using NewsNlp.Input;

namespace NewsNlp.Training;

/// <summary>Reads a scoring set folder: <c>docs.jsonl</c> (<c>{"id","text"[,"date"]}</c>), <c>gold.jsonl</c> (one mention a
/// line: <c>{"doc","start","end","type"}</c>) and, when present, <c>ignore.jsonl</c> (spans of the same shape whose
/// predictions are not counted, such as names of kinds the set does not annotate).</summary>
/// <remarks>The path may name the folder or any file in it. Offsets are UTF-16 indices. Ids are unique; a date is
/// <c>yyyy-MM-dd</c> (a time part after it is ignored).</remarks>
public sealed class NewsSetReader : ICorpusReader
{
    /// <inheritdoc/>
    /// <exception cref="InputFormatException">A line is not a JSON object of the expected shape, an id repeats, a date is
    /// not a calendar date, a span names no document or lies outside it, or its text differs.</exception>
    public IEnumerable<AnnotatedDocument> Read(string path, LabelMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(mapping);
        string folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        string ignorePath = Path.Combine(folder, "ignore.jsonl");
        return Read(
            () => SideFileReader.Open(Path.Combine(folder, "docs.jsonl")),
            () => SideFileReader.Open(Path.Combine(folder, "gold.jsonl")),
            File.Exists(ignorePath) ? () => SideFileReader.Open(ignorePath) : null,
            mapping);
    }

    /// <summary>Reads a set from text (tests and fuzzing): the lines of <c>docs.jsonl</c>, <c>gold.jsonl</c> and optionally
    /// <c>ignore.jsonl</c>.</summary>
    internal static IEnumerable<AnnotatedDocument> Read(TextReader docs, TextReader gold, TextReader? ignore, LabelMapping mapping) =>
        Read(() => new SideFileReader(docs, "docs.jsonl"), () => new SideFileReader(gold, "gold.jsonl"), ignore is null ? null : () => new SideFileReader(ignore, "ignore.jsonl"), mapping);

    private static IEnumerable<AnnotatedDocument> Read(Func<SideFileReader> docsFile, Func<SideFileReader> goldFile, Func<SideFileReader>? ignoreFile, LabelMapping mapping)
    {
        var texts = ReadDocuments(docsFile, out var byId);
        var gold = ReadSpans(goldFile, texts, byId, mapping, keepUnmapped: false);
        var ignored = ignoreFile is null ? null : ReadSpans(ignoreFile, texts, byId, mapping, keepUnmapped: true);
        for (int i = 0; i < texts.Count; i++)
        {
            gold[i].Sort(static (a, b) => a.Start.CompareTo(b.Start));
            var regions = ignored?[i].Select(static e => (e.Start, e.End)).ToArray() ?? [];
            yield return new AnnotatedDocument(texts[i].Id, texts[i].Text, gold[i], regions, texts[i].Date);
        }
    }

    private static List<(string Id, string Text, DateOnly? Date)> ReadDocuments(Func<SideFileReader> open, out Dictionary<string, int> byId)
    {
        var texts = new List<(string Id, string Text, DateOnly? Date)>();
        var lineOf = new Dictionary<string, long>(StringComparer.Ordinal);
        byId = new Dictionary<string, int>(StringComparer.Ordinal);
        using var lines = open();
        while (lines.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonLine.Parse(line, lines.SourceName, lines.LineNumber, "{\"id\",\"text\"[,\"date\"]}");
            string id = json.Id("id");
            string text = json.String("text");
            DateOnly? date = null;
            if (json.TryString("date") is { } dateText)
            {
                date = ParseDate(dateText) ?? throw json.FieldError("date", $"\"date\" {Quoted.Text(dateText)} is not a yyyy-MM-dd calendar date from 0002-01-01 to 9997-12-31");
            }

            if (!byId.TryAdd(id, texts.Count))
            {
                throw json.FieldError("id", string.Create(CultureInfo.InvariantCulture, $"the id {Quoted.Text(id)} was already used on line {lineOf[id]}"));
            }

            lineOf.Add(id, lines.LineNumber);
            texts.Add((id, text, date));
        }

        return texts;
    }

    private static List<GoldEntity>[] ReadSpans(Func<SideFileReader> open, List<(string Id, string Text, DateOnly? Date)> texts, Dictionary<string, int> byId, LabelMapping mapping, bool keepUnmapped)
    {
        var spans = new List<GoldEntity>[texts.Count];
        for (int i = 0; i < spans.Length; i++)
        {
            spans[i] = [];
        }

        using var lines = open();
        while (lines.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonLine.Parse(line, lines.SourceName, lines.LineNumber, "{\"doc\",\"start\",\"end\",\"type\"[,\"text\"]}");
            string doc = json.Id("doc");
            if (!byId.TryGetValue(doc, out int index))
            {
                throw json.FieldError("doc", $"document {Quoted.Text(doc)} is not in docs.jsonl");
            }

            var (start, end) = GoldSpans.Offsets(json, texts[index].Text, $"document {Quoted.Text(doc)}");
            string type = json.String("type");
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

    // yyyy-MM-dd, optionally followed by a time part (2026-11-27T09:00:00Z), as the CLI's "date" field; in the years the
    // date rules resolve relative dates in (they ignore a reference date in year 1 or from 9998 on).
    private static DateOnly? ParseDate(string value) =>
        value.Length >= 10 && (value.Length == 10 || value[10] is 'T' or ' ')
        && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date.Year is >= 2 and <= 9997
            ? date
            : null;
}
