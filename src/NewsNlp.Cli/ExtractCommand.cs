using System.CommandLine;
using System.Text.Json;
using NewsNlp.Cli.Input;
using NewsNlp.Cli.Output;
using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli;

/// <summary><c>newsnlp extract</c>: entities from plain text or JSONL documents.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = CommonOptions.InputFile();
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Read JSONL documents {\"id\",\"text\"[,\"date\"]}, one per line, analysed in parallel; output keeps input order and adds \"doc\".",
        };
        var format = new Option<string>("--format")
        {
            Description = "jsonl: one entity per line; json: one object per document {\"doc\",\"entities\":[...],\"groups\":[...]}; table: an aligned listing; "
                + "html: one self-contained page, each document's text with its entities highlighted and its most salient entities above it.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "json", "table", "html");
        var top = new Option<int>("--top")
        {
            Description = "Write each document's N most salient entities instead of every mention (jsonl: a line per entity; json: the groups, most salient first, "
                + "with their mentions; table: a row per entity); with html, list N above each text (default 5).",
            DefaultValueFactory = _ => 0,
        };
        var types = CommonOptions.Kinds();
        var model = CommonOptions.Model();
        var referenceDate = CommonOptions.ReferenceDate();
        var dayFirst = new Option<bool>("--day-first")
        {
            Description = "Read ambiguous numeric dates day first (03/04/2025 = 3 April). Default: month first.",
        };
        var shard = Shard.CreateOption();

        var maxChars = CommonOptions.MaxChars();
        var minConfidence = CommonOptions.MinConfidence();
        var custom = new CustomEntityOptions();

        var command = new Command("extract", "Extract PERSON, ORGANIZATION, LOCATION and DATE entities from news text. " + ExitCodes.Help)
        {
            file, jsonl, format, top, types, model, referenceDate, dayFirst, maxChars, shard, minConfidence,
        };
        foreach (var option in custom.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(result => custom.TryLoad(result, "extract", out var rules) ? Run(
            rules,
            result.GetValue(file),
            result.GetValue(jsonl),
            result.GetValue(format)!,
            result.GetValue(top),
            result.GetValue(types),
            result.GetValue(model),
            result.GetValue(referenceDate),
            result.GetValue(dayFirst),
            result.GetValue(maxChars),
            result.GetValue(shard),
            result.GetValue(minConfidence)) : ExitCodes.CannotRun);
        return command;
    }

    // I/O errors and a closed standard output propagate to Program, which maps them to the documented exit codes.
    private static int Run(CustomEntityRules rules, string? file, bool jsonl, string format, int top, string[]? types, string? modelPath, string? referenceDateText, bool dayFirst, int maxChars, Shard? shard, float minConfidence)
    {
        if (!CommonOptions.TryParseTypes(types, rules.Labels(), out var kinds, out var selected, out var error)
            || !CommonOptions.TryParseReferenceDate(referenceDateText, out var referenceDate, out error))
        {
            CliErrors.Report($"newsnlp extract: {error}");
            return ExitCodes.CannotRun;
        }

        if (top < 0)
        {
            CliErrors.Report("newsnlp extract: --top takes a number of entities, 0 or more.");
            return ExitCodes.CannotRun;
        }

        if (shard is not null && !jsonl)
        {
            CliErrors.Report("newsnlp extract: --shard splits JSONL input by line; add --jsonl.");
            return ExitCodes.CannotRun;
        }

        if (!TryBuildPipeline(modelPath, kinds, referenceDate, dayFirst, out var pipeline, rules, selected))
        {
            return ExitCodes.CannotRun;
        }

        var outputFormat = format switch { "json" => OutputFormat.Json, "table" => OutputFormat.Table, "html" => OutputFormat.Html, _ => OutputFormat.Jsonl };
        using var stdout = new BufferedStream(StandardOutput.Open(), 1 << 16);
        using var writer = new EntityWriter(stdout, outputFormat == OutputFormat.Html ? OutputFormat.Jsonl : outputFormat, minConfidence);
        using var html = outputFormat == OutputFormat.Html ? new HtmlPageWriter(stdout, InputSource.DisplayName(file), minConfidence, top > 0 ? top : 5) : null;
        var output = new DocumentOutput(writer, html, top);
        var progress = new ProgressReporter();
        int status;
        if (jsonl)
        {
            using var input = InputSource.OpenStream(file);
            status = ExtractJsonl(pipeline, input, maxChars, shard, output, progress);
        }
        else
        {
            using var reader = InputSource.OpenText(file, out var invalid);
            string? docJson = outputFormat == OutputFormat.Json ? JsonSerializer.Serialize(InputSource.DisplayName(file), CliJsonContext.Default.String) : null;
            status = ExtractPlainText(pipeline, reader, maxChars, output, progress, docJson, InputSource.DisplayName(file));
            ReportInvalidUtf8(InputSource.DisplayName(file), invalid.Count);
        }

        progress.Done();
        return status;
    }

    /// <summary>Warns once per plain-text input about invalid UTF-8; the text was analysed with U+FFFD in their place.</summary>
    internal static void ReportInvalidUtf8(string input, long count)
    {
        if (count > 0)
        {
            CliErrors.Report(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"newsnlp: warning: {input}: {count} invalid UTF-8 sequence{(count == 1 ? "" : "s")} replaced by U+FFFD"));
        }
    }

    internal static bool TryBuildPipeline(string? modelPath, EntityKindSet kinds, DateOnly? referenceDate, bool dayFirst, out NewsPipeline pipeline,
        CustomEntityRules? rules = null, IReadOnlySet<string>? selectedLabels = null)
    {
        var builder = new NewsPipelineBuilder()
            .WithKinds(kinds)
            .WithReferenceDate(referenceDate)
            .UseDates(dayFirst ? Dates.DateOrder.DayMonthYear : Dates.DateOrder.MonthDayYear);
        rules?.AddTo(builder, selectedLabels, "extract");
        if (!kinds.Contains(EntityKind.Date))
        {
            builder.WithoutDates();
        }

        bool needsNames = kinds.Contains(EntityKind.Person) || kinds.Contains(EntityKind.Organization)
            || kinds.Contains(EntityKind.Location) || kinds.Contains(EntityKind.Misc);
        try
        {
            if (modelPath is not null)
            {
                builder.UseModel(ModelChoice.Load(modelPath));
            }
            else if (!needsNames)
            {
                builder.WithoutNames();
            }

            pipeline = builder.Build();
            return true;
        }
        catch (Exception ex) when (ex is ModelFormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            CliErrors.Report($"newsnlp: cannot load the model: {ex.Message}");
            pipeline = null!;
            return false;
        }
        catch (ArgumentException ex)
        {
            // Token patterns too large to compile.
            CliErrors.Report($"newsnlp: cannot use the patterns: {ex.Message}");
            pipeline = null!;
            return false;
        }
    }

    private static int ExtractJsonl(NewsPipeline pipeline, Stream input, int maxChars, Shard? shard, DocumentOutput output, ProgressReporter progress)
    {
        long rejected = 0;
        var inputs = JsonlDocumentReader.Read(
            input,
            maxChars,
            (line, message) =>
            {
                Interlocked.Increment(ref rejected);
                CliErrors.Report($"newsnlp extract: line {line}: {message}");
            },
            (line, message) => CliErrors.Report($"newsnlp extract: warning: line {line}: {message}"),
            shard);

        foreach (var document in pipeline.AnalyzeMany(inputs))
        {
            output.Write(document, document.Id, 0, null);
            progress.Add(document.Text.Length);
        }

        return Interlocked.Read(ref rejected) > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
    }

    // Plain text is never rejected for its length. A file of up to min(--max-chars, 8 M) characters is one document,
    // analysed on all cores (its tagging windows at the same time, then the document-level steps over the whole); a
    // longer file is read as documents of at most that size, cut where no entity can straddle the cut.
    private static int ExtractPlainText(NewsPipeline pipeline, TextReader reader, int maxChars, DocumentOutput output, ProgressReporter progress, string? docJson, string name)
    {
        foreach (var (text, offset) in PlainTextChunker.Read(reader, Math.Min(maxChars, PlainTextChunker.DefaultChunkSize)))
        {
            var document = pipeline.AnalyzeOnAllCores(new NewsInput(text));
            output.Write(document, docJson, offset, offset == 0 ? name : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}, from character {offset:N0}"));
            progress.Add(document.Text.Length);
        }

        return ExitCodes.Success;
    }
}
