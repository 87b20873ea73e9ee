using System.CommandLine;
using System.Globalization;
using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Training;

namespace NewsNlp.Cli;

/// <summary>The <c>calibrate</c> command: fits the confidence calibration of the embedded models on gold dev sets and writes
/// it as the runtime's C# table (docs/confidence.md).</summary>
internal static class CalibrateCommand
{
    public static Command Create()
    {
        var sets = new Option<FileInfo>("--sets") { Description = "A TSV of the data sets to fit on: name, path (under --data-root), format, kinds ('model' for the kinds the model and data share).", Required = true };
        var dataRoot = new Option<DirectoryInfo>("--data-root") { Description = "The folder the set paths are relative to.", DefaultValueFactory = _ => new DirectoryInfo("../shared/data") };
        var models = new Option<string[]>("--model") { Description = "The models to fit (default: open and research). " + ModelChoice.Description, AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo?>("--out") { Description = "The C# file to write (src/NewsNlp/Entities/ConfidenceCalibrationTables.cs); without it, only the report is printed." };
        var command = new Command("calibrate", "Fit confidence calibration curves (binned isotonic regression per kind and source) on gold dev sets; print ECE before and after.")
        {
            sets, dataRoot, models, output,
        };
        command.SetAction(parse =>
        {
            var setList = ReadSets(parse.GetValue(sets)!.FullName);
            var root = parse.GetValue(dataRoot)!.FullName;
            var calibrations = new List<ConfidenceCalibration>();
            var provenance = new List<string> { "Fitted on: " + string.Join(", ", setList.Select(static s => s.Name)) + " (each set weighs the same)." };
            foreach (var choice in parse.GetValue(models) is { Length: > 0 } chosen ? chosen : ["open", "research"])
            {
                var model = ModelChoice.Load(choice);
                var samples = new List<IReadOnlyList<ConfidenceSample>>();
                foreach (var set in setList)
                {
                    var spec = new CorpusSpec { Path = Path.Combine(root, set.Path), Format = set.Format };
                    var corpus = spec.Load(spec.Path);
                    var kinds = set.Kinds ?? new EntityKindSet(model.Kinds.Bits & corpus.AnnotatedKinds.Bits);
                    samples.Add(ConfidenceSampler.Collect(model, corpus.Documents, kinds, withDates: false, raw: true));
                }

                var calibration = new ConfidenceCalibration(model.Name, model.PayloadChecksum, CalibrationFitter.Fit(samples));
                calibrations.Add(calibration);
                Console.WriteLine($"model {model.Name} (payload checksum 0x{model.PayloadChecksum:X8}): {calibration.Curves.Count} curves");
                foreach (var group in samples.SelectMany(static s => s).GroupBy(static s => s.Source).OrderBy(static g => g.Key))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  source {group.Key,-16} {group.Count(),6} mentions over all sets, precision {group.Count(static s => s.Correct) / (double)group.Count():F4}"));
                }

                for (int i = 0; i < setList.Count; i++)
                {
                    var before = new CalibrationReport(samples[i]);
                    var after = new CalibrationReport(samples[i].Select(s => s with { Confidence = calibration.Map(s.Kind, s.Source, s.Confidence) }));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {setList[i].Name,-24} {before.Count,6} mentions  precision {before.Accuracy:F4}  ECE raw {before.ExpectedCalibrationError:F4}  calibrated {after.ExpectedCalibrationError:F4}"));
                }
            }

            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file.FullName, CalibrationTableWriter.Write(calibrations, string.Join('\n', provenance)));
                Console.WriteLine($"wrote {file.FullName}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static List<(string Name, string Path, string Format, EntityKindSet? Kinds)> ReadSets(string path)
    {
        var sets = new List<(string, string, string, EntityKindSet?)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 4)
            {
                throw new FormatException($"{path}: expected name, path, format and kinds separated by tabs: '{line}'.");
            }

            EntityKindSet? kinds = null;
            if (cells[3] != "model")
            {
                var parsed = new List<EntityKind>();
                foreach (var label in cells[3].Split(','))
                {
                    parsed.Add(EntityKindLabels.TryParse(label, out var kind) ? kind : throw new FormatException($"{path}: unknown kind '{label}'."));
                }

                kinds = EntityKindSet.Of([.. parsed]);
            }

            sets.Add((cells[0], cells[1], cells[2], kinds));
        }

        return sets;
    }
}
