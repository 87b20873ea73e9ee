using System.Globalization;
using NewsNlp.Input;

namespace NewsNlp.Training;

/// <summary>Reads CoNLL-style column files (one token per line, blank line between sentences, <c>-DOCSTART-</c> between
/// documents), with IOB1 or IOB2 tags; UNER's <c>.iob2</c> files (tab-separated, <c># newdoc</c> comments) too.</summary>
public sealed class ConllReader : ICorpusReader
{
    /// <summary>Initializes a reader.</summary>
    /// <param name="wordColumn">Zero-based column of the word.</param>
    /// <param name="tagColumn">Zero-based column of the tag; negative counts from the end (−1 = last column).</param>
    /// <param name="sentencesPerDocument">Sentences per document when the file marks no documents.</param>
    /// <param name="normalizeMentions">Whether to drop leading lower-case articles and compass words, titles from people, and
    /// lower-case hyphenated tails (<c>India-linked</c> → <c>India</c>), following NewsNlp's mention conventions.</param>
    public ConllReader(int wordColumn = 0, int tagColumn = -1, int sentencesPerDocument = 20, bool normalizeMentions = false)
    {
        NormalizeMentions = normalizeMentions;
        WordColumn = wordColumn;
        TagColumn = tagColumn;
        SentencesPerDocument = Math.Max(1, sentencesPerDocument);
    }

    /// <summary>Gets the zero-based column of the word.</summary>
    public int WordColumn { get; }

    /// <summary>Gets the column of the tag; negative counts from the end.</summary>
    public int TagColumn { get; }

    /// <summary>Gets the number of sentences per document when the file marks no documents.</summary>
    public int SentencesPerDocument { get; }

    /// <summary>Gets whether mentions are normalized to NewsNlp's conventions.</summary>
    public bool NormalizeMentions { get; }

    /// <inheritdoc/>
    /// <exception cref="InputFormatException">A line lacks the word or tag column, has a tag that is not <c>O</c> or a
    /// B-/I-/E-/S-/L-/U- tag (or a type of <paramref name="mapping"/>), or is longer than the side-file limit.</exception>
    public IEnumerable<AnnotatedDocument> Read(string path, LabelMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(mapping);
        return Read(() => SideFileReader.Open(path), path, mapping);
    }

    /// <summary>Reads column text from <paramref name="text"/> (tests and fuzzing); errors name <paramref name="sourceName"/>.</summary>
    internal IEnumerable<AnnotatedDocument> Read(TextReader text, string sourceName, LabelMapping mapping) =>
        Read(() => new SideFileReader(text, sourceName), sourceName, mapping);

    private IEnumerable<AnnotatedDocument> Read(Func<SideFileReader> open, string path, LabelMapping mapping)
    {
        var builder = new DocumentBuilder(mapping, NormalizeMentions);
        bool markedDocuments = false;
        int documentIndex = 0;
        string name = Path.GetFileName(path);
        using var lines = open();
        while (lines.ReadLine() is { } line)
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                markedDocuments = true;
                if (!builder.IsEmpty)
                {
                    yield return builder.Build($"{name}#{documentIndex++}");
                }

                continue;
            }

            // "# text = ..." is a comment; "#Orvel<TAB>B-LOC" is a hashtag token of a tweet corpus.
            if (line.StartsWith("# ", StringComparison.Ordinal) || (line.StartsWith('#') && line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries).Length < 2))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                builder.EndSentence();
                if (!markedDocuments && builder.SentenceCount >= SentencesPerDocument)
                {
                    yield return builder.Build($"{name}#{documentIndex++}");
                }

                continue;
            }

            char separator = line.Contains('\t') ? '\t' : ' ';
            var columns = line.Split(separator, StringSplitOptions.RemoveEmptyEntries);
            int tagColumn = TagColumn < 0 ? columns.Length + TagColumn : TagColumn;
            if (WordColumn >= columns.Length || tagColumn < 0 || tagColumn >= columns.Length || tagColumn == WordColumn)
            {
                throw new InputFormatException(path, lines.LineNumber, 1, string.Create(CultureInfo.InvariantCulture,
                    $"expected a word in column {WordColumn + 1} and a tag in column {(TagColumn < 0 ? "last" : (TagColumn + 1).ToString(CultureInfo.InvariantCulture))}, found {columns.Length} column{(columns.Length == 1 ? "" : "s")}: {Quoted.Text(line)}"));
            }

            if (DocumentBuilder.CheckTag(columns[tagColumn], mapping) is { } error)
            {
                throw new InputFormatException(path, lines.LineNumber, ColumnStart(line, separator, tagColumn), error);
            }

            builder.AddToken(columns[WordColumn], columns[tagColumn]);
        }

        if (!builder.IsEmpty)
        {
            yield return builder.Build($"{name}#{documentIndex}");
        }
    }

    // The 1-based character column where field `index` (empty fields skipped) starts.
    private static int ColumnStart(string line, char separator, int index)
    {
        int field = -1;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] != separator && (i == 0 || line[i - 1] == separator) && ++field == index)
            {
                return i + 1;
            }
        }

        return 1;
    }
}
