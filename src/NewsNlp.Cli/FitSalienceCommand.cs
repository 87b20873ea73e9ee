using System.CommandLine;
using System.Globalization;
using NewsNlp.Pipeline;
using NewsNlp.Training;

namespace NewsNlp.Cli;

/// <summary><c>newsnlp fit-salience</c>: fits the salience weights on a news set's <c>salient.jsonl</c> and writes them as
/// the source of <c>SalienceWeights.cs</c>.</summary>
internal static class FitSalienceCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "A news-set folder: docs.jsonl, gold.jsonl and salient.jsonl.", Required = true };
        var mentions = new Option<string>("--mentions")
        {
            Description = "Fit on the gold mentions (gold, default: no model's errors in the weights) or on a model's (model, see --model).",
            DefaultValueFactory = _ => "gold",
        };
        mentions.AcceptOnlyFromAmong("gold", "model");
        var model = new Option<string?>("--model") { Description = ModelChoice.Description + " With --mentions model." };
        var output = new Option<string?>("--output") { Description = "Write the weights as C# source to this file (src/NewsNlp/Groups/SalienceWeights.cs); default: standard output." };
        var command = new Command("fit-salience", "Fit the entity-salience weights on a news set's salient.jsonl (a softmax over each text's entity groups).")
        {
            data, mentions, model, output,
        };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(mentions) == "gold", parse.GetValue(model), parse.GetValue(output)));
        return command;
    }

    private static int Run(string data, bool gold, string? modelName, string? output)
    {
        if (!SalienceInputs.TryLoad("fit-salience", data, out var texts, out var salient))
        {
            return ExitCodes.CannotRun;
        }

        Func<int, AnnotatedDocument, NewsDocument> analyse = static (_, text) => SalienceCorpus.Gold(text);
        string source = "gold mentions";
        if (!gold)
        {
            var model = ModelChoice.Load(modelName);
            var pipeline = new NewsPipelineBuilder().UseModel(model).Build();
            analyse = (_, text) => pipeline.Analyze(new NewsInput(text.Text, text.Id, text.ReferenceDate));
            source = $"the mentions of model {model.Name}";
        }

        var items = SalienceCorpus.Prepare(texts, salient, analyse, exactSurfaces: false);
        var weights = SalienceFitter.Fit([.. items.Select(static i => i.Instance)]);
        var report = new SalienceReport();
        foreach (var item in items)
        {
            report.Add(item.Instance, weights);
        }

        string provenance = string.Create(CultureInfo.InvariantCulture, $"Fitted on {items.Count} texts of {SetName(data)}, {source}.");
        string code = SalienceWeightsWriter.Write(weights, provenance);
        if (output is null)
        {
            Console.Write(code);
        }
        else
        {
            File.WriteAllText(output, code);
        }

        Console.Error.WriteLine($"fit-salience {data}: {items.Count} texts, {source}; on the same texts:");
        Console.Error.Write(report);
        return ExitCodes.Success;
    }

    // ../shared/data/news-train/set names the set news-train/set: the folder and its parent.
    private static string SetName(string data)
    {
        var full = Path.GetFullPath(data).TrimEnd(Path.DirectorySeparatorChar);
        string? parent = Path.GetFileName(Path.GetDirectoryName(full));
        return string.IsNullOrEmpty(parent) ? Path.GetFileName(full) : $"{parent}/{Path.GetFileName(full)}";
    }
}
