using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

/// <summary>Cross-validation folds and evenly spread shares of a corpus entry.</summary>
public sealed class CorpusFoldTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("newsnlp-folds");
    private readonly string _path;

    public CorpusFoldTests()
    {
        _path = Path.Combine(_directory.FullName, "c.iob2");
        File.WriteAllText(_path, string.Join("\n\n", Enumerable.Range(0, 11).Select(i => $"Orvel{i}\tB-LOC\nrose\tO")) + "\n");
    }

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Held_out_folds_partition_the_corpus_and_training_folds_are_their_complements()
    {
        var all = Names(new CorpusSpec { Path = _path, SentencesPerDocument = 1 });
        var seen = new List<string>();
        for (int fold = 0; fold < 3; fold++)
        {
            var heldOut = Names(new CorpusSpec { Path = _path, SentencesPerDocument = 1, Folds = 3, OnlyFold = fold });
            var training = Names(new CorpusSpec { Path = _path, SentencesPerDocument = 1, Folds = 3, ExcludeFold = fold });
            Assert.Empty(heldOut.Intersect(training));
            Assert.Equal(all.Order(StringComparer.Ordinal), heldOut.Concat(training).Order(StringComparer.Ordinal));
            // Fold k holds documents k, k + 3, ...: every fold samples the whole corpus order.
            Assert.Equal($"Orvel{fold}", heldOut[0]);
            Assert.Equal($"Orvel{fold + 3}", heldOut[1]);
            seen.AddRange(heldOut);
        }

        Assert.Equal(all.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0.5, 5)]
    [InlineData(0.25, 2)]
    [InlineData(0, 0)]
    [InlineData(1, 11)]
    public void A_share_keeps_evenly_spread_documents(double share, int expected)
    {
        var kept = Names(new CorpusSpec { Path = _path, SentencesPerDocument = 1, Share = share });
        Assert.Equal(expected, kept.Count);
        if (share == 0.5)
        {
            Assert.Equal(["Orvel1", "Orvel3", "Orvel5", "Orvel7", "Orvel9"], kept);
        }
    }

    [Fact]
    public void A_share_applies_to_the_training_folds()
    {
        var kept = Names(new CorpusSpec { Path = _path, SentencesPerDocument = 1, Folds = 2, ExcludeFold = 0, Share = 0.5 });
        // Fold 1 is Orvel1, 3, 5, 7, 9; half of it, evenly spread.
        Assert.Equal(["Orvel3", "Orvel7"], kept);
    }

    [Theory]
    [InlineData(1, 0, null, 1)]
    [InlineData(3, 3, null, 1)]
    [InlineData(3, null, -1, 1)]
    [InlineData(3, 0, 1, 1)]
    [InlineData(0, 0, null, 1)]
    [InlineData(0, null, null, 1.5)]
    [InlineData(0, null, null, double.NaN)]
    public void Bad_fold_or_share_settings_are_errors(int folds, int? exclude, int? only, double share)
    {
        var spec = new CorpusSpec { Path = _path, SentencesPerDocument = 1, Folds = folds, ExcludeFold = exclude, OnlyFold = only, Share = share };
        Assert.Throws<FormatException>(() => spec.Load(_path));
    }

    [Fact]
    public void A_recipe_reads_the_fold_settings()
    {
        string recipe = Path.Combine(_directory.FullName, "r.json");
        File.WriteAllText(recipe, """{ "train": [ { "path": "c.iob2", "sentencesPerDocument": 1, "folds": 4, "excludeFold": 2, "share": 0.5 } ], "dev": [ { "path": "c.iob2", "folds": 4, "onlyFold": 1 } ] }""");
        var loaded = TrainingRecipe.Load(recipe);
        Assert.Equal((4, 2, 0.5), (loaded.Train[0].Folds, loaded.Train[0].ExcludeFold, loaded.Train[0].Share));
        Assert.Equal(1, loaded.Dev[0].OnlyFold);
    }

    private List<string> Names(CorpusSpec spec) => [.. spec.Load(_path).Documents.Select(static d => d.Text.Split(' ')[0])];
}
