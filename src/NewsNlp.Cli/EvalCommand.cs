using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsNlp.Entities;
using NewsNlp.Groups;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;
using NewsNlp.Training;

namespace NewsNlp.Cli;

/// <summary>The <c>eval</c> command: scores a model on annotated data (exact-match P/R/F1 per type and micro).</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = ModelChoice.Description };
        var data = new Option<FileInfo>("--data") { Description = "The annotated data.", Required = true };
        var format = new Option<string>("--format") { Description = "conll, uner, gmb, jsonl-gold or news-set (a folder of docs.jsonl, gold.jsonl and ignore.jsonl).", DefaultValueFactory = _ => "conll" };
        var kinds = new Option<string?>("--kinds", "--types") { Description = "Comma-separated kinds to score (alias --types) (default: the kinds both the model and the data have)." };
        var dates = new Option<bool>("--dates") { Description = "Run the rule-based date recognizer alongside the model." };
        format.AcceptOnlyFromAmong([.. CorpusFormats.Names, "iob2"]);
        var from = Fraction("--from", "Score from this fraction of the documents, from 0 to 1 (below --to). Default: 0.", 0);
        var to = Fraction("--to", "Score up to this fraction of the documents, from 0 to 1 (above --from). Default: 1.", 1);
        var folds = new Option<int>("--folds") { Description = "With --fold: split the documents into this many folds (document i in fold i mod folds), as cross-validate does." };
        var fold = new Option<int?>("--fold") { Description = "Score only this fold of --folds (0-based): a cross-validation fold model on its held-out part." };
        var normalize = new Option<bool>("--normalize") { Description = "Normalize gold mentions to NewsNlp's conventions (no leading article or compass word such as 'the' or 'southern', no leading titles on people, no lower-case hyphenated tails)." };
        var showErrors = new Option<bool>("--errors") { Description = "List every spurious (+) and missed (-) mention." };
        var speed = new Option<bool>("--speed") { Description = "Also time tokenizing and tagging the data's text on one thread (tokens/s, bytes allocated per token)." };
        var calibration = new Option<bool>("--calibration") { Description = "Also print the expected calibration error of the confidences (10 equal-width bins; correct = exact span and type) and a reliability table." };
        var rawConfidence = new Option<bool>("--raw-confidence") { Description = "With --calibration: score the stages' raw confidences instead of the calibrated ones." };
        var groupRules = new Option<string?>("--group-rules") { Description = "The entity-group rules to run instead of the default (RetypeNameWords): 'none' or a comma-separated list of RetypeToGroupKind, RetypeNameWords, AddRepeats, AddNameWords, AddAcronymRepeats." };
        var custom = new CustomEntityOptions();
        var command = new Command("eval", "Score a model on annotated data: P/R/F1 per type and micro, with an error summary.");
        foreach (var option in new Option[] { model, data, format, kinds, dates, from, to, folds, fold, normalize, showErrors, speed, calibration, rawConfidence, groupRules }.Concat(custom.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            if (parse.GetValue(from) >= parse.GetValue(to))
            {
                CliErrors.Report($"newsnlp eval: --from {parse.GetValue(from).ToString(CultureInfo.InvariantCulture)} must be below --to {parse.GetValue(to).ToString(CultureInfo.InvariantCulture)}.");
                return ExitCodes.CannotRun;
            }

            if (!custom.TryLoad(parse, "eval", out var rules))
            {
                return ExitCodes.CannotRun;
            }

            var newsModel = ModelChoice.Load(parse.GetValue(model));
            var spec = new CorpusSpec { Path = parse.GetValue(data)!.FullName, Format = parse.GetValue(format)!, From = parse.GetValue(from), To = parse.GetValue(to), NormalizeMentions = parse.GetValue(normalize), Folds = parse.GetValue(folds), OnlyFold = parse.GetValue(fold) };
            var corpus = spec.Load(spec.Path);
            if (corpus.Documents.Count == 0)
            {
                CliErrors.Report($"newsnlp eval: {parse.GetValue(data)} holds no documents{(spec.From > 0 || spec.To < 1 ? " between --from and --to" : "")}; nothing to score.");
                return ExitCodes.CannotRun;
            }
            var scored = new EntityKindSet(newsModel.Kinds.Bits & corpus.AnnotatedKinds.Bits);
            if (parse.GetValue(kinds) is { Length: > 0 } list)
            {
                var parsed = new List<EntityKind>();
                foreach (var label in list.Split(','))
                {
                    if (!EntityKindLabels.TryParse(label, out var kind))
                    {
                        CliErrors.Report($"newsnlp eval: unknown kind '{label}'.");
                        return ExitCodes.CannotRun;
                    }

                    parsed.Add(kind);
                }

                scored = EntityKindSet.Of([.. parsed]);
            }

            GroupRuleSet? groupRuleSet = null;
            if (parse.GetValue(groupRules) is { Length: > 0 } ruleList)
            {
                if (!Enum.TryParse<GroupRuleSet>(ruleList, ignoreCase: true, out var parsedRules) || int.TryParse(ruleList, out _))
                {
                    CliErrors.Report($"newsnlp eval: unknown group rules '{ruleList}'.");
                    return ExitCodes.CannotRun;
                }

                groupRuleSet = parsedRules;
            }

            Action<NewsPipelineBuilder>? configure = rules.IsEmpty && groupRuleSet is null ? null : builder =>
            {
                if (groupRuleSet is { } set)
                {
                    builder.WithGroupRules(set);
                }

                if (!rules.IsEmpty)
                {
                    rules.AddTo(builder, null, "eval");
                }
            };
            var report = NerEvaluator.Evaluate(newsModel, corpus.Documents, scored, parse.GetValue(dates), parse.GetValue(showErrors) ? Console.Out : null, configure);
            Console.WriteLine($"{corpus.Name}: {report.Documents} documents; model {newsModel.Name}; kinds {scored}");
            Console.WriteLine(report);
            if (parse.GetValue(calibration))
            {
                var samples = ConfidenceSampler.Collect(newsModel, corpus.Documents, scored, parse.GetValue(dates), parse.GetValue(rawConfidence));
                Console.WriteLine(new CalibrationReport(samples));
            }

            if (parse.GetValue(speed))
            {
                MeasureSpeed(newsModel, [.. corpus.Documents.Select(static d => d.Text)]);
            }

            return 0;
        });
        return command;
    }

    // A fraction from 0 to 1: NaN, infinities and anything outside are parse errors (exit 3).
    private static Option<double> Fraction(string name, string description, double defaultValue)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value >= 0 && value <= 1))
            {
                result.AddError($"{name} '{text}' is not a number from 0 to 1.");
                return defaultValue;
            }

            return value;
        };
        return option;
    }

    private static void MeasureSpeed(NewsModel model, string[] texts)
    {
        var pipeline = new NewsPipelineBuilder().UseModel(model).WithoutDates().WithKinds(EntityKindSet.All).Build();
        long tokens = 0;
        foreach (var text in texts)
        {
            tokens += NewsTokenizer.Tokenize(text).Length;
        }

        // Warm up, then run whole passes for at least five seconds.
        int entities = Pass(pipeline, texts);
        var watch = Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        int passes = 0;
        while (watch.Elapsed.TotalSeconds < 5 || passes < 2)
        {
            entities += Pass(pipeline, texts);
            passes++;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        watch.Stop();
        double perSecond = tokens * passes / watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed: {perSecond / 1e6:F2} M tokens/s (tokenize, split, tag; one thread; {passes} passes of {tokens} tokens); {(double)allocated / (tokens * passes):F4} bytes allocated per token; {entities} mentions"));
    }

    private static int Pass(NewsPipeline pipeline, string[] texts)
    {
        int entities = 0;
        foreach (var text in texts)
        {
            foreach (var entity in pipeline.EnumerateEntities(text))
            {
                entities += entity.Length > 0 ? 1 : 0;
            }
        }

        return entities;
    }
}
