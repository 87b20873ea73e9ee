using NewsNlp.Cli;
using NewsNlp.Cli.Output;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>The exit-code contract of docs/reliability.md: 0 ok, 2 lines rejected, 3 cannot run, 4 internal error, 141
/// output closed.</summary>
public sealed class ExitCodeTests
{
    [Theory]
    [InlineData("extract", "--types", "PEOPLE")]
    [InlineData("extract", "--reference-date", "27/11/2026")]
    [InlineData("extract", "--format", "xml")]
    [InlineData("extract", "--max-chars", "0")]
    [InlineData("extract", "--max-chars", "many")]
    [InlineData("no-such-command")]
    [InlineData("eval")]
    public void Bad_arguments_exit_with_3_and_nothing_on_stdout(params string[] arguments)
    {
        var result = CliProcess.Run("Text.", arguments);

        Assert.Equal(3, result.ExitCode);
        Assert.NotEmpty(result.StandardError);
        Assert.Empty(result.StandardOutput);
        Assert.DoesNotContain("   at ", result.StandardError);
    }

    [Fact]
    public void An_unreadable_model_exits_with_3()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8]);
            var result = CliProcess.Run("Some text.", "extract", "--model", path);
            Assert.Equal(3, result.ExitCode);
            Assert.Contains("model", result.StandardError, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("   at ", result.StandardError);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_training_recipe_exits_with_3_in_one_line()
    {
        var result = CliProcess.Run(null, "train", "--recipe", "/no/such/recipe.json", "--out", Path.Combine(Path.GetTempPath(), "never.nnm"));

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("recipe.json", line);
    }

    [Fact]
    public void An_internal_error_is_one_line_without_a_stack_trace_and_exits_with_4()
    {
        var error = new StringWriter();
        int code = CliErrors.Handle(new InvalidOperationException("the tagger state is\ninconsistent"), error);

        Assert.Equal(4, code);
        Assert.Equal("newsnlp: internal error (InvalidOperationException): the tagger state is inconsistent" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Io_errors_exit_with_3_and_a_closed_output_with_141_silently()
    {
        var error = new StringWriter();
        Assert.Equal(3, CliErrors.Handle(new FileNotFoundException("Could not find file 'x.txt'."), error));
        Assert.Equal(141, CliErrors.Handle(new OutputClosedException(new IOException("Broken pipe", 32)), error));
        Assert.Equal("newsnlp: Could not find file 'x.txt'." + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Help_lists_the_contract()
    {
        var result = CliProcess.Run(null, "extract", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 some input lines were rejected", result.StandardOutput);
        Assert.Contains("3 invalid arguments", result.StandardOutput);
        Assert.Contains("4 internal error", result.StandardOutput);
        Assert.Contains("141", result.StandardOutput);
        Assert.Contains("--max-chars", result.StandardOutput);
    }
}
