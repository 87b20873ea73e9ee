using System.IO.Compression;
using System.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>A malformed dictionary, pattern, data or sets file is the user's to fix, not a bug of newsnlp: exit code 3 and
/// one stderr line <c>file:line:column: reason</c>, never exit 4 ("internal error") or a parser's internal position.</summary>
public sealed class BadInputFileTests : IDisposable
{
    private const string Text = "Ruto met Hassan in Dodoma.";

    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-badfile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("out of range", """{"start":0,"end":400,"type":"PERSON"}""", 1, "outside the text")]
    [InlineData("text mismatch", """{"start":0,"end":4,"text":"Ruth","type":"PERSON"}""", 1, "not 'Ruth'")]
    [InlineData("not JSON", "{\"start\":0,\"end\":4,\"type\":\"PERSON\"}\nstart=0 end=4", 2, "invalid JSON")]
    [InlineData("number as string", """{"start":"0","end":4,"type":"PERSON"}""", 1, "\"start\" must be a whole number, got a string")]
    [InlineData("negative", """{"start":-1,"end":4,"type":"PERSON"}""", 1, "\"start\" must be a whole number from 0")]
    [InlineData("no type", """{"start":0,"end":4}""", 1, "missing \"type\"")]
    public void A_bad_jsonl_gold_file_exits_with_3_and_names_the_line(string name, string gold, int line, string reason)
    {
        Assert.NotNull(name);
        string text = Write("doc.txt", Text);
        string goldPath = Write("doc.gold.jsonl", gold + "\n");

        var result = CliProcess.Run(null, "eval", "--data", text, "--format", "jsonl-gold");

        AssertBadFile(result, goldPath, line, reason);
    }

    [Theory]
    [InlineData("bad gold JSON", "{\"id\":\"d1\",\"text\":\"Ruto met Hassan.\"}", "{\"doc\":\"d1\",\"start\":0,", "gold.jsonl", 1, "invalid JSON")]
    [InlineData("orphan", "{\"id\":\"d1\",\"text\":\"Ruto met Hassan.\"}", """{"doc":"d2","start":0,"end":4,"type":"PERSON"}""", "gold.jsonl", 1, "document 'd2' is not in docs.jsonl")]
    [InlineData("out of range", "{\"id\":\"d1\",\"text\":\"Ruto met Hassan.\"}", """{"doc":"d1","start":10,"end":99,"type":"PERSON"}""", "gold.jsonl", 1, "outside document 'd1'")]
    [InlineData("duplicate ids", "{\"id\":\"d1\",\"text\":\"Ruto met Hassan.\"}\n{\"id\":\"d1\",\"text\":\"Again.\"}", "", "docs.jsonl", 2, "already used on line 1")]
    [InlineData("impossible date", "{\"id\":\"d1\",\"text\":\"Ruto met Hassan.\",\"date\":\"2025-02-30\"}", "", "docs.jsonl", 1, "not a yyyy-MM-dd calendar date")]
    [InlineData("text a number", "{\"id\":\"d1\",\"text\":42}", "", "docs.jsonl", 1, "\"text\" must be a string, got a number")]
    public void A_bad_news_set_exits_with_3_and_names_the_file_and_line(string name, string docs, string gold, string file, int line, string reason)
    {
        Assert.NotNull(name);
        string set = Path.Combine(_folder, "set");
        Directory.CreateDirectory(set);
        File.WriteAllText(Path.Combine(set, "docs.jsonl"), docs + "\n");
        File.WriteAllText(Path.Combine(set, "gold.jsonl"), gold + "\n");

        var result = CliProcess.Run(null, "eval", "--data", set, "--format", "news-set");

        AssertBadFile(result, Path.Combine(set, file), line, reason);
    }

    [Fact]
    public void A_uner_file_with_a_missing_column_exits_with_3()
    {
        string path = Write("uner.iob2", "1\tRuto\tB-PER\t-\t-\n2\tmet\n");

        var result = CliProcess.Run(null, "eval", "--data", path, "--format", "uner");

        AssertBadFile(result, path, 2, "found 2 columns");
    }

    [Fact]
    public void A_gz_file_that_is_not_gzip_exits_with_3()
    {
        string path = Write("gmb.csv.gz", "Sentence #,Word,POS,Tag\nSentence: 1,Ruto,NNP,B-per\n");

        var result = CliProcess.Run(null, "eval", "--data", path, "--format", "gmb");

        AssertBadFile(result, path, 1, "not a gzip file");
    }

    [Fact]
    public void A_dictionary_with_a_lone_surrogate_escape_exits_with_3()
    {
        string path = Write("names.jsonl", "{\"phrase\":\"Ruto\",\"kind\":\"PERSON\"}\n{\"phrase\":\"\\ud800\",\"kind\":\"PERSON\"}\n");

        var result = CliProcess.Run(Text, "extract", "--dictionary", path);

        AssertBadFile(result, path, 2, "invalid \\u escape");
    }

    [Theory]
    [InlineData("")]
    [InlineData("junk \u0001\u0002 not xml")]
    [InlineData("<TimeML><TEXT>Talks resumed on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2026\">Friday</TIMEX3>")]
    [InlineData("<TimeML><DCT>2026</DCT></TimeML>")]
    public void Eval_dates_on_an_empty_junk_or_unclosed_file_exits_with_3_and_names_it(string content)
    {
        string path = Write("bad.tml", content);

        var result = CliProcess.Run(null, "eval-dates", "--data", path);

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"newsnlp: {path}:", line);
        Assert.DoesNotContain("internal error", line);
    }

    [Fact]
    public void An_unknown_eval_format_is_an_argument_error()
    {
        string path = Write("doc.txt", Text);

        var result = CliProcess.Run(null, "eval", "--data", path, "--format", "foo");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("foo", result.StandardError);
        Assert.DoesNotContain("internal error", result.StandardError);
    }

    [Fact]
    public void Calibrate_with_an_unknown_format_names_the_line_and_column()
    {
        string sets = Write("sets.tsv", "# name\tpath\tformat\tkinds\ndev\tdev.iob2\tconnl\tmodel\n");

        var result = CliProcess.Run(null, "calibrate", "--sets", sets, "--data-root", _folder, "--model", "open");

        AssertBadFile(result, sets, 2, "unknown format 'connl'", column: 14);
    }

    [Fact]
    public void A_directory_given_as_a_dictionary_is_named_as_a_directory()
    {
        var result = CliProcess.Run(Text, "extract", "--dictionary", _folder);

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"{_folder}: it is a directory", line);
    }

    internal static void AssertBadFile(CliProcess.Result result, string path, int line, string reason, int? column = null)
    {
        Assert.Equal(3, result.ExitCode);
        var error = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(column is { } c ? $"{path}:{line}:{c}: " : $"{path}:{line}:", error);
        Assert.Contains(reason, error);
        Assert.DoesNotContain("internal error", error);
        Assert.DoesNotContain("LineNumber", error);
        Assert.DoesNotContain("BytePositionInLine", error);
    }

    internal string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    internal static byte[] Gzip(string content)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }

        return buffer.ToArray();
    }
}
