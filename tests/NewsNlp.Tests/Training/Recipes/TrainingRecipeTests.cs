using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

public sealed class TrainingRecipeTests
{
    [Fact]
    public void Recipe_resolves_paths_trains_and_reports_dev_scores()
    {
        var directory = Directory.CreateTempSubdirectory("newsnlp-recipe");
        try
        {
            var data = Directory.CreateDirectory(Path.Combine(directory.FullName, "data"));
            SyntheticCorpus.WriteConll(data.FullName);
            var recipes = Directory.CreateDirectory(Path.Combine(directory.FullName, "recipes"));
            var recipePath = Path.Combine(recipes.FullName, "tiny.json");
            File.WriteAllText(recipePath, """
                {
                  "name": "tiny",
                  "dataRoot": "../data",
                  "kinds": ["PERSON", "ORGANIZATION", "LOCATION"],
                  "epochs": 4,
                  "seed": 7,
                  "runs": 2,
                  "bucketBits": 12,
                  "gazetteerFolds": 2,
                  "features": { "document": true, "gazetteer": true },
                  "train": [ { "path": "synthetic.conll", "format": "conll", "normalize": true } ],
                  "dev": [ { "name": "synthetic-dev", "path": "synthetic.conll", "format": "conll", "from": 0, "to": 1 } ]
                }
                """);
            var recipe = TrainingRecipe.Load(recipePath);
            Assert.Equal(7, recipe.Options.Seed);
            Assert.Equal(2, recipe.Options.Runs);
            var log = new StringWriter();
            var model = recipe.Run(log);
            Assert.Contains("epoch 4", log.ToString(), StringComparison.Ordinal);
            Assert.Contains("synthetic-dev F1", log.ToString(), StringComparison.Ordinal);
            Assert.Contains("mean of 2 runs", log.ToString(), StringComparison.Ordinal);
            Assert.Equal("tiny", model.Name);
            Assert.Equal("tiny.json", model.Metadata["recipe"]);
            Assert.Equal("2", model.Metadata["runs"]);

            var modelPath = Path.Combine(directory.FullName, "tiny.nnm");
            model.Save(modelPath);
            var loaded = NewsModel.Load(modelPath);
            var report = NerEvaluator.Evaluate(loaded, SyntheticCorpus.Documents(), EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location));
            Assert.True(report.F1 > 0.9, report.ToString());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Name_lists_and_prediction_history_are_trained_saved_and_loaded()
    {
        var directory = Directory.CreateTempSubdirectory("newsnlp-recipe");
        try
        {
            SyntheticCorpus.WriteConll(directory.FullName);
            Directory.CreateDirectory(Path.Combine(directory.FullName, "lists"));
            File.WriteAllLines(Path.Combine(directory.FullName, "lists", "places.txt"), ["# invented places", "Dravik", "Lomura"]);
            File.WriteAllLines(Path.Combine(directory.FullName, "lists", "people.txt"), ["Marta", "Ilse"]);
            var recipePath = Path.Combine(directory.FullName, "lists.json");
            File.WriteAllText(recipePath, """
                {
                  "name": "lists",
                  "kinds": ["PERSON", "ORGANIZATION", "LOCATION"],
                  "epochs": 6,
                  "bucketBits": 12,
                  "gazetteerFolds": 2,
                  "features": { "history": true },
                  "nameLists": [ { "category": "place", "path": "lists/places.txt" }, { "category": "firstName", "path": "lists/people.txt" } ],
                  "train": [ { "path": "synthetic.conll", "format": "conll" } ]
                }
                """);
            var recipe = TrainingRecipe.Load(recipePath);
            Assert.True(recipe.Options.HistoryFeatures);
            var log = new StringWriter();
            var model = recipe.Run(log);
            Assert.Contains("name lists: 4 words from 4 names", log.ToString(), StringComparison.Ordinal);

            var modelPath = Path.Combine(directory.FullName, "lists.nnm");
            model.Save(modelPath);
            var loaded = NewsModel.Load(modelPath);
            var kinds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);
            Assert.Equal(1.0, NerEvaluator.Evaluate(loaded, SyntheticCorpus.Documents(), kinds).F1, 6);

            const string text = "Ilse Varga met Marta Quillon in Dravik . Later Varga flew to Lomura .";
            var before = new NewsPipelineBuilder().UseModel(model).WithoutDates().Build().Analyze(text).Entities;
            var after = new NewsPipelineBuilder().UseModel(loaded).WithoutDates().Build().Analyze(text).Entities;
            Assert.Equal(before.Select(static e => (e.Kind, e.Start, e.End)), after.Select(static e => (e.Kind, e.Start, e.End)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("""{ "nameLists": [ { "category": "planet", "path": "x" } ], "train": [ { "path": "x", "format": "conll" } ] }""")]
    [InlineData("""{ "train": [] }""")]
    [InlineData("""{ "epochs": 3, "train": [ { "format": "conll" } ] }""")]
    [InlineData("""{ "unknown": 1, "train": [ { "path": "x", "format": "conll" } ] }""")]
    public void Malformed_recipes_are_rejected(string json)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, json);
            Assert.Throws<FormatException>(() => TrainingRecipe.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
