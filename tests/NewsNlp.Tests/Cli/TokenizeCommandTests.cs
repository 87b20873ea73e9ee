using System.Text.Json;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

public sealed class TokenizeCommandTests
{
    [Fact]
    public void Writes_one_json_object_per_token_with_offsets_and_sentence_numbers()
    {
        const string text = "Kenya’s envoy met Gen. Otieno in Nairobi.\r\nTalks ✅ resume on Jan. 5, 2027.";
        var result = CliProcess.Run(text, "tokenize");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.NotEmpty(lines);
        int previousEnd = 0;
        long previousSentence = 0;
        var words = new List<string>();
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            int start = root.GetProperty("start").GetInt32();
            int end = root.GetProperty("end").GetInt32();
            long sentence = root.GetProperty("sentence").GetInt64();
            string tokenText = root.GetProperty("text").GetString()!;
            Assert.Equal(text[start..end], tokenText);
            Assert.True(start >= previousEnd);
            Assert.InRange(sentence, previousSentence, previousSentence + 1);
            previousEnd = end;
            previousSentence = sentence;
            words.Add(tokenText);
        }

        Assert.Equal(1, previousSentence);
        Assert.Equal(["Kenya", "’s", "envoy", "met", "Gen.", "Otieno", "in", "Nairobi", "."], words.Take(9));
    }

    [Fact]
    public void Reads_a_file_argument()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "One two.");
            var result = CliProcess.Run(null, "tokenize", path);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(3, result.OutputLines.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_directory_exits_with_3_and_says_so()
    {
        var result = CliProcess.Run(null, "tokenize", Path.GetTempPath());
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("is a directory", result.StandardError);
    }

    [Fact]
    public void A_missing_file_exits_with_3_and_a_message()
    {
        var result = CliProcess.Run(null, "tokenize", "/no/such/file.txt");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("file.txt", result.StandardError);
        Assert.Empty(result.StandardOutput);
    }
}
