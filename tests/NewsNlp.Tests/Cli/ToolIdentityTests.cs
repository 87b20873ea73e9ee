using System.Reflection;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

public sealed class ToolIdentityTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("extract", "--help")]
    public void Usage_names_the_tool_command(params string[] arguments)
    {
        var result = CliProcess.Run(null, arguments);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:\n  newsnlp ", result.StandardOutput.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("NewsNlp.Cli", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_tool_library_and_model_versions()
    {
        var result = CliProcess.Run(null, "--version");

        Assert.Equal(0, result.ExitCode);
        var library = typeof(NewsPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var lines = result.OutputLines;
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("newsnlp " + library, lines[0], StringComparison.Ordinal);
        Assert.Equal("NewsNlp " + library, lines[1]);
        Assert.StartsWith($"model {NewsNlp.Models.NewsModel.English.Name} (NewsNlp.Models.English {library}", lines[2], StringComparison.Ordinal);
    }
}
