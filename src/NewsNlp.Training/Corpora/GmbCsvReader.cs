using System.Text;
using NewsNlp.Input;

namespace NewsNlp.Training;

/// <summary>Reads the GMB-derived Kaggle NER csv (<c>Sentence #,Word,POS,Tag</c>, IOB2), plain or gzip-compressed.</summary>
/// <remarks>The csv marks no documents; consecutive sentences come from the same article, so every
/// <see cref="SentencesPerDocument"/> consecutive sentences form one document.</remarks>
public sealed class GmbCsvReader : ICorpusReader
{
    /// <summary>Initializes a reader.</summary>
    /// <param name="sentencesPerDocument">Consecutive sentences grouped into one document.</param>
    /// <param name="normalizeMentions">Whether to drop leading lower-case articles and compass words (<c>southern Iraq</c>),
    /// titles from people (GMB includes them: <c>President X</c>) and lower-case hyphenated tails, following NewsNlp's
    /// mention conventions.</param>
    public GmbCsvReader(int sentencesPerDocument = 10, bool normalizeMentions = false)
    {
        NormalizeMentions = normalizeMentions;
        SentencesPerDocument = Math.Max(1, sentencesPerDocument);
    }

    /// <summary>Gets the number of consecutive sentences grouped into one document.</summary>
    public int SentencesPerDocument { get; }

    /// <summary>Gets whether mentions are normalized to NewsNlp's conventions.</summary>
    public bool NormalizeMentions { get; }

    /// <inheritdoc/>
    /// <exception cref="InputFormatException">The header is not <c>Sentence #,Word,POS,Tag</c>, a row has fewer than four
    /// fields or an unknown tag, or a <c>.gz</c> file is not gzip or is cut short.</exception>
    public IEnumerable<AnnotatedDocument> Read(string path, LabelMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(mapping);
        using var lines = new SideFileReader(SideFileReader.OpenText(GzipFile.OpenIfCompressed(path), path), path);
        var builder = new DocumentBuilder(mapping, NormalizeMentions);
        string name = Path.GetFileName(path);
        int documentIndex = 0;
        var fields = new List<string>(4);
        if (lines.ReadLine() is not { } header || !header.TrimStart('\uFEFF').StartsWith("Sentence #,Word,", StringComparison.Ordinal))
        {
            throw new InputFormatException(path, 1, 1, "expected the header Sentence #,Word,POS,Tag");
        }

        while (lines.ReadLine() is { } line)
        {
            SplitCsv(line, fields);
            if (fields.Count < 4)
            {
                throw new InputFormatException(path, lines.LineNumber, 1, $"expected four fields (sentence, word, POS, tag), found {fields.Count}: {Quoted.Text(line)}");
            }

            if (DocumentBuilder.CheckTag(fields[^1], mapping) is { } error)
            {
                throw new InputFormatException(path, lines.LineNumber, line.LastIndexOf(',') + 2, error);
            }

            if (fields[0].Length > 0)
            {
                builder.EndSentence();
                if (builder.SentenceCount >= SentencesPerDocument)
                {
                    yield return builder.Build($"{name}#{documentIndex++}");
                }
            }

            builder.AddToken(fields[1], fields[^1]);
        }

        if (!builder.IsEmpty)
        {
            yield return builder.Build($"{name}#{documentIndex}");
        }
    }

    private static void SplitCsv(string line, List<string> fields)
    {
        fields.Clear();
        var current = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"' && current.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
    }
}
