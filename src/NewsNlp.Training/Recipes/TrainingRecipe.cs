using System.Globalization;
using System.Text.Json;
using NewsNlp.Entities;

namespace NewsNlp.Training;

/// <summary>A JSON training recipe: corpora, label mappings, kinds, epochs, seed and feature switches.</summary>
/// <remarks>
/// Example:
/// <code>
/// { "name": "conll2003", "dataRoot": "../../shared/data", "kinds": ["PERSON", "ORGANIZATION", "LOCATION", "MISC"],
///   "epochs": 10, "seed": 1, "bucketBits": 18, "features": { "document": true, "gazetteer": true },
///   "train": [ { "path": "conll2003/eng.train", "format": "conll" } ],
///   "dev": [ { "path": "conll2003/eng.testa", "format": "conll" } ] }
/// </code>
/// Corpus paths are tried relative to the recipe, then to <c>dataRoot</c> (relative to the recipe), then to the folder in the
/// <c>NEWSNLP_DATA</c> environment variable.
/// </remarks>
public sealed class TrainingRecipe
{
    /// <summary>Gets or sets the model name.</summary>
    public string Name { get; set; } = "model";

    /// <summary>Gets or sets the folder the recipe was read from; paths are resolved against it.</summary>
    public string BaseDirectory { get; set; } = ".";

    /// <summary>Gets or sets the data root, relative to <see cref="BaseDirectory"/>.</summary>
    public string? DataRoot { get; set; }

    /// <summary>Gets or sets the trainer settings.</summary>
    public NerTrainerOptions Options { get; set; } = new();

    /// <summary>Gets or sets a word-class file (<c>class word</c> per line), or <see langword="null"/>.</summary>
    public string? ClustersPath { get; set; }

    /// <summary>Gets the unlabelled sources word classes are learned from (formats: <c>timeml-tar</c>, <c>text</c>, or a corpus format).</summary>
    public List<CorpusSpec> ClusterSources { get; } = [];

    /// <summary>Gets or sets the number of word classes learned from <see cref="ClusterSources"/>. Default: 256.</summary>
    public int ClusterClasses { get; set; } = 256;

    /// <summary>Gets or sets the number of exchange passes. Default: 4.</summary>
    public int ClusterIterations { get; set; } = 4;

    /// <summary>Gets or sets how often a word must occur to get a class. Default: 3.</summary>
    public int ClusterMinCount { get; set; } = 3;

    /// <summary>Gets the external name-list files by category: one name per line, or a TSV file with a header whose
    /// <c>Columns</c> hold names (several per cell separated by <c>|</c>; <see langword="null"/>: the <c>name</c> column).</summary>
    public List<(NameListCategory Category, string Path, IReadOnlyList<string>? Columns)> NameListFiles { get; } = [];

    /// <summary>Gets or sets whether company lists also give each listed legal name's short forms (<c>Tesla, Inc.</c> →
    /// <c>Tesla</c>; <c>Palantir Technologies</c> → <c>Palantir</c>), as news text writes them. Default: <see langword="false"/>.</summary>
    public bool CompanyShortForms { get; set; }

    /// <summary>Gets the training corpora.</summary>
    public List<CorpusSpec> Train { get; } = [];

    /// <summary>Gets the development corpora, scored after each epoch.</summary>
    public List<CorpusSpec> Dev { get; } = [];

