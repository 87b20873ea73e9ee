using System.Text.Json;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary><c>--dictionary</c> and <c>--patterns</c> through the real <c>newsnlp</c> process.</summary>
public sealed class CustomEntitiesCliTests : IDisposable
{
    private const string Article = "Police said the Harbour Brigade used an AK-47 and a Type 56 rifle near Kisumu, Interior Minister Ada Obi told reporters.";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("newsnlp-custom-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void A_custom_kind_from_a_tsv_dictionary_is_the_output_type()
    {
        var dictionary = Write("weapons.tsv", "# small arms\nAK-47\tWEAPON\nType 56 rifle\tweapon\n");

        var result = CliProcess.Run(Article, "extract", "-", "--dictionary", dictionary);

        Assert.Equal(0, result.ExitCode);
        var weapons = Entities(result).Where(e => e.Type == "WEAPON").Select(e => e.Text);
        Assert.Equal(["AK-47", "Type 56 rifle"], weapons);
    }

    [Fact]
    public void Jsonl_dictionaries_repeat_and_case_can_be_ignored()
    {
        var first = Write("groups.jsonl", "{\"phrase\":\"harbour brigade\",\"kind\":\"ARMED_GROUP\"}\n");
        var second = Write("places.data", "{\"phrase\":\"KISUMU\",\"kind\":\"LOCATION\"}\n");

        var exact = Entities(CliProcess.Run(Article, "extract", "-", "--dictionary", first, "--dictionary", second));
        var folded = Entities(CliProcess.Run(Article, "extract", "-", "--dictionary", first, "--dictionary", second, "--dictionary-ignore-case"));

        Assert.DoesNotContain(exact, e => e.Type == "ARMED_GROUP");
        Assert.Contains(folded, e => e is { Type: "ARMED_GROUP", Text: "Harbour Brigade" });
        Assert.Contains(folded, e => e is { Type: "LOCATION", Text: "Kisumu" });
    }

    [Fact]
    public void Patterns_and_the_precedence_option_decide_over_the_model()
    {
        var patterns = Write("roles.tsv", "# officials with their title\nOFFICIAL\t[lower=minister] [shape^=X]{1,3}\n");

        var model = Entities(CliProcess.Run(Article, "extract", "-"));
        var overriding = Entities(CliProcess.Run(Article, "extract", "-", "--patterns", patterns));
        var filling = Entities(CliProcess.Run(Article, "extract", "-", "--patterns", patterns, "--dictionary-precedence", "fill-gaps"));

        // The model's own reading of the name, whatever its kind, is what the two modes disagree about.
        var name = Assert.Single(model, e => e.Text.Contains("Obi", StringComparison.Ordinal));
        Assert.Contains(overriding, e => e is { Type: "OFFICIAL", Text: "Minister Ada Obi" });
        Assert.DoesNotContain(overriding, e => e == name);
        Assert.Contains(filling, e => e == name);
        Assert.DoesNotContain(filling, e => e.Type == "OFFICIAL");
    }

    [Fact]
    public void Types_can_name_a_custom_kind_and_leaving_one_out_is_reported()
    {
        var dictionary = Write("mixed.tsv", "AK-47\tWEAPON\nKisumu\tLOCATION\n");

        var weaponsOnly = CliProcess.Run(Article, "extract", "-", "--dictionary", dictionary, "--types", "weapon");

        Assert.Equal(0, weaponsOnly.ExitCode);
        Assert.Equal(["WEAPON"], Entities(weaponsOnly).Select(e => e.Type).Distinct());
        Assert.Contains("leaves out LOCATION", weaponsOnly.StandardError, StringComparison.Ordinal);

        var unknown = CliProcess.Run(Article, "extract", "-", "--dictionary", dictionary, "--types", "VEHICLE");
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("Unknown entity kind 'VEHICLE'", unknown.StandardError, StringComparison.Ordinal);
        Assert.Contains("WEAPON", unknown.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad.tsv", "AK-47\tWEAPON\nType 56\n", "--dictionary", ":2:8: expected phrase<TAB>KIND")]
    [InlineData("bad.jsonl", "{\"phrase\":\"AK-47\",\"kind\":\"WEAPON\"}\n{\"phrase\":\"Type 56\"}\n", "--dictionary", ":2:1: missing \"kind\"")]
    [InlineData("bad-patterns.tsv", "# rules\nWEAPON\t\"AK-47\"\nWEAPON\t[shape=XX-dd\n", "--patterns", ":3:20: expected ']'")]
    [InlineData("bad-kind.tsv", "AK-47\tSMALL ARMS\n", "--dictionary", ":1:7: the kind 'SMALL ARMS'")]
    public void A_malformed_line_is_a_usage_error_naming_file_line_and_column(string name, string content, string option, string expected)
    {
        var path = Write(name, content);

        var result = CliProcess.Run(Article, "extract", "-", option, path);

        Assert.Equal(3, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Contains(path + expected, result.StandardError, StringComparison.Ordinal);
        Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_missing_dictionary_file_is_a_usage_error()
    {
        var result = CliProcess.Run(Article, "extract", "-", "--dictionary", Path.Combine(_directory.FullName, "absent.tsv"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("cannot read", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_dictionaries_the_output_is_unchanged_by_an_empty_one()
    {
        var empty = Write("empty.tsv", "# nothing yet\n\n");

        var plain = CliProcess.Run(Article, "extract", "-");
        var withEmpty = CliProcess.Run(Article, "extract", "-", "--dictionary", empty);

        Assert.Equal(0, withEmpty.ExitCode);
        Assert.Equal(plain.StandardOutput, withEmpty.StandardOutput);
    }

    [Fact]
    public void The_sample_watch_list_and_patterns_run_on_the_sample_article()
    {
        string samples = Path.Combine(SharedData.RepositoryRoot, "samples");

        var result = CliProcess.Run(null, "extract", Path.Combine(samples, "harbour-rail-deal.txt"),
            "--dictionary", Path.Combine(samples, "custom", "watch-list.tsv"), "--patterns", Path.Combine(samples, "custom", "patterns.tsv"));

        var entities = Entities(result);
        Assert.Contains(entities, e => e is { Type: "OFFICIAL", Text: "President William Ruto" });
        Assert.Contains(entities, e => e is { Type: "AMOUNT", Text: "$1.2 billion" });
        Assert.Contains(entities, e => e is { Type: "ASSET", Text: "freight trains" });
        Assert.Contains(entities, e => e is { Type: "ORGANIZATION", Text: "Kenya Railways Corporation" });
        Assert.DoesNotContain(entities, e => e is { Type: "PERSON", Text: "William Ruto" });
    }

    [Fact]
    public void Eval_scores_the_pipeline_with_a_dictionary()
    {
        const string Text = "Interior Minister Ada Obi met the Harbour Brigade in Kisumu on Friday.";
        int start = Text.IndexOf("Harbour Brigade", StringComparison.Ordinal);
        var textPath = Write("story.txt", Text);
        Write("story.gold.jsonl", $"{{\"start\":{start},\"end\":{start + 15},\"text\":\"Harbour Brigade\",\"type\":\"ORGANIZATION\"}}\n");
        var dictionary = Write("groups.tsv", "Harbour Brigade\tORGANIZATION\nAda Obi\tMINISTER\n");

        var result = CliProcess.Run(null, "eval", "--data", textPath, "--format", "jsonl-gold", "--kinds", "ORGANIZATION", "--dictionary", dictionary);

        Assert.Equal(0, result.ExitCode);
        var row = Assert.Single(result.OutputLines, line => line.StartsWith("ORGANIZATION", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["ORGANIZATION", "1", "1", "100.00", "100.00", "100.00"], row);

        var malformed = Write("malformed.tsv", "Harbour Brigade ORGANIZATION\n");
        var rejected = CliProcess.Run(null, "eval", "--data", textPath, "--format", "jsonl-gold", "--dictionary", malformed);
        Assert.Equal(3, rejected.ExitCode);
        Assert.Contains(malformed + ":1:", rejected.StandardError, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static List<(string Type, string Text, int Start)> Entities(CliProcess.Result result)
    {
        Assert.Equal(0, result.ExitCode);
        var entities = new List<(string, string, int)>();
        foreach (var line in result.OutputLines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            entities.Add((root.GetProperty("type").GetString()!, root.GetProperty("text").GetString()!, root.GetProperty("start").GetInt32()));
        }

        return entities;
    }
}
