using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

public sealed class ShardOptionTests
{
    // Ids given as strings, as numbers and missing (the id is then the line number), a blank line and a malformed line.
    private static readonly string s_input = string.Join('\n',
        """{"id":"a","text":"The talks began on Monday."}""",
        """{"text":"Prices rose in March 2025."}""",
        "",
        """{"id":3,"text":"They met yesterday and again on Nov. 27."}""",
        "{\"id\":\"d\",\"text\":",
        """{"id":"e","text":"A deal is due next month."}""",
        """{"text":"Rain fell last week."}""",
        """{"id":"g","text":"Nothing happened."}""",
        """{"id":"h","text":"The vote is on 4 July 2026."}""");

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(12)]
    public void The_shards_together_give_the_unsharded_output_line_for_line(int count)
    {
        var whole = CliProcess.Run(s_input, "extract", "--jsonl", "--types", "DATE", "--reference-date", "2026-11-24");
        Assert.Equal(2, whole.ExitCode);
        Assert.Equal(7, whole.OutputLines.Length);

        var union = new List<string>();
        var errors = new List<string>();
        for (int index = 0; index < count; index++)
        {
            var part = CliProcess.Run(s_input, "extract", "--jsonl", "--types", "DATE", "--reference-date", "2026-11-24", "--shard", $"{index}/{count}");
            Assert.Equal(part.StandardError.Length > 0 ? 2 : 0, part.ExitCode);
            union.AddRange(part.OutputLines);
            errors.Add(part.StandardError);
        }

        Assert.Equal(whole.OutputLines.Order(StringComparer.Ordinal), union.Order(StringComparer.Ordinal));
        // The malformed line is reported once, by the shard that owns it, under its line number in the whole input.
        Assert.Single(errors, e => e.Contains("line 5:", StringComparison.Ordinal));
        Assert.Equal(whole.StandardError.Trim(), string.Concat(errors).Trim());
    }

    [Fact]
    public void A_shard_keeps_the_lines_whose_index_modulo_n_is_i()
    {
        var part = CliProcess.Run(s_input, "extract", "--jsonl", "--types", "DATE", "--reference-date", "2026-11-24", "--shard", "1/3");

        // Lines 2, 5 and 8 (1-based): the id-less line 2 keeps its line number as id, line 5 is malformed, line 8 has no date.
        Assert.Equal(2, part.ExitCode);
        Assert.All(part.OutputLines, line => Assert.Contains("\"doc\":2,", line, StringComparison.Ordinal));
        Assert.Single(part.OutputLines);
        Assert.Contains("line 5:", part.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("-1/4")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void An_invalid_shard_exits_with_3(string shard)
    {
        var result = CliProcess.Run("{\"id\":1,\"text\":\"On Monday.\"}", "extract", "--jsonl", "--types", "DATE", "--shard", shard);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("--shard", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public void Shard_without_jsonl_exits_with_3()
    {
        var result = CliProcess.Run("On Monday the talks began.", "extract", "--types", "DATE", "--shard", "0/2");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("--jsonl", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }
}
