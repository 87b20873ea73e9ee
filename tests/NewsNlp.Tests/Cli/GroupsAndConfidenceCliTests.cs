using System.Globalization;
using System.Text.Json;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>End to end through the real <c>newsnlp</c> process: entity groups in <c>--format json</c>,
/// <c>--min-confidence</c>, and <c>eval --calibration</c>.</summary>
public sealed class GroupsAndConfidenceCliTests : IDisposable
{
    private const string Article =
        "Officials of the Coastal Ports Agency (CPA) met President Ilse Varga in Lomura on Monday. "
        + "Varga said the CPA would publish its plans, and LOMURA port workers welcomed the news.";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"newsnlp-groups-{Guid.NewGuid():N}.txt");

    public GroupsAndConfidenceCliTests() => File.WriteAllText(_file, Article);

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Json_documents_carry_groups_whose_mentions_are_entities()
    {
        var result = CliProcess.Run(null, "extract", _file, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var entities = json.RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())).ToHashSet();
        var groups = json.RootElement.GetProperty("groups").EnumerateArray().ToList();
        Assert.NotEmpty(groups);
        foreach (var group in groups)
        {
            Assert.False(string.IsNullOrEmpty(group.GetProperty("name").GetString()));
            Assert.Contains(group.GetProperty("type").GetString(), new[] { "PERSON", "ORGANIZATION", "LOCATION", "MISC" });
            foreach (var mention in group.GetProperty("mentions").EnumerateArray())
            {
                Assert.Contains((mention[0].GetInt32(), mention[1].GetInt32()), entities);
            }
        }

        var agency = Assert.Single(groups, g => g.GetProperty("name").GetString() == "Coastal Ports Agency");
        var agencyMentions = agency.GetProperty("mentions").EnumerateArray().Select(m => Article[m[0].GetInt32()..m[1].GetInt32()]).ToList();
        Assert.Equal(["Coastal Ports Agency", "CPA", "CPA"], agencyMentions);
        var person = Assert.Single(groups, g => g.GetProperty("name").GetString() == "Ilse Varga");
        Assert.Equal(2, person.GetProperty("mentions").GetArrayLength());
    }

    [Fact]
    public void Jsonl_and_table_output_have_no_groups()
    {
        var jsonl = CliProcess.Run(null, "extract", _file);
        Assert.Equal(0, jsonl.ExitCode);
        Assert.DoesNotContain("\"groups\"", jsonl.StandardOutput, StringComparison.Ordinal);
        var table = CliProcess.Run(null, "extract", _file, "--format", "table");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("CONF", table.OutputLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    [InlineData("table")]
    public void Min_confidence_drops_exactly_the_entities_below_it(string format)
    {
        var all = Confidences(CliProcess.Run(null, "extract", _file));
        Assert.True(all.Count >= 6, string.Join(", ", all));
        // Halfway between two written confidences near the median (they are rounded to 4 decimals): some go, some stay.
        var distinct = all.Distinct().Order().ToList();
        int middle = distinct.Count / 2;
        float threshold = (distinct[middle - 1] + distinct[middle]) / 2;
        var result = CliProcess.Run(null, "extract", _file, "--format", format, "--min-confidence", threshold.ToString("R", CultureInfo.InvariantCulture));
        Assert.Equal(0, result.ExitCode);

        int expected = all.Count(c => c >= threshold);
        Assert.InRange(expected, 1, all.Count - 1);
        int written = format switch
        {
            "jsonl" => result.OutputLines.Length,
            "json" => JsonDocument.Parse(result.StandardOutput).RootElement.GetProperty("entities").GetArrayLength(),
            _ => result.OutputLines.Length - 1, // the header
        };
        Assert.Equal(expected, written);
        if (format == "json")
        {
            using var json = JsonDocument.Parse(result.StandardOutput);
            int grouped = json.RootElement.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("mentions").GetArrayLength());
            int keptNames = json.RootElement.GetProperty("entities").EnumerateArray().Count(e => e.GetProperty("type").GetString() != "DATE");
            Assert.Equal(keptNames, grouped); // every kept entity but a date is in exactly one group
        }
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("abc")]
    [InlineData("NaN")]
    public void Min_confidence_outside_zero_to_one_is_a_clear_error(string value)
    {
        var result = CliProcess.Run(null, "extract", _file, "--min-confidence", value);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"--min-confidence '{value}' is not a number from 0 to 1", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public void Eval_calibration_prints_ece_and_ten_bins()
    {
        var gold = Path.Combine(AppContext.BaseDirectory, "Golden", "harbour-rail-deal.gold.jsonl");
        var result = CliProcess.Run(null, "eval", "--data", gold, "--format", "jsonl-gold", "--dates", "--calibration");
        Assert.Equal(0, result.ExitCode);
        var summary = Assert.Single(result.OutputLines, l => l.StartsWith("calibration:", StringComparison.Ordinal));
        var ece = double.Parse(summary.Split("ECE ")[1].Split(' ')[0], CultureInfo.InvariantCulture);
        Assert.InRange(ece, 0, 1);
        Assert.Equal(10, result.OutputLines.Count(l => l.Length > 7 && l[1] == '.' && l[3] == '-' && char.IsAsciiDigit(l[0])));
    }

    [Fact]
    public void Eval_group_rules_turn_the_kept_rule_off_or_reject_unknown_names()
    {
        var gold = Path.Combine(AppContext.BaseDirectory, "Golden", "harbour-rail-deal.gold.jsonl");
        Assert.Equal(0, CliProcess.Run(null, "eval", "--data", gold, "--format", "jsonl-gold", "--group-rules", "none").ExitCode);
        var bad = CliProcess.Run(null, "eval", "--data", gold, "--format", "jsonl-gold", "--group-rules", "RetypeEverything");
        Assert.Equal(3, bad.ExitCode);
        Assert.Contains("newsnlp eval: unknown group rules 'RetypeEverything'", bad.StandardError, StringComparison.Ordinal);
    }

    private static List<float> Confidences(CliProcess.Result result)
    {
        Assert.Equal(0, result.ExitCode);
        return [.. result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("confidence").GetSingle())];
    }
}
