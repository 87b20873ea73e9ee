using NewsNlp.Training;

namespace NewsNlp.Cli;

/// <summary>Loads a news set and its salience annotations for <c>eval-salience</c> and <c>fit-salience</c>.</summary>
internal static class SalienceInputs
{
    public static bool TryLoad(string command, string folder, out List<AnnotatedDocument> texts, out Dictionary<string, SalientEntity[]> salient)
    {
        texts = [];
        salient = [];
        if (!Directory.Exists(folder))
        {
            CliErrors.Report($"newsnlp {command}: {folder} is not a folder; --data names a news-set folder (docs.jsonl, gold.jsonl, salient.jsonl).");
            return false;
        }

        try
        {
            texts = [.. new NewsSetReader().Read(folder, LabelMapping.Standard)];
            salient = SalienceAnnotations.Read(folder);
            return true;
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException or System.Text.Json.JsonException or KeyNotFoundException)
        {
            CliErrors.Report($"newsnlp {command}: {ex.Message}");
            return false;
        }
    }
}
