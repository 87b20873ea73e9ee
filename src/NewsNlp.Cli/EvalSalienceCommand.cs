using System.CommandLine;
using System.Globalization;
using NewsNlp.Groups;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Training;

namespace NewsNlp.Cli;

/// <summary><c>newsnlp eval-salience</c>: precision at 1 and recall at 3 of the salience ranking against a news set's
/// <c>salient.jsonl</c>, next to the mention-count and first-mention baselines, with the shipped weights or by
/// cross-validation (weights fitted on the other folds).</summary>
internal static class EvalSalienceCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "A news-set folder: docs.jsonl, gold.jsonl and salient.jsonl.", Required = true };
        var model = new Option<string?>("--model") { Description = ModelChoice.Description + " Its mentions are ranked (unless --gold-mentions)." };
        var goldMentions = new Option<bool>("--gold-mentions") { Description = "Rank the gold mentions' groups instead of a model's." };
        var grouping = new Option<string>("--grouping")
        {
            Description = "pipeline (default: the library's entity groups) or exact (mentions grouped by exact surface and type only).",
            DefaultValueFactory = _ => "pipeline",
        };
        grouping.AcceptOnlyFromAmong("pipeline", "exact");
        var folds = new Option<int>("--folds")
        {
            Description = "Cross-validate: fit the weights on all folds but one and score that one, for each fold (the text at position i of docs.jsonl is in fold i mod K, as in the name model's cross-validation). 0 (default): score the shipped weights.",
            DefaultValueFactory = _ => 0,
        };
        var foldModels = new Option<string?>("--fold-models")
        {
            Description = "With --folds: the name model of each fold, a path with {k} for the fold number, 0 to K-1 (models/fold-{k}.nnm), each trained without its fold's texts.",
        };
        var fitMentions = new Option<string>("--fit-mentions")
        {
            Description = "With --folds: fit on the training folds' gold mentions (gold, default, as the shipped weights are fitted) or on the mentions being scored (same).",
            DefaultValueFactory = _ => "gold",
        };
        fitMentions.AcceptOnlyFromAmong("gold", "same");
        var writeFolds = new Option<string?>("--write-folds") { Description = "Write the --folds split as news sets (DIR/fold-K/train, DIR/fold-K/test) and stop." };
        var errors = new Option<int>("--errors") { Description = "List up to this many texts whose first-ranked entity is not salient.", DefaultValueFactory = _ => 0 };
        var without = new Option<string?>("--without") { Description = "Leave out these features (comma-separated names, as in SalienceWeights.cs) to measure what each adds." };
        var misses = new Option<bool>("--misses") { Description = "With --errors: list texts with a salient entity outside the first three instead, with each salient entity's rank." };

        var command = new Command("eval-salience", "Score entity salience: P@1 and R@3 against a news set's salient.jsonl, with the mention-count and first-mention baselines.")
        {
            data, model, goldMentions, grouping, folds, foldModels, fitMentions, writeFolds, errors, misses, without,
        };
        command.SetAction(parse => Run(
            parse.GetValue(data)!, parse.GetValue(model), parse.GetValue(goldMentions), parse.GetValue(grouping) == "exact", parse.GetValue(folds),
            parse.GetValue(foldModels), parse.GetValue(fitMentions) == "gold", parse.GetValue(writeFolds), parse.GetValue(errors), parse.GetValue(misses), parse.GetValue(without)));
        return command;
    }

    private static int Run(string data, string? modelName, bool goldMentions, bool exact, int folds, string? foldModels, bool fitOnGold, string? writeFolds, int maxErrors, bool listMisses, string? without)
    {
        if (folds is 1 or < 0 || (foldModels is not null && (folds == 0 || goldMentions || !foldModels.Contains("{k}", StringComparison.Ordinal))))
        {
            CliErrors.Report("newsnlp eval-salience: --folds takes 0 or at least 2; --fold-models needs --folds, a path with {k} and a model's mentions.");
            return ExitCodes.CannotRun;
        }

        if (!SalienceInputs.TryLoad("eval-salience", data, out var texts, out var salient))
        {
            return ExitCodes.CannotRun;
        }

        if (writeFolds is not null)
        {
            NewsSetFolds.Write(data, Math.Max(folds, 2), writeFolds);
            Console.WriteLine($"eval-salience: wrote {Math.Max(folds, 2)} folds of {texts.Count} texts to {writeFolds}");
            return ExitCodes.Success;
        }

        if (!TryLoadModels(modelName, foldModels, folds, goldMentions, out var pipelines, out string mentionSource))
        {
            return ExitCodes.CannotRun;
        }

        var items = SalienceCorpus.Prepare(texts, salient,
            (position, text) => goldMentions ? SalienceCorpus.Gold(text) : pipelines[foldModels is null ? 0 : NewsSetFolds.FoldOf(position, folds)].Analyze(new NewsInput(text.Text, text.Id, text.ReferenceDate)),
            exact);
        var left = without?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (left.FirstOrDefault(name => Array.IndexOf(SalienceFeatures.Names, name) < 0) is { } unknown)
        {
            CliErrors.Report($"newsnlp eval-salience: --without: no feature {unknown}; the features are {string.Join(", ", SalienceFeatures.Names)}.");
            return ExitCodes.CannotRun;
        }

        LeaveOut(items, left);
        var report = new SalienceReport();
        var missed = new List<string>();
        if (folds == 0)
        {
            foreach (var item in items)
            {
                report.Add(item.Instance, SalienceWeights.Values);
                ListMiss(item.Instance, SalienceWeights.Values, missed, maxErrors, listMisses);
            }
        }
        else
        {
            var fitItems = fitOnGold && !goldMentions ? SalienceCorpus.Prepare(texts, salient, static (_, text) => SalienceCorpus.Gold(text), exact) : items;
            LeaveOut(fitItems, left);
            for (int k = 0; k < folds; k++)
            {
                var weights = SalienceFitter.Fit([.. fitItems.Where(i => NewsSetFolds.FoldOf(i.Position, folds) != k).Select(static i => i.Instance)]);
                foreach (var item in items.Where(i => NewsSetFolds.FoldOf(i.Position, folds) == k))
                {
                    report.Add(item.Instance, weights);
                    ListMiss(item.Instance, weights, missed, maxErrors, listMisses);
                }
            }
        }

        foreach (string line in missed)
        {
            Console.Error.WriteLine(line);
        }

        string weightsSource = folds == 0 ? "shipped weights" : $"{folds}-fold cross-validation by text (fitted on {(fitOnGold ? "gold" : "the same")} mentions)";
        Console.WriteLine($"eval-salience {data}: {items.Count} texts; mentions: {mentionSource}; groups: {(exact ? "exact surface" : "pipeline")}; {weightsSource}");
        Console.Write(report);
        return ExitCodes.Success;
    }

    // A left-out feature is 0 in every group, so the fitted weight is 0 and it changes no score.
    private static void LeaveOut(List<SalienceCorpus.Item> items, string[] names)
    {
        foreach (string name in names)
        {
            int feature = Array.IndexOf(SalienceFeatures.Names, name);
            foreach (var item in items)
            {
                for (int g = 0; g < item.Instance.Groups; g++)
                {
                    item.Instance.Features[(g * SalienceFeatures.Count) + feature] = 0;
                }
            }
        }
    }

    private static bool TryLoadModels(string? modelName, string? foldModels, int folds, bool goldMentions, out NewsPipeline[] pipelines, out string source)
    {
        pipelines = [];
        source = "gold";
        if (goldMentions)
        {
            return true;
        }

        try
        {
            if (foldModels is null)
            {
                var model = ModelChoice.Load(modelName);
                pipelines = [new NewsPipelineBuilder().UseModel(model).Build()];
                source = $"model {model.Name}";
                return true;
            }

            pipelines = new NewsPipeline[folds];
            for (int k = 0; k < folds; k++)
            {
                pipelines[k] = new NewsPipelineBuilder().UseModel(NewsModel.Load(FoldModelPatterns.PathOf(foldModels, k))).Build();
            }

            source = $"fold models {foldModels}";
            return true;
        }
        catch (Exception ex) when (ex is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            CliErrors.Report($"newsnlp eval-salience: cannot load the model: {ex.Message}");
            return false;
        }
    }

    private static void ListMiss(SalienceInstance instance, ReadOnlySpan<float> weights, List<string> missed, int max, bool listMisses)
    {
        if (missed.Count >= max)
        {
            return;
        }

        var scores = new float[instance.Groups];
        EntitySalience.Softmax(instance.Features, weights, scores);
        var ranked = Enumerable.Range(0, scores.Length).OrderByDescending(g => scores[g]).ThenBy(static g => g).ToArray();
        var order = ranked.Take(3).ToArray();
        bool miss = listMisses
            ? instance.Matching.Any(m => m.Length > 0 && !m.Any(order.Contains))
            : !(order.Length > 0 && instance.Matching.Any(m => m.Contains(order[0])));
        if (!miss)
        {
            return;
        }

        string top = string.Join(" | ", order.Select(g => string.Create(CultureInfo.InvariantCulture, $"{instance.Names[g]} {scores[g]:0.00}")));
        string gold = string.Join(" | ", instance.Matching.Select(m => m.Length == 0 ? "(no group)"
            : string.Join('/', m.Select(g => string.Create(CultureInfo.InvariantCulture, $"{instance.Names[g]} #{Array.IndexOf(ranked, g) + 1}")))));
        missed.Add($"{instance.Id}: ranked {top}; salient {gold}");
    }
}
