using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>Salience through the real <c>newsnlp</c> process: <c>"salience"</c> in JSON groups, <c>extract --top</c>,
/// <c>eval-salience</c> and <c>fit-salience</c>.</summary>
public sealed class SalienceCliTests : IDisposable
{
    private const string Article =
        "Corvane Group Buys Harbour Terminal in Lomura\n\n"
        + "LOMURA — Corvane Group agreed on Monday to buy the harbour terminal of the Lomura Port Authority for $2 billion, "
        + "President Ilse Varga said.\n\nCorvane Group will run the terminal from next year, and Varga said the sale would "
        + "fund new berths. Analysts at Kestrel Bank said Corvane Group paid a fair price.";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"newsnlp-salience-{Guid.NewGuid():N}");

    public SalienceCliTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Json_groups_carry_saliences_that_sum_to_1()
    {
        var result = CliProcess.Run(Article, "extract", "-", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var saliences = json.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("salience").GetDouble()).ToList();
        Assert.True(saliences.Count >= 4);
        Assert.All(saliences, s => Assert.InRange(s, 0, 1));
        Assert.Equal(1.0, saliences.Sum(), 2);
    }

    [Fact]
    public void Top_writes_the_most_salient_entities_in_order_in_every_format()
    {
        var jsonl = CliProcess.Run(Article, "extract", "-", "--top", "2");
        Assert.Equal(0, jsonl.ExitCode);
        Assert.Equal(2, jsonl.OutputLines.Length);
        var lines = jsonl.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([1, 2], lines.Select(l => l.GetProperty("rank").GetInt32()));
        Assert.Equal("Corvane Group", lines[0].GetProperty("name").GetString());
        Assert.True(lines[0].GetProperty("salience").GetDouble() >= lines[1].GetProperty("salience").GetDouble());
        foreach (var mention in lines[0].GetProperty("mentions").EnumerateArray())
        {
            Assert.Equal("Corvane Group", Article[mention[0].GetInt32()..mention[1].GetInt32()]);
        }

        var all = JsonDocument.Parse(CliProcess.Run(Article, "extract", "-", "--format", "json").StandardOutput).RootElement;
        var expected = all.GetProperty("groups").EnumerateArray()
            .OrderByDescending(g => g.GetProperty("salience").GetDouble()).Take(3).Select(g => g.GetProperty("name").GetString()).ToList();
        var json = JsonDocument.Parse(CliProcess.Run(Article, "extract", "-", "--format", "json", "--top", "3").StandardOutput).RootElement;
        Assert.Equal(expected, json.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()));
        Assert.All(json.GetProperty("entities").EnumerateArray(), e => Assert.Contains(
            json.GetProperty("groups").EnumerateArray(), g => g.GetProperty("mentions").EnumerateArray().Any(m => m[0].GetInt32() == e.GetProperty("start").GetInt32())));

        var table = CliProcess.Run(Article, "extract", "-", "--format", "table", "--top", "1");
        Assert.Equal(0, table.ExitCode);
        Assert.Equal(["RANK", "SALIENCE", "TYPE", "MENTIONS", "NAME"], table.OutputLines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("Corvane Group", table.OutputLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Top_per_document_of_jsonl_input_names_the_document()
    {
        string input = JsonSerializer.Serialize(new { id = "p-1", text = Article }) + "\n" + JsonSerializer.Serialize(new { id = "p-2", text = "Kestrel Bank opened in Dravik." }) + "\n";
        var result = CliProcess.Run(input, "extract", "--jsonl", "-", "--top", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["p-1", "p-2"], result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()));
    }

    [Fact]
    public void A_negative_top_is_refused()
    {
        var result = CliProcess.Run(Article, "extract", "-", "--top", "-1");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("--top", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public void Eval_salience_scores_the_ranking_and_both_baselines()
    {
        WriteSet(_folder);
        var result = CliProcess.Run(null, "eval-salience", "--data", _folder, "--gold-mentions");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 texts; mentions: gold", result.StandardOutput, StringComparison.Ordinal);
        // Text 1: Corvane Group has most mentions and the headline; text 2: Dravik is mentioned first but Kestrel Bank
        // twice, and the salient one is the Dravik Mining Board.
        Assert.Matches(@"mention count\s+0\.500\s+1\.000\s+\(1/2 texts, 3/3 entities\)", result.StandardOutput);
        Assert.Matches(@"ceiling\s+1\.000\s+1\.000", result.StandardOutput);
        Assert.Matches(@"salience\s+\d\.\d{3}\s+\d\.\d{3}", result.StandardOutput);
    }

    [Fact]
    public void Eval_salience_cross_validates_and_writes_its_folds()
    {
        WriteSet(_folder);
        var cv = CliProcess.Run(null, "eval-salience", "--data", _folder, "--gold-mentions", "--folds", "2");
        Assert.Equal(0, cv.ExitCode);
        Assert.Contains("2-fold cross-validation by text", cv.StandardOutput, StringComparison.Ordinal);

        string folds = Path.Combine(_folder, "folds");
        var written = CliProcess.Run(null, "eval-salience", "--data", _folder, "--folds", "2", "--write-folds", folds);
        Assert.Equal(0, written.ExitCode);
        Assert.Equal(["t-1"], File.ReadAllLines(Path.Combine(folds, "fold-0", "test", "docs.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal(["t-1"], File.ReadAllLines(Path.Combine(folds, "fold-1", "train", "salient.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()));
        Assert.All(File.ReadAllLines(Path.Combine(folds, "fold-1", "test", "gold.jsonl")), l => Assert.Contains("\"t-2\"", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_salience_leaves_features_out_and_lists_the_texts_it_ranks_wrong()
    {
        WriteSet(_folder);
        string all = string.Join(',', NewsNlp.Groups.SalienceFeatures.Names);
        var result = CliProcess.Run(null, "eval-salience", "--data", _folder, "--gold-mentions", "--without", all, "--errors", "5");

        // With every feature left out all scores tie, and ties go to the first mention: the first-mention baseline.
        Assert.Equal(0, result.ExitCode);
        string salience = Regex.Match(result.StandardOutput, @"salience\s+(\d\.\d{3}\s+\d\.\d{3})").Groups[1].Value;
        Assert.Equal(Regex.Match(result.StandardOutput, @"first mention\s+(\d\.\d{3}\s+\d\.\d{3})").Groups[1].Value, salience);
        Assert.NotEmpty(salience);
        Assert.Contains("t-2: ranked Kestrel Bank", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("salient Dravik Mining Board #2", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("t-1:", result.StandardError, StringComparison.Ordinal);

        // Every salient entity is among its text's first three: no text has a miss to list.
        var misses = CliProcess.Run(null, "eval-salience", "--data", _folder, "--gold-mentions", "--without", all, "--errors", "5", "--misses");
        Assert.Equal(0, misses.ExitCode);
        Assert.DoesNotContain("ranked", misses.StandardError, StringComparison.Ordinal);

        var unknown = CliProcess.Run(null, "eval-salience", "--data", _folder, "--gold-mentions", "--without", "Nope");
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("no feature Nope", unknown.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--folds", "1")]
    [InlineData("--fold-models", "fold.nnm")]
    public void Eval_salience_refuses_bad_fold_options(string option, string value)
    {
        WriteSet(_folder);
        var result = CliProcess.Run(null, "eval-salience", "--data", _folder, option, value);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("--fold", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_salience_without_annotations_says_so()
    {
        WriteSet(_folder);
        File.Delete(Path.Combine(_folder, "salient.jsonl"));
        var result = CliProcess.Run(null, "eval-salience", "--data", _folder);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("salient.jsonl", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_salience_writes_one_weight_per_feature_as_source()
    {
        WriteSet(_folder);
        string output = Path.Combine(_folder, "SalienceWeights.cs");
        var result = CliProcess.Run(null, "fit-salience", "--data", _folder, "--output", output);

        Assert.Equal(0, result.ExitCode);
        string source = File.ReadAllText(output);
        Assert.Contains("internal static class SalienceWeights", source, StringComparison.Ordinal);
        var weights = Regex.Matches(source, @"(-?\d+(\.\d+)?(E-?\d+)?)f, // (\w+)");
        Assert.Equal(NewsNlp.Groups.SalienceFeatures.Names, weights.Select(m => m.Groups[4].Value));
        Assert.All(weights, m => Assert.True(float.IsFinite(float.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void The_count_baseline_on_news_dev_gold_mentions_reproduces_the_published_figures()
    {
        string docs = SharedData.RequireFile("data/news-dev/set/salient.jsonl");
        var result = CliProcess.Run(null, "eval-salience", "--data", Path.GetDirectoryName(docs)!, "--gold-mentions", "--grouping", "exact");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"mention count\s+0\.650\s+0\.528", result.StandardOutput);
    }

    private static void WriteSet(string folder)
    {
        const string Second = "Dravik Mine Reopens\n\nDravik miners returned on Monday after Kestrel Bank lent the Dravik Mining Board $5 million. Kestrel Bank said more would follow.";
        File.WriteAllLines(Path.Combine(folder, "docs.jsonl"),
        [
            JsonSerializer.Serialize(new { id = "t-1", text = Article }),
            JsonSerializer.Serialize(new { id = "t-2", text = Second }),
        ]);
        var gold = new List<string>();
        foreach (var (doc, text, names) in new[]
        {
            ("t-1", Article, new[] { ("Corvane Group", "ORGANIZATION"), ("Lomura Port Authority", "ORGANIZATION"), ("Ilse Varga", "PERSON"), ("Kestrel Bank", "ORGANIZATION") }),
            ("t-2", Second, new[] { ("Dravik Mining Board", "ORGANIZATION"), ("Kestrel Bank", "ORGANIZATION") }),
        })
        {
            var spans = new List<(int Start, string Name, string Type)>();
            foreach (var (name, type) in names)
            {
                for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                {
                    spans.Add((at, name, type));
                }
            }

            gold.AddRange(spans.OrderBy(s => s.Start).Select(s => JsonSerializer.Serialize(new { doc, start = s.Start, end = s.Start + s.Name.Length, text = s.Name, type = s.Type })));
        }

        File.WriteAllLines(Path.Combine(folder, "gold.jsonl"), gold);
        File.WriteAllLines(Path.Combine(folder, "salient.jsonl"),
        [
            """{"doc": "t-1", "salient": [{"name": "Corvane Group", "type": "ORGANIZATION", "rank": 1}, {"name": "Ilse Varga", "type": "PERSON", "rank": 2}]}""",
            """{"doc": "t-2", "salient": [{"name": "Dravik Mining Board", "type": "ORGANIZATION", "rank": 1}]}""",
        ]);
    }
}
