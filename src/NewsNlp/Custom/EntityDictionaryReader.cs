using System.Text.Json;

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
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
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
                ? ReadJson(content, sourceName, lineNumber)
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

    private static (string Phrase, string Kind, int KindColumn) ReadTsv(ReadOnlySpan<char> line, string sourceName, int lineNumber)
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

    private static (string Phrase, string Kind, int KindColumn) ReadJson(ReadOnlySpan<char> line, string sourceName, int lineNumber)
    {
        string? phrase = null;
        string? kind = null;
        try
        {
            using var json = JsonDocument.Parse(line.ToString());
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CustomEntityFormatException(sourceName, lineNumber, 1, "expected a JSON object {\"phrase\",\"kind\"}");
            }

            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (property.NameEquals("phrase") || property.NameEquals("kind"))
                {
                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        throw new CustomEntityFormatException(sourceName, lineNumber, 1, $"\"{property.Name}\" must be a string");
                    }

                    if (property.NameEquals("phrase"))
                    {
                        phrase = property.Value.GetString();
                    }
                    else
                    {
                        kind = property.Value.GetString();
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            int column = ex.BytePositionInLine is long position ? (int)Math.Min(position + 1, line.Length + 1) : 1;
            throw new CustomEntityFormatException(sourceName, lineNumber, column, "invalid JSON: " + FirstSentence(ex.Message));
        }

        if (phrase is null || kind is null)
        {
            throw new CustomEntityFormatException(sourceName, lineNumber, 1, $"missing \"{(phrase is null ? "phrase" : "kind")}\"");
        }

        return (phrase.Trim(), kind, 1);
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
