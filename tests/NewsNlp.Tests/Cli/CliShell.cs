using System.Diagnostics;
using System.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>Runs the real <c>newsnlp</c> through <c>/bin/sh</c>, for what only a shell can set up: a closed descriptor,
/// <c>/dev/full</c>, a pipe into <c>head</c>. <c>$NEWSNLP</c> in the script is the command.</summary>
internal static class CliShell
{
    public static CliProcess.Result Run(string script, TimeSpan? timeout = null)
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("needs /bin/sh and Linux descriptors");
        }

        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["NEWSNLP"] = "dotnet " + Path.Combine(AppContext.BaseDirectory, "NewsNlp.Cli.dll");

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the script did not end in time: " + script);
        }

        return new CliProcess.Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
