using NewsNlp.Entities;

namespace NewsNlp.Training;

/// <summary>One corpus entry of a <see cref="TrainingRecipe"/>: where it is, how to read it and which part to use.</summary>
public sealed class CorpusSpec
{
    /// <summary>Gets or sets a name for messages. Default: the file name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the corpus path, relative to the recipe or to its data root.</summary>
    public string Path { get; set; } = "";

    /// <summary>Gets or sets the format: one of <see cref="CorpusFormats.Names"/>.</summary>
    public string Format { get; set; } = "conll";

    /// <summary>Gets or sets the corpus type → kind mapping, or <see langword="null"/> for the format's default.</summary>
    public IReadOnlyDictionary<string, string>? Mapping { get; set; }

    /// <summary>Gets or sets the kinds the corpus annotates, or <see langword="null"/> for those that occur in it.</summary>
    public IReadOnlyList<EntityKind>? Annotates { get; set; }

    /// <summary>Gets or sets the word column for column formats, or <see langword="null"/> for the format's default.</summary>
    public int? WordColumn { get; set; }

    /// <summary>Gets or sets the tag column for column formats, or <see langword="null"/> for the format's default.</summary>
    public int? TagColumn { get; set; }

    /// <summary>Gets or sets the sentences per document for formats without document marks (0: the format's default).</summary>
    public int SentencesPerDocument { get; set; }

    /// <summary>Gets or sets whether mentions are normalized to NewsNlp's conventions (no leading lower-case article or
    /// compass word, no leading titles on people, no lower-case hyphenated tails). Default: <see langword="false"/>.</summary>
    public bool NormalizeMentions { get; set; }

    /// <summary>Gets or sets where the used part starts, as a fraction of the documents in corpus order. Default: 0.</summary>
    public double From { get; set; }

    /// <summary>Gets or sets where the used part ends, as a fraction of the documents in corpus order. Default: 1.</summary>
    public double To { get; set; } = 1;

    /// <summary>Gets or sets the number of folds the used part is split into for cross-validation by document: document
    /// <c>i</c> (in corpus order) is in fold <c>i mod Folds</c>, so every fold samples the whole corpus. Default: 0, no folds.</summary>
    public int Folds { get; set; }

    /// <summary>Gets or sets the fold whose documents are left out (training on the other folds), or <see langword="null"/>.</summary>
    public int? ExcludeFold { get; set; }

    /// <summary>Gets or sets the only fold whose documents are kept (scoring a held-out fold), or <see langword="null"/>.</summary>
    public int? OnlyFold { get; set; }

    /// <summary>Gets or sets the share of the documents kept, spread evenly over the corpus order (0.25 keeps every fourth
    /// document), applied after the fold selection; for learning curves. Default: 1.</summary>
    public double Share { get; set; } = 1;

    /// <summary>Gets or sets how much the corpus counts in training, as a number of passes per epoch: 2 shows every document
    /// twice, 0.5 shows the first half of the documents once. Default: 1. Meant for training corpora.</summary>
    public double Weight { get; set; } = 1;

    /// <summary>Gets or sets whether mentions that are social-media handles or hashtags (<c>@name</c>, <c>#tag</c>) are
    /// dropped: NewsNlp does not tag them, while tweet corpora do. Default: <see langword="false"/>.</summary>
    public bool DropHandles { get; set; }

