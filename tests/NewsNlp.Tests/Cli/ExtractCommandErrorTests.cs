using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

public sealed class ExtractCommandErrorTests
{
    [Fact]
    public void Malformed_jsonl_lines_are_reported_by_number_and_the_rest_is_processed()
    {
        var input = string.Join('\n',
            """{"id":"a","text":"On Monday the talks began."}""",
            """{"id":"b","text":""",
            """{"id":"c"}""",
            "",
            """{"id":"d","text":"It ended.","date":"not-a-date"}""",
            """{"id":7,"text":"Fine."}""");
        var result = CliProcess.Run(input, "extract", "--jsonl", "--types", "DATE");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 2:", result.StandardError);
        Assert.Contains("line 3:", result.StandardError);
        Assert.Contains("line 5:", result.StandardError);
        Assert.DoesNotContain("line 1:", result.StandardError);
        Assert.DoesNotContain("line 6:", result.StandardError);
    }

    [Fact]
    public void Types_option_does_not_swallow_the_file_argument()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "The talks ended in March 2025.");
            var result = CliProcess.Run(null, "extract", "--types", "DATE", path);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("\"March 2025\"", result.StandardOutput);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
