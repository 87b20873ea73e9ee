using System.CommandLine;
using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Training;

namespace NewsNlp.Cli;

/// <summary>The <c>eval-dates</c> command: scores the date recognizer on TimeML corpora (TempEval-3 TBAQ-cleaned, WikiWars).</summary>
/// <remarks>The development split of a corpus is every fifth file (index 0, 5, 10, …) in the ordinal order of the
/// files' paths relative to <c>--data</c>; <c>train</c> is the rest. By default only the date rules run (no name model); <c>--source</c> compares them with the model's DATE tags, each
/// document with its DCT as the reference date.</remarks>
internal static class EvalDatesCommand
{
    /// <summary>Every how many files one goes to the development split.</summary>
    public const int DevEvery = 5;

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "A .tml file or a directory searched recursively for .tml files (TBAQ-cleaned; WikiWars tagged-timex3).",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "Corpus format: timeml (TempEval-3) or wikiwars (its TIMEX3 version; a wikiwars root folder is narrowed to tagged-timex3).",
            DefaultValueFactory = _ => "timeml",
        };
        format.AcceptOnlyFromAmong("timeml", "wikiwars");
        var order = new Option<string>("--order")
        {
            Description = "Reading of ambiguous numeric dates: mdy (default) or dmy.",
            DefaultValueFactory = _ => "mdy",
        };
        order.AcceptOnlyFromAmong("mdy", "dmy");
        var split = new Option<string>("--split")
        {
            Description = "Which files to score: all (default), dev (every fifth file in ordinal path order, starting with the first) or train (the rest).",
            DefaultValueFactory = _ => "all",
        };
        split.AcceptOnlyFromAmong("all", "dev", "train");
        var errors = new Option<int>("--errors")
        {
            Description = "Print up to this many error lines (missed, spurious, extent, value) to standard error.",
            DefaultValueFactory = _ => 0,
        };

        var source = new Option<string>("--source")
        {
            Description = "Which stage supplies DATE spans: rules (default), model (the embedded model's DATE tags) or combined.",
            DefaultValueFactory = _ => "rules",
        };
        source.AcceptOnlyFromAmong("rules", "model", "combined");

        var ranges = new Option<string>("--ranges")
        {
            Description = "How date ranges are scored: split (default: each end its own DATE, as TimeML annotates them) or joined (one DATE per range, the pipeline's default).",
            DefaultValueFactory = _ => "split",
        };
        ranges.AcceptOnlyFromAmong("split", "joined");

        var command = new Command("eval-dates", "Score DATE recognition (strict/relaxed extent P/R/F1) and TIMEX3 value accuracy on a TimeML corpus.")
        {
            data,
            format,
            order,
            split,
            errors,
            source,
            ranges,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(data)!,
            parseResult.GetValue(format)!,
            parseResult.GetValue(order) == "dmy" ? DateOrder.DayMonthYear : DateOrder.MonthDayYear,
            parseResult.GetValue(split)!,
            parseResult.GetValue(errors),
            parseResult.GetValue(source) switch { "model" => DateSource.Model, "combined" => DateSource.Combined, _ => DateSource.Rules },
            parseResult.GetValue(ranges) == "joined"));
        return command;
    }

    private static int Run(string data, string format, DateOrder order, string split, int maxErrors, DateSource source, bool joinRanges)
    {
        if (format == "wikiwars" && Directory.Exists(Path.Combine(data, "tagged-timex3")))
        {
            data = Path.Combine(data, "tagged-timex3");
        }

        if (!File.Exists(data) && !Directory.Exists(data))
        {
            CliErrors.Report($"newsnlp eval-dates: {data} does not exist.");
            return ExitCodes.CannotRun;
        }

        var files = TimeMlReader.ListFiles(data);
        var builder = new NewsPipelineBuilder(new NewsNlpOptions { JoinDateRanges = joinRanges }).UseDates(order).WithDateSource(source).WithKinds(EntityKindSet.Of(EntityKind.Date));
        var pipeline = (source == DateSource.Rules ? builder.WithoutNames() : builder).Build();
        var evaluator = new DateEvaluator(maxErrors);
        for (int i = 0; i < files.Count; i++)
        {
            bool dev = i % DevEvery == 0;
            if ((split == "dev" && !dev) || (split == "train" && dev))
            {
                continue;
            }

            var document = TimeMlReader.Read(files[i]);
            var analysed = pipeline.Analyze(new NewsInput(document.Text, document.Id, document.CreationDate));
            evaluator.Add(document.Id, document.Text, document.Timexes, analysed.Entities);
        }

        foreach (var line in evaluator.Errors)
        {
            CliErrors.Report(line);
        }

        Console.WriteLine($"eval-dates {format} split={split} order={(order == DateOrder.DayMonthYear ? "dmy" : "mdy")}: {data}");
        Console.WriteLine("All gold DATE spans");
        Console.WriteLine(evaluator.All);
        Console.WriteLine("Without vague gold spans (PAST_REF/PRESENT_REF/FUTURE_REF: now, recently, the future ...)");
        Console.WriteLine(evaluator.WithoutVague);
        return 0;
    }
}
