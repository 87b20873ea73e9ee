using NewsNlp.Input;

namespace NewsNlp.Training;

/// <summary>Reads a text file with a sibling <c>.gold.jsonl</c> file of <c>{"start","end","text","type"}</c> lines (one document).</summary>
/// <remarks>The path may name either the <c>.txt</c> or the <c>.gold.jsonl</c> file. Offsets are UTF-16 indices. The text
/// file holds at most <see cref="SideFileReader.MaxLineChars"/> characters.</remarks>
public sealed class JsonlGoldReader : ICorpusReader
{
    /// <inheritdoc/>
    /// <exception cref="InputFormatException">A gold line is not a JSON object with whole-number <c>start</c> and
    /// <c>end</c> inside the text and a string <c>type</c>, or its <c>text</c> differs from the text at its offsets.</exception>
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

        string text = SideFileReader.ReadAll(textPath, SideFileReader.MaxLineChars);
        using var lines = SideFileReader.Open(goldPath);
        return [Read(Path.GetFileName(textPath), text, lines, mapping)];
    }

    /// <summary>Reads the gold lines of <paramref name="lines"/> against <paramref name="text"/> (also tests and fuzzing).</summary>
    internal static AnnotatedDocument Read(string id, string text, SideFileReader lines, LabelMapping mapping)
    {
        var entities = new List<GoldEntity>();
        while (lines.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonLine.Parse(line, lines.SourceName, lines.LineNumber, "{\"start\",\"end\",\"type\"[,\"text\"]}");
            var (start, end) = GoldSpans.Offsets(json, text, "the text");
            string type = json.String("type");
            if (mapping.TryMap(type, out var kind))
            {
                entities.Add(new GoldEntity(kind, start, end));
            }
        }

        entities.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return new AnnotatedDocument(id, text, entities);
    }
}
