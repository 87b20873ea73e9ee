using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>One hostile JSONL line never ends a batch: it is rejected with its line number, every other line is processed,
/// and the run exits with 2.</summary>
public sealed class JsonlRejectionTests
{
    private const string Good = """{"id":"ok","text":"Talks in Nairobi ended on Friday."}""";

    [Theory]
    [InlineData("""{"id":"x","text":"Talks \ud800 in Nairobi."}""", "\"text\"")]
    [InlineData("""{"id":"x","text":"Talks in Nairobi.","date":"2026-11-2\udc00"}""", "\"date\"")]
    [InlineData("""{"id":"\ud800","text":"Talks in Nairobi."}""", "\"id\"")]
    [InlineData("""{"id":"x","text":"Talks in Nairobi.\ud83d"}""", "\"text\"")]
    [InlineData("""{"id":"x","text":12}""", "\"text\"")]
    [InlineData("""{"id":{"a":1},"text":"Talks."}""", "\"id\"")]
    [InlineData("""{"id":"x","text":"Talks.","date":20261124}""", "\"date\"")]
    [InlineData("""{"id":"x","text":"unterminated""", "invalid JSON")]
    [InlineData("""[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]""", "invalid JSON")]
    [InlineData("\"just a string\"", "JSON object")]
    [InlineData("""{"text":"Talks in Nairobi.","id":null}""", "\"id\"")]
    public void A_bad_line_is_rejected_by_number_and_the_lines_after_it_are_processed(string bad, string mentions)
    {
        var input = string.Join('\n', Good, bad, Good.Replace("\"ok\"", "\"after\""), "");
        var result = CliProcess.Run(input, "extract", "--jsonl", "--types", "LOCATION");

        Assert.Equal(2, result.ExitCode);
        var errors = ErrorLines(result);
        var error = Assert.Single(errors);
        Assert.StartsWith("newsnlp extract: line 2: ", error);
        Assert.Contains(mentions, error);
        Assert.Equal(["ok", "after"], Documents(result));
    }

    [Fact]
    public void Huge_numbers_as_ids_are_copied_exactly()
    {
        var input = """{"id":123456789012345678901234567890e400,"text":"Talks in Nairobi."}""";
        var result = CliProcess.Run(input, "extract", "--jsonl", "--types", "LOCATION");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("""{"doc":123456789012345678901234567890e400,""", result.OutputLines.Single());
    }

    [Fact]
    public void A_text_over_max_chars_is_rejected_and_the_rest_goes_on()
    {
        var input = string.Join('\n', Good, JsonSerializer.Serialize(new { id = "long", text = new string('a', 500) }), Good.Replace("\"ok\"", "\"after\""));
        var result = CliProcess.Run(input, "extract", "--jsonl", "--types", "LOCATION", "--max-chars", "100");

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(ErrorLines(result));
        Assert.Contains("line 2:", error);
        Assert.Contains("--max-chars 100", error);
        Assert.Equal(["ok", "after"], Documents(result));
    }

    [Fact]
    public void A_line_over_the_byte_limit_is_skipped_and_the_rest_goes_on()
    {
        // With --max-chars 100 a line may hold 6 × 100 bytes + 1 MiB: a 3 MB line is over it, whatever its text.
        var huge = "{\"id\":\"huge\",\"text\":\"" + new string('x', 3 << 20) + "\"}";
        var input = string.Join('\n', Good, huge, Good.Replace("\"ok\"", "\"after\""));
        var result = CliProcess.Run(input, "extract", "--jsonl", "--types", "LOCATION", "--max-chars", "100");

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(ErrorLines(result));
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"newsnlp extract: line 2: the line has {huge.Length:N0} bytes"), error);
        Assert.Equal(["ok", "after"], Documents(result));
    }

    [Fact]
    public void Invalid_utf8_is_replaced_counted_and_reported_with_the_line_number()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes(Good + "\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\":\"bad\",\"text\":\"Talks in Nairobi "));
        bytes.AddRange([0xFF, (byte)' ', 0xC3, (byte)' ', 0xE2, 0x82]);
        bytes.AddRange(Encoding.UTF8.GetBytes(" ended.\"}\n" + Good.Replace("\"ok\"", "\"after\"")));
        var result = RunWithBytes([.. bytes], "extract", "--jsonl", "--types", "LOCATION");

        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(ErrorLines(result));
        Assert.Equal("newsnlp extract: warning: line 2: 3 invalid UTF-8 sequences replaced by U+FFFD", warning);
        Assert.Equal(["ok", "bad", "after"], Documents(result));
    }

    [Fact]
    public void Utf16_jsonl_is_refused_with_a_message()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Good)).ToArray();
        var result = RunWithBytes(bytes, "extract", "--jsonl");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("UTF-8", result.StandardError);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public void Twenty_thousand_lines_with_one_bad_line_lose_only_that_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                for (int i = 0; i < 20_000; i++)
                {
                    writer.Write(i == 17_000 ? "{\"id\":17000,\"text\":\"\\ud800\"}\n" : $"{{\"id\":{i},\"text\":\"Talks in Nairobi.\"}}\n");
                }
            }

            var result = CliProcess.Run(null, "extract", "--jsonl", path, "--types", "LOCATION");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("newsnlp extract: line 17001: \"text\" holds an invalid \\u escape (a lone UTF-16 surrogate such as \\ud800)", Assert.Single(ErrorLines(result)));
            var documents = Documents(result);
            Assert.Equal(19_999, documents.Length);
            Assert.DoesNotContain("17000", documents);
            Assert.Equal("19999", documents[^1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string[] ErrorLines(CliProcess.Result result) =>
        result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string[] Documents(CliProcess.Result result) =>
        [.. result.OutputLines.Select(static line =>
        {
            using var json = JsonDocument.Parse(line);
            var doc = json.RootElement.GetProperty("doc");
            return doc.ValueKind == JsonValueKind.String ? doc.GetString()! : doc.GetRawText();
        })];

    private static CliProcess.Result RunWithBytes(byte[] input, params string[] arguments)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, input);
            return CliProcess.Run(null, [.. arguments, path]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
