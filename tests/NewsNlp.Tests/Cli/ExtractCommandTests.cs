using System.Text.Json;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

public sealed class ExtractCommandTests
{
    private static readonly string s_samplePath = Path.Combine(SharedData.RepositoryRoot, "samples", "harbour-rail-deal.txt");

    [Fact]
    public void Plain_text_gives_one_entity_per_line_matching_the_library()
    {
        var text = File.ReadAllText(s_samplePath);
        var result = CliProcess.Run(null, "extract", s_samplePath, "--reference-date", "2026-11-24");

        Assert.Equal(0, result.ExitCode);
        var expected = NewsPipeline.Default.Analyze(text, new DateOnly(2026, 11, 24)).Entities;
        var lines = result.OutputLines;
        Assert.Equal(expected.Count, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            int start = root.GetProperty("start").GetInt32();
            int end = root.GetProperty("end").GetInt32();
            Assert.Equal(expected[i].Start, start);
            Assert.Equal(expected[i].End, end);
            Assert.Equal(text[start..end], root.GetProperty("text").GetString());
            Assert.Equal(expected[i].Kind.ToString().ToUpperInvariant(), root.GetProperty("type").GetString());
            Assert.Equal(expected[i].Value, root.TryGetProperty("value", out var value) ? value.GetString() : null);
            Assert.InRange(root.GetProperty("confidence").GetDouble(), 0, 1);
            Assert.False(root.TryGetProperty("doc", out _));
        }
    }

    [Fact]
    public void Jsonl_output_keeps_input_order_and_carries_ids()
    {
        var sample = File.ReadAllText(s_samplePath);
        var paragraphs = sample.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var lines = Enumerable.Range(0, 120).Select(i => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = $"doc-{i}",
            ["text"] = paragraphs[i % paragraphs.Length],
            ["date"] = "2026-11-24",
        }));
        var result = CliProcess.Run(string.Join('\n', lines), "extract", "--jsonl");

        Assert.Equal(0, result.ExitCode);
        int previous = -1;
        var perDocument = new Dictionary<int, int>();
        foreach (var line in result.OutputLines)
        {
            using var json = JsonDocument.Parse(line);
            int doc = int.Parse(json.RootElement.GetProperty("doc").GetString()!["doc-".Length..]);
            Assert.True(doc >= previous, "documents out of input order");
            previous = doc;
            perDocument[doc] = perDocument.GetValueOrDefault(doc) + 1;
        }

        for (int i = 0; i < 120; i++)
        {
            int expected = NewsPipeline.Default.Analyze(paragraphs[i % paragraphs.Length], new DateOnly(2026, 11, 24)).Entities.Count;
            Assert.Equal(expected, perDocument.GetValueOrDefault(i));
        }
    }

    [Fact]
    public void Json_format_writes_one_object_per_document()
    {
        var input = "{\"id\":1,\"text\":\"Talks in Nairobi ended on Friday.\"}\n{\"id\":2,\"text\":\"Nothing here.\"}";
        var result = CliProcess.Run(input, "extract", "--jsonl", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(1, first.RootElement.GetProperty("doc").GetInt32());
        Assert.Contains(first.RootElement.GetProperty("entities").EnumerateArray(), e => e.GetProperty("text").GetString() == "Nairobi");
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(2, second.RootElement.GetProperty("doc").GetInt32());
    }

    [Fact]
    public void Table_format_is_aligned_text_and_types_filter_the_output()
    {
        var result = CliProcess.Run(null, "extract", s_samplePath, "--format", "table", "--types", "PERSON");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.StartsWith("START", lines[0]);
        Assert.True(lines.Length > 1);
        int typeColumn = lines[0].IndexOf("TYPE", StringComparison.Ordinal);
        Assert.All(lines.Skip(1), line => Assert.Equal("PERSON", line.Substring(typeColumn, 6)));
    }
}