    /// <summary>Reads the corpus part this entry describes.</summary>
    /// <param name="resolvedPath">The corpus path, already resolved.</param>
    /// <returns>The corpus.</returns>
    /// <exception cref="FormatException"><see cref="From"/> and <see cref="To"/> are not fractions from 0 to 1 with
    /// <see cref="From"/> below <see cref="To"/>, or the weight is out of range.</exception>
    /// <exception cref="Input.InputFormatException">The corpus file is malformed.</exception>
    public TrainingCorpus Load(string resolvedPath)
    {
        ArgumentNullException.ThrowIfNull(resolvedPath);
        if (!(From >= 0 && To <= 1 && From < To))
        {
            // Also false for NaN.
            throw new FormatException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The part of a corpus runs from a fraction to a larger one, both from 0 to 1; not from {From} to {To}."));
        }

        var mapping = Mapping is null ? CorpusFormats.DefaultMapping(Format) : new LabelMapping(Mapping);
        var reader = CorpusFormats.Create(Format, WordColumn, TagColumn, SentencesPerDocument, NormalizeMentions);
        var documents = reader.Read(resolvedPath, mapping).ToList();
        if (NormalizeMentions)
        {
            documents = MentionNormalizer.Normalize(documents);
        }

        if (DropHandles)
        {
            documents = documents.ConvertAll(static d => WithoutHandles(d));
        }

        int from = (int)Math.Round(From * documents.Count);
        int to = (int)Math.Round(To * documents.Count);
        var part = Weighted(Sampled(Folded(documents.GetRange(from, Math.Max(0, to - from)))), Weight);
        // Without an explicit list, a corpus annotates the kinds that occur in it (CoNLL-2003 maps DATE but has none).
        var annotated = Annotates is null
            ? EntityKindSet.Of([.. documents.SelectMany(static d => d.Entities).Select(static e => e.Kind).Distinct()])
            : EntityKindSet.Of([.. Annotates]);
        return new TrainingCorpus(Name ?? System.IO.Path.GetFileName(Path), part, annotated);
    }

    private List<AnnotatedDocument> Folded(List<AnnotatedDocument> documents)
    {
        if (Folds == 0 && ExcludeFold is null && OnlyFold is null)
        {
            return documents;
        }

        if (Folds is < 2 or > 100 || ExcludeFold is { } e && (e < 0 || e >= Folds) || OnlyFold is { } o && (o < 0 || o >= Folds) || ExcludeFold is not null && OnlyFold is not null)
        {
            throw new FormatException($"Folds must be 2 to 100 with one fold to exclude or keep, in [0, folds): folds {Folds}, exclude {ExcludeFold}, only {OnlyFold}.");
        }

        var kept = new List<AnnotatedDocument>(documents.Count);
        for (int i = 0; i < documents.Count; i++)
        {
            int fold = i % Folds;
            if (fold != ExcludeFold && (OnlyFold is null || fold == OnlyFold))
            {
                kept.Add(documents[i]);
            }
        }

        return kept;
    }

    private List<AnnotatedDocument> Sampled(List<AnnotatedDocument> documents)
    {
        if (Share == 1)
        {
            return documents;
        }

        if (Share is < 0 or > 1 || double.IsNaN(Share))
        {
            throw new FormatException($"A corpus share must be between 0 and 1, not {Share}.");
        }

        // Keep document r when the running count floor((r + 1) * share) steps up: evenly spread, deterministic.
        var kept = new List<AnnotatedDocument>((int)Math.Ceiling(documents.Count * Share));
        for (int r = 0; r < documents.Count; r++)
        {
            if (Math.Floor((r + 1) * Share) > Math.Floor(r * Share))
            {
                kept.Add(documents[r]);
            }
        }

        return kept;
    }

    private static List<AnnotatedDocument> Weighted(List<AnnotatedDocument> documents, double weight)
    {
        if (weight == 1)
        {
            return documents;
        }

        if (weight is <= 0 or > 16 || double.IsNaN(weight))
        {
            throw new FormatException($"A corpus weight must be above 0 and at most 16, not {weight}.");
        }

        var weighted = new List<AnnotatedDocument>((int)Math.Ceiling(documents.Count * weight));
        for (int pass = 0; pass < (int)weight; pass++)
        {
            weighted.AddRange(documents);
        }

        weighted.AddRange(documents.Take((int)Math.Round((weight - (int)weight) * documents.Count)));
        return weighted;
    }

    private static AnnotatedDocument WithoutHandles(AnnotatedDocument document)
    {
        var kept = document.Entities.Where(e => document.Text[e.Start] is not ('@' or '#')).ToList();
        return kept.Count == document.Entities.Count
            ? document
            : new AnnotatedDocument(document.Id, document.Text, kept, document.Ignored, document.ReferenceDate);
    }
}
