using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

/// <summary>K-fold cross-validation of a recipe's corpus: every document scored once, by a model that never saw it.</summary>
public sealed class CrossValidationTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("newsnlp-cv");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Every_document_is_scored_once_and_fold_models_are_written()
    {
        string recipe = WriteRecipe();
        string models = Path.Combine(_directory.FullName, "models");
        var report = new CrossValidation { Corpus = "places", Folds = 3, ModelsFolder = models }.Run(recipe);

        Assert.Equal(12, report.Documents);
        Assert.Equal(12, report.GoldCount(EntityKind.Location));
        Assert.Equal(["fold-0.nnm", "fold-1.nnm", "fold-2.nnm"], Directory.GetFiles(models).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("fold 1 of 3", NewsModel.Load(Path.Combine(models, "fold-1.nnm")).Metadata["cross-validation"], StringComparison.Ordinal);
    }

    [Fact]
    public void Pooled_counts_equal_scoring_each_fold_model_on_its_fold()
    {
        string recipe = WriteRecipe();
        string models = Path.Combine(_directory.FullName, "models");
        var pooled = new CrossValidation { Corpus = "places", Folds = 2, ModelsFolder = models }.Run(recipe);
        int truePositives = 0;
        for (int fold = 0; fold < 2; fold++)
        {
            var spec = new CorpusSpec { Path = Path.Combine(_directory.FullName, "places.iob2"), SentencesPerDocument = 1, Folds = 2, OnlyFold = fold };
            var model = NewsModel.Load(Path.Combine(models, $"fold-{fold}.nnm"));
            var report = NerEvaluator.Evaluate(model, spec.Load(spec.Path).Documents, EntityKindSet.Of(EntityKind.Location));
            truePositives += (int)Math.Round(report.RecallOf(EntityKind.Location) * report.GoldCount(EntityKind.Location));
        }

        Assert.Equal(truePositives, (int)Math.Round(pooled.RecallOf(EntityKind.Location) * pooled.GoldCount(EntityKind.Location)));
    }

    [Fact]
    public void Share_zero_trains_once_without_the_corpus()
    {
        string recipe = WriteRecipe();
        string models = Path.Combine(_directory.FullName, "models");
        var report = new CrossValidation { Corpus = "places", Folds = 3, Share = 0, ModelsFolder = models }.Run(recipe);
        Assert.Equal(12, report.Documents);
        Assert.Equal(["without.nnm"], Directory.GetFiles(models).Select(Path.GetFileName));
    }

    [Fact]
    public void An_unknown_corpus_name_is_an_error()
    {
        var error = Assert.Throws<FormatException>(() => new CrossValidation { Corpus = "nothing" }.Run(WriteRecipe()));
        Assert.Contains("places", error.Message, StringComparison.Ordinal);
    }

    private string WriteRecipe()
    {
        string[] places = ["Dravik", "Lomura", "Zentro", "Orvane", "Quillo", "Tavros"];
        var sentences = Enumerable.Range(0, 12).Select(i => $"Crews\tO\nleft\tO\n{places[i % places.Length]}\tB-LOC\ntoday\tO\n.\tO");
        File.WriteAllText(Path.Combine(_directory.FullName, "places.iob2"), string.Join("\n\n", sentences) + "\n");
        File.WriteAllText(Path.Combine(_directory.FullName, "other.iob2"), "Workers\tO\nin\tO\nHelvon\tB-LOC\nrested\tO\n.\tO\n");
        string recipe = Path.Combine(_directory.FullName, "recipe.json");
        File.WriteAllText(recipe, """
            { "name": "cv", "kinds": ["LOCATION"], "epochs": 3, "bucketBits": 12, "gazetteerFolds": 2,
              "train": [ { "name": "places", "path": "places.iob2", "sentencesPerDocument": 1 },
                         { "name": "other", "path": "other.iob2", "sentencesPerDocument": 1 } ] }
            """);
        return recipe;
    }
}
