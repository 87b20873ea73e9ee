using System.Diagnostics;
using System.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>A closed standard output stops the run at once with exit code 141; a closed standard input ends it at once
/// with a message and exit code 3; neither prints a stack trace.</summary>
public sealed class ClosedStreamTests
{
    [Fact]
    public async Task A_reader_that_goes_away_stops_the_run_with_141_before_the_input_is_consumed()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsNlp.Cli.dll"));
        start.ArgumentList.Add("extract");
        start.ArgumentList.Add("--jsonl");

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();

        // Feed documents for as long as newsnlp reads them; one that ignored the closed pipe would read all of them.
        const int Documents = 300_000;
        int written = 0;
        var feeder = Task.Run(async () =>
        {
            try
            {
                for (; written < Documents; written++)
                {
                    await process.StandardInput.WriteAsync($"{{\"id\":{written},\"text\":\"Talks in Nairobi ended on Friday with the African Development Bank.\"}}\n");
                }

                process.StandardInput.Close();
            }
            catch (ObjectDisposedException)
            {
            }
            catch (IOException)
            {
                // newsnlp has exited and closed its end.
            }
        });

        Assert.StartsWith("{\"doc\":0,", await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken));
        process.StandardOutput.Close();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        await feeder.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        Assert.Equal(141, process.ExitCode);
        Assert.True(written < Documents, $"newsnlp read all {Documents} documents after its output was closed");
        Assert.DoesNotContain("   at ", await stderr);
    }

    [Fact]
    public void Help_into_a_full_device_gives_one_line_and_no_stack_trace()
    {
        var result = CliShell.Run("$NEWSNLP --help > /dev/full");

        Assert.Equal(3, result.ExitCode);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Extract_into_a_full_device_exits_with_3()
    {
        var result = CliShell.Run("echo 'Talks in Nairobi ended.' | $NEWSNLP extract > /dev/full");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("cannot write standard output", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
    }

    [Fact]
    public void Head_on_a_large_jsonl_file_ends_with_141_and_one_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                for (int i = 0; i < 200_000; i++)
                {
                    writer.Write($"{{\"id\":{i},\"text\":\"Talks in Nairobi ended on Friday with the African Development Bank.\"}}\n");
                }
            }

            // Descriptor 4 is the script's own output, outside the pipe: newsnlp's exit code is printed there.
            var result = CliShell.Run($"exec 4>&1; {{ $NEWSNLP extract --jsonl '{path}'; echo \"status $?\" >&4; }} | head -1");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("status 141", result.StandardOutput);
            Assert.Equal(2, result.OutputLines.Length);
            Assert.DoesNotContain("   at ", result.StandardError);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("extract >&-")]
    [InlineData("tokenize 1>&-")]
    public void A_standard_output_closed_at_launch_ends_the_run_with_3_and_a_message(string command)
    {
        var result = CliShell.Run("echo 'Talks in Nairobi.' | $NEWSNLP " + command);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("newsnlp: standard output is closed; redirect it to a file or a pipe", result.StandardError.Trim());
    }

    [Theory]
    [InlineData("extract - <&-")]
    [InlineData("extract --jsonl <&-")]
    [InlineData("tokenize 0<&-")]
    public void A_closed_standard_input_ends_the_run_with_3_and_a_message(string command)
    {
        var result = CliShell.Run("exec $NEWSNLP " + command, TimeSpan.FromSeconds(60));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("standard input is closed", result.StandardError);
        Assert.Empty(result.StandardOutput);
    }
}