    /// <summary>Reads a recipe file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The recipe.</returns>
    /// <exception cref="FormatException">The recipe is malformed.</exception>
    public static TrainingRecipe Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = json.RootElement;
        var recipe = new TrainingRecipe { BaseDirectory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? "." };
        var options = recipe.Options;
        try
        {
            foreach (var property in root.EnumerateObject())
            {
                var v = property.Value;
                switch (property.Name)
                {
                    case "name": recipe.Name = options.Name = v.GetString() ?? "model"; break;
                    case "dataRoot": recipe.DataRoot = v.GetString(); break;
                    case "kinds": options.Kinds = ParseKinds(v); break;
                    case "epochs": options.Epochs = v.GetInt32(); break;
                    case "seed": options.Seed = v.GetInt32(); break;
                    case "runs": options.Runs = v.GetInt32(); break;
                    case "bucketBits": options.BucketBits = v.GetInt32(); break;
                    case "gazetteerFolds": options.GazetteerFolds = v.GetInt32(); break;
                    case "gazetteerMinCount": options.GazetteerMinCount = v.GetInt32(); break;
                    case "titleCaseRate": options.TitleCaseRate = v.GetDouble(); break;
                    case "clusters" when v.ValueKind == JsonValueKind.String: recipe.ClustersPath = v.GetString(); break;
                    case "clusters":
                        foreach (var setting in v.EnumerateObject())
                        {
                            switch (setting.Name)
                            {
                                case "classes": recipe.ClusterClasses = setting.Value.GetInt32(); break;
                                case "iterations": recipe.ClusterIterations = setting.Value.GetInt32(); break;
                                case "minCount": recipe.ClusterMinCount = setting.Value.GetInt32(); break;
                                case "sources": recipe.ClusterSources.AddRange(setting.Value.EnumerateArray().Select(ParseCorpus)); break;
                                default: throw new FormatException($"Unknown clusters setting '{setting.Name}'.");
                            }
                        }

                        break;
                    case "features":
                        foreach (var feature in v.EnumerateObject())
                        {
                            switch (feature.Name)
                            {
                                case "document": options.DocumentFeatures = feature.Value.GetBoolean(); break;
                                case "gazetteer": options.Gazetteer = feature.Value.GetBoolean(); break;
                                case "history": options.HistoryFeatures = feature.Value.GetBoolean(); break;
                                default: throw new FormatException($"Unknown feature switch '{feature.Name}'.");
                            }
                        }

                        break;
                    case "nameLists":
                        foreach (var list in v.EnumerateArray())
                        {
                            IReadOnlyList<string>? columns = list.TryGetProperty("columns", out var c) ? [.. c.EnumerateArray().Select(static e => e.GetString() ?? "")] : null;
                            recipe.NameListFiles.Add((ParseCategory(list.GetProperty("category").GetString()), list.GetProperty("path").GetString() ?? "", columns));
                        }

                        break;
                    case "companyShortForms": recipe.CompanyShortForms = v.GetBoolean(); break;
                    case "train": recipe.Train.AddRange(v.EnumerateArray().Select(ParseCorpus)); break;
                    case "dev": recipe.Dev.AddRange(v.EnumerateArray().Select(ParseCorpus)); break;
                    case "description" or "comment": break;
                    default: throw new FormatException($"Unknown recipe property '{property.Name}'.");
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            throw new FormatException($"Malformed recipe {path}: {e.Message}", e);
        }

        if (recipe.Train.Count == 0)
        {
            throw new FormatException($"Recipe {path} names no training corpus.");
        }

        options.Metadata["recipe"] = System.IO.Path.GetFileName(path);
        options.Metadata["train"] = string.Join(", ", recipe.Train.Select(static c => c.Name ?? c.Path));
        return recipe;
    }

    /// <summary>Finds a corpus file: relative to the recipe, to the data root, or to <c>NEWSNLP_DATA</c>.</summary>
    /// <param name="path">The path as written in the recipe.</param>
    /// <returns>The full path of the existing file.</returns>
    /// <exception cref="FileNotFoundException">No candidate exists.</exception>
    public string Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var candidates = new List<string> { System.IO.Path.Combine(BaseDirectory, path) };
        if (DataRoot is not null)
        {
            candidates.Add(System.IO.Path.Combine(BaseDirectory, DataRoot, path));
        }

        if (Environment.GetEnvironmentVariable("NEWSNLP_DATA") is { Length: > 0 } data)
        {
            candidates.Add(System.IO.Path.Combine(data, path));
        }

        foreach (var candidate in candidates)
        {
            if (File.Exists(candidate))
            {
                return System.IO.Path.GetFullPath(candidate);
            }
        }

        throw new FileNotFoundException($"Corpus '{path}' not found; tried {string.Join(", ", candidates)}.", path);
    }

    /// <summary>Reads the corpora and clusters, trains, and returns the model.</summary>
    /// <param name="log">Receives progress lines, or <see langword="null"/>.</param>
    /// <returns>The model.</returns>
    public Models.NewsModel Run(TextWriter? log = null)
    {
        if (ClustersPath is not null)
        {
            Options.Clusters = ReadClusters(Resolve(ClustersPath));
            log?.WriteLine($"clusters: {Options.Clusters.Count} words");
        }
        else if (ClusterSources.Count > 0)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var sentences = UnlabelledText.Sentences(ClusterSources.SelectMany(ReadTexts));
            Options.Clusters = new WordClusterer(ClusterClasses, ClusterIterations, ClusterMinCount).Cluster(sentences, log);
            log?.WriteLine($"clusters: {Options.Clusters.Count} words in {ClusterClasses} classes ({watch.Elapsed.TotalSeconds:F0} s)");
        }

