using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp calibrate</c> end to end: it regenerates the committed calibration table byte for byte, so the
/// table in the code is what the documented command produces from the documented data.</summary>
public sealed class CalibrateCommandTests
{
    [Fact]
    public void Calibrate_reproduces_the_committed_table()
    {
        SharedData.RequireFile("data/conll2003/eng.testa");
        var sets = Path.Combine(SharedData.RepositoryRoot, "recipes", "calibration-sets.tsv");
        var committed = Path.Combine(SharedData.RepositoryRoot, "src", "NewsNlp", "Confidence", "ConfidenceCalibrationTables.cs");
        var output = Path.Combine(Path.GetTempPath(), $"newsnlp-calibration-{Guid.NewGuid():N}.cs");
        try
        {
            var result = CliProcess.Run(null, "calibrate", "--sets", sets, "--data-root", Path.Combine(SharedData.Root!, "data"), "--out", output);
            Assert.True(result.ExitCode == 0, result.StandardError);
            Assert.Contains("english-open", result.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("english-news", result.StandardOutput, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllText(committed).ReplaceLineEndings("\n"), File.ReadAllText(output).ReplaceLineEndings("\n"));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void A_malformed_sets_file_is_a_clear_error()
    {
        var sets = Path.Combine(Path.GetTempPath(), $"newsnlp-sets-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(sets, "eng.testa\tconll2003/eng.testa\tconll\tPERSON,NOBODY\n");
        try
        {
            var result = CliProcess.Run(null, "calibrate", "--sets", sets);
            Assert.Equal(3, result.ExitCode);
            Assert.Contains("unknown kind 'NOBODY'", result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(sets);
        }
    }

    [Fact]
    public void Holdout_refuses_to_write_a_table()
    {
        var sets = Path.Combine(SharedData.RepositoryRoot, "recipes", "calibration-sets.tsv");
        var result = CliProcess.Run(null, "calibrate", "--sets", sets, "--holdout", "--out", Path.Combine(Path.GetTempPath(), "unused.cs"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("--holdout", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }
}
