using System.CommandLine;
using System.Diagnostics;
using NewsNlp.Training;

namespace NewsNlp.Cli;

/// <summary>The <c>cross-validate</c> command: k-fold cross-validation by document of one training corpus of a recipe.</summary>
internal static class CrossValidateCommand
{
    public static Command Create()
    {
        var recipe = new Option<FileInfo>("--recipe") { Description = "The JSON training recipe.", Required = true };
        var corpus = new Option<string>("--corpus") { Description = "The name of the recipe's training corpus to cross-validate.", Required = true };
        var folds = new Option<int>("--folds") { Description = "The number of folds (document i is in fold i mod folds).", DefaultValueFactory = _ => 5 };
        var share = new Option<double>("--share") { Description = "The share of the corpus's training folds used, 0 to 1 (0: train without the corpus).", DefaultValueFactory = _ => 1 };
        var runs = new Option<int?>("--runs") { Description = "Training runs averaged per model (default: the recipe's)." };
        var dates = new Option<bool>("--dates") { Description = "Run the rule-based date recognizer and score DATE when the corpus annotates it." };
        var models = new Option<DirectoryInfo?>("--models") { Description = "A folder that receives each fold's model (fold-K.nnm)." };
        var command = new Command("cross-validate", "Train and score k models, each with one fold of a training corpus held out; prints pooled P/R/F1.");
        foreach (var option in new Option[] { recipe, corpus, folds, share, runs, dates, models })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var validation = new CrossValidation
            {
                Corpus = parse.GetValue(corpus)!,
                Folds = parse.GetValue(folds),
                Share = parse.GetValue(share),
                Runs = parse.GetValue(runs),
                WithDates = parse.GetValue(dates),
                ModelsFolder = parse.GetValue(models)?.FullName,
            };
            var report = validation.Run(parse.GetValue(recipe)!.FullName, Console.Out);
            Console.WriteLine($"{validation.Corpus}: {validation.Folds}-fold cross-validation, share {validation.Share}; {report.Documents} documents; kinds {report.Kinds}; {watch.Elapsed.TotalSeconds:F0} s");
            Console.WriteLine(report);
            return 0;
        });
        return command;
    }
}
