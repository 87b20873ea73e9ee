using System.Globalization;
using System.Text;
using NewsNlp.Entities;
using NewsNlp.Input;
using NewsNlp.Recognition;
using NewsNlp.Training;

namespace NewsNlp.Cli;

/// <summary>The confidence samples of a set scored by cross-validation fold models, saved so that the calibration table
/// can be refitted, and checked, without the fold models: one line per predicted mention, tab-separated: document
/// position, kind, source, raw confidence, correct (1 or 0), document ease; numbers in round-trip form.</summary>
internal static class FoldSampleFile
{
    private const string Header = "# position\tkind\tsource\tconfidence\tcorrect\tease";

    /// <summary>The file of a model's samples of a set in <paramref name="directory"/>.</summary>
    public static string PathOf(string directory, string modelName, string setName) => Path.Combine(directory, $"{modelName}.{setName}.tsv");

    /// <summary>Writes the samples with their documents' positions.</summary>
    public static void Write(string path, IReadOnlyList<(int Position, ConfidenceSample Sample)> samples)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (position, s) in samples)
        {
            text.Append(CultureInfo.InvariantCulture, $"{position}\t{s.Kind.ToLabel()}\t{s.Source}\t{s.Confidence:R}\t{(s.Correct ? 1 : 0)}\t{s.DocumentEase:R}\n");
        }

        File.WriteAllText(path, text.ToString());
    }

    /// <summary>Reads the samples written by <see cref="Write"/>.</summary>
    /// <exception cref="InputFormatException">A line is malformed.</exception>
    public static List<(int Position, ConfidenceSample Sample)> Read(string path)
    {
        var samples = new List<(int, ConfidenceSample)>();
        using var lines = SideFileReader.Open(path);
        while (lines.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 6
                || !int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out int position)
                || !EntityKindLabels.TryParse(cells[1], out var kind)
                || !Enum.TryParse<EntitySource>(cells[2], ignoreCase: false, out var source) || !Enum.IsDefined(source)
                || !float.TryParse(cells[3], NumberStyles.Float, CultureInfo.InvariantCulture, out float confidence) || !(confidence is >= 0 and <= 1)
                || cells[4] is not ("0" or "1")
                || !float.TryParse(cells[5], NumberStyles.Float, CultureInfo.InvariantCulture, out float ease) || !float.IsFinite(ease))
            {
                throw new InputFormatException(lines.SourceName, lines.LineNumber, 1, "expected position, kind, source, confidence (0 to 1), correct (0 or 1) and ease, separated by tabs");
            }

            samples.Add((position, new ConfidenceSample(kind, source, confidence, cells[4] == "1", ease)));
        }

        return samples;
    }
}
