using System.CommandLine;
using System.Diagnostics;
using NewsNlp.Training;

namespace NewsNlp.Cli;

/// <summary>The <c>train</c> command: trains a model from a JSON recipe.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var recipe = new Option<FileInfo>("--recipe") { Description = "The JSON training recipe.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The model file to write.", Required = true };
        var clustersOut = new Option<FileInfo?>("--clusters-out") { Description = "Also write the word classes (learned or read) as 'class word' lines, for a recipe's \"clusters\": \"path\"." };
        var command = new Command("train", "Train a name-recognition model from a recipe; prints per-epoch dev F1.");
        command.Options.Add(recipe);
        command.Options.Add(output);
        command.Options.Add(clustersOut);
        command.SetAction(parse =>
        {
            var recipeFile = parse.GetValue(recipe)!;
            var outFile = parse.GetValue(output)!;
            var watch = Stopwatch.StartNew();
            var training = TrainingRecipe.Load(recipeFile.FullName);
            var model = training.Run(Console.Out);
            if (parse.GetValue(clustersOut) is { } clustersFile && training.Options.Clusters is { } clusters)
            {
                File.WriteAllLines(clustersFile.FullName, clusters.OrderBy(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal).Select(static p => $"{p.Value}\t{p.Key}"));
            }

            var directory = outFile.Directory;
            directory?.Create();
            model.Save(outFile.FullName);
            Console.WriteLine($"wrote {outFile.FullName} ({new FileInfo(outFile.FullName).Length} bytes) in {watch.Elapsed.TotalSeconds:F0} s");
            return 0;
        });
        return command;
    }
}
