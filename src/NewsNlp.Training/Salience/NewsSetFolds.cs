using System.Text.Json;

namespace NewsNlp.Training;

/// <summary>The k-fold split of a news set by text used to cross-validate salience: the text at position <c>i</c> of
/// <c>docs.jsonl</c> (from 0) is in fold <c>i % k</c>, the split the name model's cross-validation uses, so that its fold
/// models (<c>fold-K.nnm</c>) score exactly the texts they were trained without.</summary>
/// <remarks>Writing the folds as news sets (<see cref="Write"/>) lets a name model be trained per fold on the same split, so
/// that cross-validated figures never score a model on its own training texts.</remarks>
internal static class NewsSetFolds
{
    private static readonly string[] s_files = ["docs.jsonl", "gold.jsonl", "ignore.jsonl", SalienceAnnotations.FileName];

    /// <summary>The fold (0 to <paramref name="folds"/> - 1) of the text at <paramref name="position"/> in <c>docs.jsonl</c>.</summary>
    public static int FoldOf(int position, int folds) => position % folds;

    /// <summary>Writes <c>fold-K/train</c> (every text outside fold K) and <c>fold-K/test</c> (the texts of fold K) under
    /// <paramref name="output"/>, each a news-set folder with the set's files filtered line by line.</summary>
    /// <param name="set">The news-set folder.</param>
    /// <param name="folds">The number of folds.</param>
    /// <param name="output">The folder to write to.</param>
    public static void Write(string set, int folds, string output)
    {
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        int position = 0;
        foreach (string line in File.ReadLines(Path.Combine(set, "docs.jsonl")))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                foldOf[IdOf(line, "id")] = FoldOf(position++, folds);
            }
        }

        for (int k = 0; k < folds; k++)
        {
            foreach (string part in new[] { "train", "test" })
            {
                string folder = Path.Combine(output, $"fold-{k}", part);
                Directory.CreateDirectory(folder);
                string types = Path.Combine(set, "types.json");
                if (File.Exists(types))
                {
                    File.Copy(types, Path.Combine(folder, "types.json"), overwrite: true);
                }

                foreach (string file in s_files)
                {
                    string source = Path.Combine(set, file);
                    if (!File.Exists(source))
                    {
                        continue;
                    }

                    string key = file == "docs.jsonl" ? "id" : "doc";
                    bool test = part == "test";
                    File.WriteAllLines(Path.Combine(folder, file), File.ReadLines(source)
                        .Where(line => !string.IsNullOrWhiteSpace(line) && (foldOf.GetValueOrDefault(IdOf(line, key)) == k) == test));
                }
            }
        }
    }

    private static string IdOf(string line, string key)
    {
        using var json = JsonDocument.Parse(line);
        var id = json.RootElement.GetProperty(key);
        return id.ValueKind == JsonValueKind.String ? id.GetString() ?? "" : id.GetRawText();
    }
}
