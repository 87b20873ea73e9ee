using System.CommandLine;
using System.Text;
using NewsNlp.Cli;
using NewsNlp.Custom;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>Reference dates the date rules would ignore are refused, files named twice are read once, messages stay one
/// short printable line, and a pattern program too large names its file.</summary>
public sealed class SmallReliabilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-small-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("0001-12-31")]
    [InlineData("9998-01-01")]
    [InlineData("9999-12-31")]
    public void A_reference_date_the_date_rules_would_ignore_is_refused(string date)
    {
        var result = CliProcess.Run("He left yesterday.", "extract", "--reference-date", date);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("0002-01-01 to 9997-12-31", Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("0002-01-02", "0002-01-01")]
    [InlineData("9997-12-31", "9997-12-30")]
    public void The_first_and_last_accepted_reference_dates_resolve_relative_dates(string date, string yesterday)
    {
        var result = CliProcess.Run("He left yesterday.", "extract", "--reference-date", date, "--types", "DATE");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"\"value\":\"{yesterday}\"", Assert.Single(result.OutputLines));
    }

    [Fact]
    public void A_jsonl_date_in_year_one_rejects_its_line()
    {
        var result = CliProcess.Run("{\"id\":1,\"text\":\"He left yesterday.\",\"date\":\"0001-06-01\"}\n", "extract", "--jsonl");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 1: \"date\" '0001-06-01' is not a yyyy-MM-dd date from 0002-01-01 to 9997-12-31", result.StandardError);
    }

    [Fact]
    public void A_dictionary_named_fifty_times_is_read_once()
    {
        string path = Write("names.tsv", "Ada Obi\tPERSON\n");
        var options = new CustomEntityOptions();
        var command = new Command("extract");
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        var arguments = Enumerable.Repeat(new[] { "--dictionary", path }, 49).SelectMany(static a => a).Append("--dictionary").Append(Path.Combine(_folder, ".", "names.tsv"));
        Assert.True(options.TryLoad(command.Parse([.. arguments]), "extract", out var rules));

        Assert.Single(rules.Dictionaries);
    }

    [Fact]
    public void A_huge_kind_or_binary_junk_is_quoted_short_and_printable()
    {
        string kind = Write("kind.tsv", "Ada Obi\t" + new string('K', 1_000_000) + "\n");
        string junk = Write("junk.tsv", "WEAPON\t[text=a] \u0000\u001b[2J\n");

        foreach (var (option, path) in new[] { ("--dictionary", kind), ("--patterns", junk) })
        {
            var result = CliProcess.Run("Ada Obi spoke.", "extract", option, path);

            Assert.Equal(3, result.ExitCode);
            var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(line.Length < 300, $"{line.Length} characters");
            Assert.DoesNotContain(line, static c => char.IsControl(c));
        }
    }

    [Fact]
    public void A_pattern_program_too_large_names_its_file_or_files()
    {
        string large = Write("large.tsv", "ANY\t((([]{32}){32}){32}){2}\n");
        string half = Write("half.tsv", "ANY\t(([]{32}){32}){32}\n");
        string other = Write("other.tsv", "ANY\t(([]{32}){32}){32}\n");

        var alone = CliProcess.Run("Ada Obi spoke.", "extract", "--patterns", large);
        var together = CliProcess.Run("Ada Obi spoke.", "extract", "--patterns", half, "--patterns", other);
        var eval = CliProcess.Run(null, "eval", "--data", Write("d.iob2", "Ada\tB-PER\n"), "--patterns", half, "--patterns", other);

        Assert.Equal(3, alone.ExitCode);
        Assert.Contains($"{large}: the patterns compile to more than 65,536 instructions", alone.StandardError);
        Assert.Equal(3, together.ExitCode);
        Assert.Contains($"the patterns of {half}, {other} together compile", together.StandardError);
        Assert.Equal(3, eval.ExitCode);
        Assert.DoesNotContain("internal error", eval.StandardError);
    }

    [Fact]
    public void The_documented_largest_pattern_compiles_and_one_twice_its_size_is_refused()
    {
        var largest = TokenPatternSet.Parse("ANY\t(([]{32}){32}){32}");
        var twice = TokenPatternSet.Parse("ANY\t((([]{32}){32}){32}){2}");

        _ = new NewsPipelineBuilder().WithoutNames().WithoutDates().UsePatterns(largest).Build();
        Assert.Throws<ArgumentException>(() => new NewsPipelineBuilder().WithoutNames().WithoutDates().UsePatterns(twice).Build());
    }

    [Fact]
    public void Option_errors_are_one_line()
    {
        var result = CliProcess.Run("Text.", "extract", "--format", "xml", "--max-chars", "0");

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'xml'", line);
        Assert.Contains("--max-chars '0'", line);
        Assert.DoesNotContain('\t', line);
        Assert.EndsWith("See 'newsnlp --help'.", line);
    }

    [Fact]
    public void A_utf16_dictionary_is_refused()
    {
        string path = Path.Combine(_folder, "names.tsv");
        File.WriteAllText(path, "Ada Obi\tPERSON\n", Encoding.Unicode);

        var result = CliProcess.Run("Ada Obi spoke.", "extract", "--dictionary", path);

        BadInputFileTests.AssertBadFile(result, path, 1, "UTF-16 or UTF-32; it must be UTF-8", column: 1);
    }

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
