namespace NewsNlp.Training;

/// <summary>The corpus formats that recipes and the <c>eval</c> command name.</summary>
public static class CorpusFormats
{
    /// <summary>Gets the format names <see cref="Create"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["conll", "uner", "gmb", "jsonl-gold", "news-set"];

    /// <summary>Creates the reader for a format.</summary>
    /// <param name="format">One of <see cref="Names"/>.</param>
    /// <param name="wordColumn">For column formats: the word column (default 0).</param>
    /// <param name="tagColumn">For column formats: the tag column (default: last; negative counts from the end).</param>
    /// <param name="sentencesPerDocument">For formats without document marks: sentences per document, or 0 for the default.</param>
    /// <param name="normalizeMentions">Whether column readers drop leading lower-case articles and compass words, titles
    /// from people, and lower-case hyphenated tails.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ArgumentException">The format is unknown.</exception>
    public static ICorpusReader Create(string format, int? wordColumn = null, int? tagColumn = null, int sentencesPerDocument = 0, bool normalizeMentions = false) =>
        format.ToLowerInvariant() switch
        {
            "conll" => new ConllReader(wordColumn ?? 0, tagColumn ?? -1, sentencesPerDocument > 0 ? sentencesPerDocument : 20, normalizeMentions),
            "uner" or "iob2" => new ConllReader(wordColumn ?? 1, tagColumn ?? 2, sentencesPerDocument > 0 ? sentencesPerDocument : 20, normalizeMentions),
            "gmb" => new GmbCsvReader(sentencesPerDocument > 0 ? sentencesPerDocument : 10, normalizeMentions),
            "jsonl-gold" => new JsonlGoldReader(),
            "news-set" => new NewsSetReader(),
            _ => throw new ArgumentException($"Unknown corpus format '{format}'; expected one of {string.Join(", ", Names)}.", nameof(format)),
        };

    /// <summary>Gets the label mapping used when a recipe gives none: <see cref="LabelMapping.Gmb"/> for <c>gmb</c>, else <see cref="LabelMapping.Standard"/>.</summary>
    /// <param name="format">The format name.</param>
    /// <returns>The mapping.</returns>
    public static LabelMapping DefaultMapping(string format) =>
        string.Equals(format, "gmb", StringComparison.OrdinalIgnoreCase) ? LabelMapping.Gmb : LabelMapping.Standard;
}
