using System.CommandLine;
using System.Globalization;
using NewsNlp.Confidence;
using NewsNlp.Entities;
using NewsNlp.Input;
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
        var output = new Option<FileInfo?>("--out") { Description = "The C# file to write (src/NewsNlp/Confidence/ConfidenceCalibrationTables.cs); without it, only the report is printed." };
        var holdout = new Option<bool>("--holdout") { Description = "Check the method out of sample: fit on the even-numbered documents of each set and report ECE on the odd-numbered ones (writes no table)." };
        var foldModels = new Option<string[]>("--fold-models")
        {
            Description = "For sets marked folds=K (a model's own training data): MODEL=PATH with {k} for the fold, 0 to K-1, one per model (open=cv/fold-{k}.nnm, from newsnlp cross-validate --models cv); document i is scored by the model trained without fold i mod K.",
            AllowMultipleArgumentsPerToken = true,
        };
        var foldSamples = new Option<DirectoryInfo?>("--fold-samples")
        {
            Description = "For sets marked folds=K of a model without --fold-models: read the fold models' samples from MODEL.SET.tsv in this folder (recipes/calibration-samples, written by --save-fold-samples).",
        };
        var saveFoldSamples = new Option<DirectoryInfo?>("--save-fold-samples") { Description = "Write the samples the --fold-models give to MODEL.SET.tsv in this folder." };
        var command = new Command("calibrate", "Fit confidence calibration curves (document bands, then binned isotonic regression per band, kind and source) on gold dev sets; print ECE before and after.")
        {
            sets, dataRoot, models, output, holdout, foldModels, foldSamples, saveFoldSamples,
        };
        command.SetAction(parse =>
        {
            bool heldOut = parse.GetValue(holdout);
            if (heldOut && parse.GetValue(output) is not null)
            {
                CliErrors.Report("newsnlp calibrate: --holdout fits on half the data and writes no table; leave out --out.");
                return ExitCodes.CannotRun;
            }

            // A malformed sets file is an InputFormatException: file:line:column, exit 3.
            var setList = ReadSets(parse.GetValue(sets)!.FullName);
            if (!FoldModelPatterns.TryParse(parse.GetValue(foldModels) ?? [], out var patterns, out string? problem))
            {
                CliErrors.Report($"newsnlp calibrate: {problem}");
                return ExitCodes.CannotRun;
            }

            var root = parse.GetValue(dataRoot)!.FullName;
            var calibrations = new List<ConfidenceCalibration>();
            var provenance = new List<string> { "Fitted on: " + string.Join(", ", setList.Select(static s => s.Weight == 1 ? s.Name : string.Create(CultureInfo.InvariantCulture, $"{s.Name} (weight {s.Weight})"))) + " (each set weighs the same unless given a weight)." };
            foreach (var choice in parse.GetValue(models) is { Length: > 0 } chosen ? chosen : ["open", "research"])
            {
                var model = ModelChoice.Load(choice);
                string? samplesFolder = parse.GetValue(foldSamples)?.FullName;
                if (setList.FirstOrDefault(s => s.Folds > 0 && !patterns.ContainsKey(choice) && (samplesFolder is null || !File.Exists(FoldSampleFile.PathOf(samplesFolder, model.Name, s.Name)))) is { Name: not null } foldSet)
                {
                    CliErrors.Report($"newsnlp calibrate: set {foldSet.Name} is scored by cross-validation: give --fold-models {choice}=DIR/fold-{{k}}.nnm (newsnlp cross-validate --models DIR with the model's recipe) or --fold-samples with {model.Name}.{foldSet.Name}.tsv.");
                    return ExitCodes.CannotRun;
                }

                var samples = new List<IReadOnlyList<ConfidenceSample>>();
                var reported = new List<IReadOnlyList<ConfidenceSample>>();
                foreach (var set in setList)
                {
                    var corpus = set.Spec.Load(Path.Combine(root, set.Spec.Path));
                    var kinds = set.Kinds ?? new EntityKindSet(model.Kinds.Bits & corpus.AnnotatedKinds.Bits);
                    var documents = corpus.Documents.ToList();
                    var sampler = new FoldedSampler(model, set.Folds, set.Folds > 0 ? patterns.GetValueOrDefault(choice) : null,
                        samplesFolder is null ? null : FoldSampleFile.PathOf(samplesFolder, model.Name, set.Name), kinds);
                    if (set.Folds > 0 && patterns.ContainsKey(choice) && parse.GetValue(saveFoldSamples) is { } saveTo)
                    {
                        saveTo.Create();
                        FoldSampleFile.Write(FoldSampleFile.PathOf(saveTo.FullName, model.Name, set.Name), sampler.FoldSamples(documents));
                    }

                    samples.Add(sampler.Collect(documents, heldOut ? 0 : null));
                    reported.Add(heldOut ? sampler.Collect(documents, 1) : samples[^1]);
                }

                var calibration = CalibrationFitter.Fit(model.Name, model.PayloadChecksum, samples, [.. setList.Select(static s => s.Weight)]);
                if (heldOut)
                {
                    Console.WriteLine("fitted on the even-numbered documents of each set; ECE below is on the odd-numbered ones");
                }
                calibrations.Add(calibration);
                Console.WriteLine($"model {model.Name} (payload checksum 0x{model.PayloadChecksum:X8}): {calibration.Curves.Count} curves");
                foreach (var group in samples.SelectMany(static s => s).GroupBy(static s => s.Source).OrderBy(static g => g.Key))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  source {group.Key,-16} {group.Count(),6} mentions over all sets, precision {group.Count(static s => s.Correct) / (double)group.Count():F4}"));
                }

                for (int i = 0; i < setList.Count; i++)
                {
                    var before = new CalibrationReport(reported[i]);
                    var after = new CalibrationReport(reported[i].Select(s => s with { Confidence = calibration.Map(s.Kind, s.Source, s.Confidence, calibration.BandOf(s.DocumentEase)) }));
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

    private static List<(string Name, CorpusSpec Spec, EntityKindSet? Kinds, int Folds, double Weight)> ReadSets(string path)
    {
        var sets = new List<(string, CorpusSpec, EntityKindSet?, int, double)>();
        using var lines = SideFileReader.Open(path);
        while (lines.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line) || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length is not (4 or 5))
            {
                throw Error(lines, 1, $"expected name, path, format, kinds and optionally settings (from-to fractions, 'normalize', folds=K, weight=W), separated by tabs; found {cells.Length} column{(cells.Length == 1 ? "" : "s")}");
            }

            if (!CorpusFormats.Names.Contains(cells[2].ToLowerInvariant()) && !cells[2].Equals("iob2", StringComparison.OrdinalIgnoreCase))
            {
                throw Error(lines, Column(cells, 2), $"unknown format {Quoted.Text(cells[2])}; expected one of {string.Join(", ", CorpusFormats.Names)}");
            }

            EntityKindSet? kinds = null;
            if (cells[3] != "model")
            {
                var parsed = new List<EntityKind>();
                foreach (var label in cells[3].Split(','))
                {
                    parsed.Add(EntityKindLabels.TryParse(label, out var kind) ? kind : throw Error(lines, Column(cells, 3), $"unknown kind {Quoted.Text(label)}; expected PERSON, ORGANIZATION, LOCATION, DATE, MISC or 'model'"));
                }

                kinds = EntityKindSet.Of([.. parsed]);
            }

            var spec = new CorpusSpec { Path = cells[1], Format = cells[2] };
            int folds = 0;
            double weight = 1;
            foreach (var setting in cells.Length == 5 ? cells[4].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                if (setting == "normalize")
                {
                    spec.NormalizeMentions = true;
                }
                else if (setting.StartsWith("weight=", StringComparison.Ordinal))
                {
                    weight = double.TryParse(setting.AsSpan(7), NumberStyles.Float, CultureInfo.InvariantCulture, out double w) && w is > 0 and <= 100
                        ? w
                        : throw Error(lines, Column(cells, 4), $"{Quoted.Text(setting)}: weight takes a number above 0, at most 100");
                }
                else if (setting.StartsWith("folds=", StringComparison.Ordinal))
                {
                    folds = int.TryParse(setting.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out int k) && k is >= 2 and <= 100
                        ? k
                        : throw Error(lines, Column(cells, 4), $"{Quoted.Text(setting)}: folds takes a number from 2 to 100");
                }
                else if (setting.Split('-') is [var from, var to] && double.TryParse(from, CultureInfo.InvariantCulture, out double f) && double.TryParse(to, CultureInfo.InvariantCulture, out double t)
                    && f >= 0 && t <= 1 && f < t)
                {
                    spec.From = f;
                    spec.To = t;
                }
                else
                {
                    throw Error(lines, Column(cells, 4), $"unknown setting {Quoted.Text(setting)}; expected 'normalize', folds=K, weight=W or a fraction range from 0 to 1 such as 0.9-1");
                }
            }

            sets.Add((cells[0], spec, kinds, folds, weight));
        }

        if (sets.Count == 0)
        {
            throw new InputFormatException(path, Math.Max(lines.LineNumber, 1), 1, "names no data set to fit on");
        }

        return sets;
    }

    private static InputFormatException Error(SideFileReader lines, int column, string reason) => new(lines.SourceName, lines.LineNumber, column, reason);

    // The 1-based column where tab-separated cell `index` starts.
    private static int Column(string[] cells, int index)
    {
        int column = 1;
        for (int i = 0; i < index; i++)
        {
            column += cells[i].Length + 1;
        }

        return column;
    }
}
