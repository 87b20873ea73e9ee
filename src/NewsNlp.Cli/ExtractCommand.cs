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
            Description = "jsonl: one entity per line; json: one object per document {\"doc\",\"entities\":[...]}; table: an aligned listing.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "json", "table");
        var types = CommonOptions.Types();
        var model = CommonOptions.Model();
        var referenceDate = CommonOptions.ReferenceDate();
        var dayFirst = new Option<bool>("--day-first")
        {
            Description = "Read ambiguous numeric dates day first (03/04/2025 = 3 April). Default: month first.",
        };
        var shard = Shard.CreateOption();

        var command = new Command("extract", "Extract PERSON, ORGANIZATION, LOCATION and DATE entities from news text. " + ExitCodes.Help)
        {
            file, jsonl, format, types, model, referenceDate, dayFirst, shard,
        };

        command.SetAction(result => Run(
            result.GetValue(file),
            result.GetValue(jsonl),
            result.GetValue(format)!,
            result.GetValue(types),
            result.GetValue(model),
            result.GetValue(referenceDate),
            result.GetValue(dayFirst),
            result.GetValue(shard)));
        return command;
    }

    private static int Run(string? file, bool jsonl, string format, string[]? types, string? modelPath, string? referenceDateText, bool dayFirst, Shard? shard)
    {
        if (!CommonOptions.TryParseTypes(types, out var kinds, out var error)
            || !CommonOptions.TryParseReferenceDate(referenceDateText, out var referenceDate, out error))
        {
            Console.Error.WriteLine($"newsnlp extract: {error}");
            return ExitCodes.Usage;
        }

        if (shard is not null && !jsonl)
        {
            Console.Error.WriteLine("newsnlp extract: --shard splits JSONL input by line; add --jsonl.");
            return ExitCodes.Usage;
        }

        if (!TryBuildPipeline(modelPath, kinds, referenceDate, dayFirst, out var pipeline))
        {
            return ExitCodes.ModelError;
        }

        var outputFormat = format switch { "json" => OutputFormat.Json, "table" => OutputFormat.Table, _ => OutputFormat.Jsonl };
        try
        {
            using var reader = shard is { } part ? part.Filter(InputSource.Open(file)) : InputSource.Open(file);
            using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            using var writer = new EntityWriter(stdout, outputFormat);
            var progress = new ProgressReporter();
            int status = jsonl
                ? ExtractJsonl(pipeline, reader, writer, progress)
                : ExtractPlainText(pipeline, reader, writer, progress, outputFormat == OutputFormat.Json ? JsonSerializer.Serialize(InputSource.DisplayName(file), CliJsonContext.Default.String) : null);
            progress.Done();
            return status;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"newsnlp extract: {ex.Message}");
            return ExitCodes.IoError;
        }
    }

    internal static bool TryBuildPipeline(string? modelPath, EntityKindSet kinds, DateOnly? referenceDate, bool dayFirst, out NewsPipeline pipeline)
    {
        var builder = new NewsPipelineBuilder()
            .WithKinds(kinds)
            .WithReferenceDate(referenceDate)
            .UseDates(dayFirst ? Dates.DateOrder.DayMonthYear : Dates.DateOrder.MonthDayYear);
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
            Console.Error.WriteLine($"newsnlp: cannot load the model: {ex.Message}");
            pipeline = null!;
            return false;
        }
    }

    private static int ExtractJsonl(NewsPipeline pipeline, TextReader reader, EntityWriter writer, ProgressReporter progress)
    {
        long malformed = 0;
        var inputs = JsonlDocumentReader.Read(reader, (line, message) =>
        {
            malformed++;
            Console.Error.WriteLine($"newsnlp extract: line {line}: {message}");
        });

        foreach (var document in pipeline.AnalyzeMany(inputs))
        {
            writer.WriteDocument(document.Id, 0, document.Entities);
            progress.Add(document.Text.Length);
        }

        return malformed > 0 ? ExitCodes.MalformedInput : ExitCodes.Success;
    }

    private static int ExtractPlainText(NewsPipeline pipeline, TextReader reader, EntityWriter writer, ProgressReporter progress, string? docJson)
    {
        foreach (var (text, offset) in PlainTextChunker.Read(reader))
        {
            var document = pipeline.Analyze(text);
            writer.WriteDocument(docJson, offset, document.Entities);
            progress.Add(text.Length);
        }

        return ExitCodes.Success;
    }
}
