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
        var command = new Command("train", "Train a name-recognition model from a recipe; prints per-epoch dev F1.");
        command.Options.Add(recipe);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var recipeFile = parse.GetValue(recipe)!;
            var outFile = parse.GetValue(output)!;
            var watch = Stopwatch.StartNew();
            var model = TrainingRecipe.Load(recipeFile.FullName).Run(Console.Out);
            var directory = outFile.Directory;
            directory?.Create();
            model.Save(outFile.FullName);
            Console.WriteLine($"wrote {outFile.FullName} ({new FileInfo(outFile.FullName).Length} bytes) in {watch.Elapsed.TotalSeconds:F0} s");
            return 0;
        });
        return command;
    }
}