        if (NameListFiles.Count > 0)
        {
            Options.NameLists = [.. NameListFiles.Select(f => new NameList(f.Category, ReadNames(f.Category, Resolve(f.Path), f.Columns)))];
        }

        var train = Train.Select(c => c.Load(Resolve(c.Path))).ToList();
        var dev = Dev.Select(c => c.Load(Resolve(c.Path))).ToList();
        foreach (var corpus in train.Concat(dev))
        {
            log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus.Name}: {corpus.Documents.Count} documents, {corpus.Documents.Sum(static d => d.Entities.Count)} mentions, annotates {corpus.AnnotatedKinds}"));
        }

        return new NerTrainer(Options).Train(train, dev, log);
    }

    private string[] ReadNames(NameListCategory category, string path, IReadOnlyList<string>? columns)
    {
        var names = NameListFile.Read(path, columns);
        return CompanyShortForms && category == NameListCategory.Company
            ? [.. Training.CompanyShortForms.Expand(names).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]
            : names;
    }

    private static NameListCategory ParseCategory(string? value) =>
        Enum.TryParse<NameListCategory>(value, ignoreCase: true, out var category) && value is { Length: > 0 } && char.IsLetter(value[0])
            ? category
            : throw new FormatException($"Unknown name-list category '{value}' ({string.Join(", ", Enum.GetNames<NameListCategory>().Select(static n => char.ToLowerInvariant(n[0]) + n[1..]))}).");

    private static Dictionary<string, int> ReadClusters(string path)
    {
        var clusters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t', ' ');
            if (parts.Length >= 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int cluster))
            {
                clusters[parts[1]] = cluster;
            }
        }

        return clusters;
    }

    private IEnumerable<string> ReadTexts(CorpusSpec source)
    {
        string path = Resolve(source.Path);
        return source.Format switch
        {
            "timeml-tar" => UnlabelledText.ReadTimeMlArchive(path),
            "text" => UnlabelledText.ReadLines(path),
            _ => source.Load(path).Documents.Select(static d => d.Text),
        };
    }

    private static EntityKind[] ParseKinds(JsonElement value) =>
        [.. value.EnumerateArray().Select(static k => EntityKindLabels.TryParse(k.GetString(), out var kind) ? kind : throw new FormatException($"Unknown entity kind '{k}'."))];

    private static CorpusSpec ParseCorpus(JsonElement element)
    {
        var spec = new CorpusSpec();
        foreach (var property in element.EnumerateObject())
        {
            var v = property.Value;
            switch (property.Name)
            {
                case "name": spec.Name = v.GetString(); break;
                case "path": spec.Path = v.GetString() ?? ""; break;
                case "format": spec.Format = v.GetString() ?? "conll"; break;
                case "mapping": spec.Mapping = v.EnumerateObject().ToDictionary(static p => p.Name, static p => p.Value.GetString() ?? "O", StringComparer.OrdinalIgnoreCase); break;
                case "annotates": spec.Annotates = ParseKinds(v); break;
                case "wordColumn": spec.WordColumn = v.GetInt32(); break;
                case "tagColumn": spec.TagColumn = v.GetInt32(); break;
                case "sentencesPerDocument": spec.SentencesPerDocument = v.GetInt32(); break;
                case "normalize": spec.NormalizeMentions = v.GetBoolean(); break;
                case "from": spec.From = v.GetDouble(); break;
                case "to": spec.To = v.GetDouble(); break;
                case "weight": spec.Weight = v.GetDouble(); break;
                case "dropHandles": spec.DropHandles = v.GetBoolean(); break;
                case "folds": spec.Folds = v.GetInt32(); break;
                case "excludeFold": spec.ExcludeFold = v.GetInt32(); break;
                case "onlyFold": spec.OnlyFold = v.GetInt32(); break;
                case "share": spec.Share = v.GetDouble(); break;
                default: throw new FormatException($"Unknown corpus property '{property.Name}'.");
            }
        }

        if (spec.Path.Length == 0)
        {
            throw new FormatException("A corpus entry has no path.");
        }

        return spec;
    }
}
