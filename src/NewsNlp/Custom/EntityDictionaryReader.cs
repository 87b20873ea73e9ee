using NewsNlp.Input;

namespace NewsNlp.Custom;

/// <summary>How a dictionary file's lines are written.</summary>
internal enum DictionaryFileFormat
{
    /// <summary>Decided by the first entry: a line starting with <c>{</c> means JSONL.</summary>
    Detect,

    /// <summary><c>phrase&lt;TAB&gt;KIND</c>; a line starting with <c>#</c> and holding no tab is a comment.</summary>
    Tsv,

    /// <summary><c>{"phrase":"…","kind":"…"}</c> per line.</summary>
    Jsonl,
}

/// <summary>Parses dictionary files line by line; a malformed line stops the read with its line and column.</summary>
internal static class EntityDictionaryReader
{
    public static void Read(TextReader reader, string sourceName, DictionaryFileFormat format, EntityDictionary dictionary)
    {
        using var lines = new SideFileReader(reader, sourceName);
        while (lines.ReadLine() is { } line)
        {
            long lineNumber = lines.LineNumber;
            var content = line.AsSpan();
            if (lineNumber == 1 && content.Length > 0 && content[0] == '\uFEFF')
            {
                content = content[1..];
            }

            if (content.IsWhiteSpace() || (content[0] == '#' && !content.Contains('\t')))
            {
                continue;
            }

            if (format == DictionaryFileFormat.Detect)
            {
                format = content.TrimStart()[0] == '{' ? DictionaryFileFormat.Jsonl : DictionaryFileFormat.Tsv;
            }

            var (phrase, kind, kindColumn) = format == DictionaryFileFormat.Jsonl
                ? ReadJson(content.ToString(), sourceName, lineNumber)
                : ReadTsv(content, sourceName, lineNumber);
            if (!CustomLabels.TryParse(kind, out var target, out var error))
            {
                throw new CustomEntityFormatException(sourceName, lineNumber, kindColumn, error);
            }

            if (EntityDictionary.CheckPhrase(phrase) is { } phraseError)
            {
                throw new CustomEntityFormatException(sourceName, lineNumber, 1, phraseError);
            }

            dictionary.AddChecked(phrase, target);
        }
    }

    private static (string Phrase, string Kind, int KindColumn) ReadTsv(ReadOnlySpan<char> line, string sourceName, long lineNumber)
    {
        int tab = line.IndexOf('\t');
        if (tab < 0)
        {
            throw new CustomEntityFormatException(sourceName, lineNumber, line.Length + 1, "expected phrase<TAB>KIND, found no tab");
        }

        var rest = line[(tab + 1)..];
        int second = rest.IndexOf('\t');
        if (second >= 0)
        {
            throw new CustomEntityFormatException(sourceName, lineNumber, tab + second + 2, "expected phrase<TAB>KIND, found a third column");
        }

        return (line[..tab].Trim().ToString(), rest.ToString(), tab + 2);
    }

    private static (string Phrase, string Kind, int KindColumn) ReadJson(string line, string sourceName, long lineNumber)
    {
        try
        {
            using var json = JsonLine.Parse(line, sourceName, lineNumber, "{\"phrase\",\"kind\"}");
            string phrase = json.String("phrase");
            string kind = json.String("kind");
            int kindColumn = CustomLabels.TryParse(kind, out _, out _) ? 1 : ValueColumn(json, "kind");
            return (phrase.Trim(), kind, kindColumn);
        }
        catch (InputFormatException ex) when (ex is not CustomEntityFormatException)
        {
            throw new CustomEntityFormatException(ex.SourceName, ex.LineNumber, ex.Column, ex.Reason);
        }
    }

    private static int ValueColumn(JsonLine json, string name) => json.FieldError(name, "").Column;
}
