using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp calibrate</c> end to end: it regenerates the committed calibration table byte for byte, so the
/// table in the code is what the documented command produces from the documented data (news-train through the fold
/// models' saved samples, recipes/calibration-samples).</summary>
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
            var samples = Path.Combine(SharedData.RepositoryRoot, "recipes", "calibration-samples");
            var result = CliProcess.Run(null, "calibrate", "--sets", sets, "--data-root", Path.Combine(SharedData.Root!, "data"), "--fold-samples", samples, "--out", output);
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

    [Theory]
    [InlineData("folds=1", "folds takes a number from 2 to 100")]
    [InlineData("weight=0", "weight takes a number above 0")]
    [InlineData("weight=NaN", "weight takes a number above 0")]
    public void Bad_fold_and_weight_settings_are_clear_errors(string setting, string expected)
    {
        var sets = Path.Combine(Path.GetTempPath(), $"newsnlp-sets-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(sets, $"news\tnews-train/set\tnews-set\tPERSON\t{setting}\n");
        try
        {
            var result = CliProcess.Run(null, "calibrate", "--sets", sets);
            Assert.Equal(3, result.ExitCode);
            Assert.Contains(":1:", result.StandardError, StringComparison.Ordinal);
            Assert.Contains(expected, result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(sets);
        }
    }

    [Fact]
    public void A_fold_scored_set_needs_fold_models_or_their_samples()
    {
        var sets = Path.Combine(Path.GetTempPath(), $"newsnlp-sets-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(sets, "news\tnews-train/set\tnews-set\tPERSON\tfolds=5\n");
        try
        {
            var result = CliProcess.Run(null, "calibrate", "--sets", sets, "--model", "open");
            Assert.Equal(3, result.ExitCode);
            Assert.Contains("--fold-models open=", result.StandardError, StringComparison.Ordinal);

            var badPattern = CliProcess.Run(null, "calibrate", "--sets", sets, "--fold-models", "open=models/fold.nnm");
            Assert.Equal(3, badPattern.ExitCode);
            Assert.Contains("{k}", badPattern.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(sets);
        }
    }

    [Theory]
    // A confidence out of 0..1 on line 3; a document the set does not have on line 3.
    [InlineData("data/news-train/set/docs.jsonl", "1\tPERSON\tTagger\t1.5\t1\t0.5", "english-open.news.tsv:3:1")]
    [InlineData("data/news-dev/set/docs.jsonl", "9999\tPERSON\tTagger\t0.9\t1\t0.5", "english-open.news.tsv:3:1: document position 9999")]
    public void A_bad_samples_file_names_its_line(string set, string badLine, string expected)
    {
        var data = SharedData.RequireFile(set);
        var folder = Directory.CreateTempSubdirectory("newsnlp-samples-").FullName;
        var sets = Path.Combine(folder, "sets.tsv");
        File.WriteAllText(sets, $"news\t{Path.GetDirectoryName(data)}\tnews-set\tPERSON\tfolds=5\n");
        File.WriteAllText(Path.Combine(folder, "english-open.news.tsv"), $"# position\tkind\tsource\tconfidence\tcorrect\tease\n0\tPERSON\tTagger\t0.9\t1\t0.5\n{badLine}\n");
        try
        {
            var result = CliProcess.Run(null, "calibrate", "--sets", sets, "--data-root", "/", "--model", "open", "--fold-samples", folder);
            Assert.Equal(3, result.ExitCode);
            Assert.Contains(expected, result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
