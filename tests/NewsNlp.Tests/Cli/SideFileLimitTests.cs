using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>Every side file has a line limit: <c>/dev/zero</c> as a dictionary, pattern file or data file ends the run with
/// exit code 3 after 16 M characters, instead of filling the memory.</summary>
public sealed class SideFileLimitTests
{
    [Theory]
    [InlineData("extract", "--dictionary")]
    [InlineData("extract", "--patterns")]
    [InlineData("eval", "--data")]
    public void Dev_zero_as_a_side_file_exits_with_3_at_the_line_limit(string command, string option)
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Skip("needs /dev/zero");
        }

        var result = CliShell.Run($"echo 'Talks in Nairobi.' | $NEWSNLP {command} {option} /dev/zero", TimeSpan.FromMinutes(2));

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("/dev/zero:1:16777217: the line is longer than 16,777,216 characters", line);
    }
}
