using System.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>The tools refuse input they cannot read correctly instead of scoring or writing something quietly wrong.</summary>
public sealed class SilentAcceptanceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-silent-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Binary_junk_as_conll_is_refused()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        string path = Path.Combine(_folder, "junk.conll");
        File.WriteAllBytes(path, junk);

        var result = CliProcess.Run(null, "eval", "--data", path, "--format", "conll");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(path + ":", result.StandardError);
    }

    [Fact]
    public void An_unknown_tag_prefix_is_refused_with_its_column()
    {
        string path = Write("tags.iob2", "Ruto\tB-PER\nmet\tO\nHassan\tX-FOO\n");

        var result = CliProcess.Run(null, "eval", "--data", path, "--format", "conll");

        BadInputFileTests.AssertBadFile(result, path, 3, "unknown tag 'X-FOO'", column: 8);
    }

    [Fact]
    public void A_truncated_gzip_file_is_refused()
    {
        var csv = new StringBuilder("Sentence #,Word,POS,Tag\n");
        for (int i = 0; i < 2000; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"Sentence: {i},Ruto{i % 17},NNP,B-per\n,met,VBD,O\n,Hassan{i % 13},NNP,B-per\n");
        }

        var gzip = BadInputFileTests.Gzip(csv.ToString());
        string whole = Path.Combine(_folder, "whole.csv.gz");
        string cut = Path.Combine(_folder, "cut.csv.gz");
        File.WriteAllBytes(whole, gzip);
        File.WriteAllBytes(cut, gzip[..(gzip.Length * 2 / 3)]);

        Assert.Equal(0, CliProcess.Run(null, "eval", "--data", whole, "--format", "gmb").ExitCode);
        var result = CliProcess.Run(null, "eval", "--data", cut, "--format", "gmb");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("cut short or damaged", result.StandardError);
    }

    [Theory]
    [InlineData("0.9", "0.1")]
    [InlineData("0.5", "0.5")]
    [InlineData("NaN", "1")]
    [InlineData("0", "Infinity")]
    [InlineData("-0.1", "1")]
    public void A_bad_fraction_range_is_an_argument_error(string from, string to)
    {
        string path = Write("doc.iob2", "Ruto\tB-PER\nmet\tO\n");

        var result = CliProcess.Run(null, "eval", "--data", path, "--format", "conll", "--from", from, "--to", to);

        Assert.Equal(3, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Contains("--", result.StandardError);
    }

    [Fact]
    public void Calibrate_with_a_sets_file_that_names_no_set_is_refused()
    {
        string sets = Write("sets.tsv", "# name\tpath\tformat\tkinds\n\n");
        string table = Path.Combine(_folder, "table.cs");

        var result = CliProcess.Run(null, "calibrate", "--sets", sets, "--data-root", _folder, "--out", table);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("names no data set", result.StandardError);
        Assert.False(File.Exists(table));
    }

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
