using System.Text;

namespace NewsNlp.Tests.Cli;

/// <summary>With stderr closed at launch (<c>2&gt;&amp;-</c>) messages are dropped, the output is complete and the exit code
/// tells the outcome; the process never aborts.</summary>
public sealed class ClosedStderrTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-stderr-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Rejected_jsonl_lines_with_stderr_closed_keep_every_other_line_and_exit_with_2()
    {
        var input = new StringBuilder();
        for (int i = 0; i < 30; i++)
        {
            input.Append(i == 3 ? "{\"id\":3,\"text\":42}\n" : $"{{\"id\":{i},\"text\":\"President Ruto met envoys in Nairobi on Friday.\"}}\n");
        }

        string path = Write("in.jsonl", input.ToString());
        var dropped = CliShell.Run($"$NEWSNLP extract --jsonl {path} 2>/dev/null");
        var closed = CliShell.Run($"$NEWSNLP extract --jsonl {path} 2>&-");

        Assert.Equal(2, dropped.ExitCode);
        Assert.Equal(2, closed.ExitCode);
        Assert.Contains("\"doc\":29,", closed.StandardOutput);
        Assert.Equal(dropped.StandardOutput, closed.StandardOutput);
    }

    [Theory]
    [InlineData("extract --no-such-option")]
    [InlineData("extract --types PEOPLE")]
    public void A_bad_option_with_stderr_closed_exits_with_3(string arguments)
    {
        var result = CliShell.Run($"echo 'Talks in Nairobi.' | $NEWSNLP {arguments} 2>&-");

        Assert.Equal(3, result.ExitCode);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public void A_malformed_dictionary_with_stderr_closed_exits_with_3()
    {
        string dictionary = Write("bad.tsv", "Ada Obi\n");
        var result = CliShell.Run($"echo 'Ada Obi spoke.' | $NEWSNLP extract --dictionary {dictionary} 2>&-");

        Assert.Equal(3, result.ExitCode);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public void Eval_dates_errors_with_stderr_closed_still_print_the_scores()
    {
        string file = Write("one.tml", """
            <?xml version="1.0" ?>
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2026-11-24" functionInDocument="CREATION_TIME">2026-11-24</TIMEX3></DCT>
            <TEXT>Talks resumed on <TIMEX3 tid="t1" type="DATE" value="2026-11-20">Friday</TIMEX3> and end in March 2027.</TEXT></TimeML>
            """);
        var shown = CliShell.Run($"$NEWSNLP eval-dates --data {file} --errors 10");
        var closed = CliShell.Run($"$NEWSNLP eval-dates --data {file} --errors 10 2>&-");

        Assert.Equal(0, shown.ExitCode);
        Assert.NotEmpty(shown.StandardError);
        Assert.Equal(0, closed.ExitCode);
        Assert.Contains("strict", closed.StandardOutput);
        Assert.Equal(shown.StandardOutput, closed.StandardOutput);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
