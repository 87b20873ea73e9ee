using System.Text.Json;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>Every JSON format of the real <c>newsnlp extract</c> process validates against docs/output.schema.json, the
/// output contract that the samples follow too (their tests are in samples/WebApi.Tests); and the schema itself rejects
/// the shapes it rules out, so a pass means something.</summary>
public sealed class OutputContractTests : IDisposable
{
    private const string Article =
        "The Coastal Ports Agency (CPA) hired Ilse Varga in Lomura yesterday. Varga said the CPA would buy an AK-47 "
        + "scanner by March 2027 and open a depot in Tema on Nov. 27.";

    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-contract-").FullName;

    public OutputContractTests()
    {
        File.WriteAllText(Path.Combine(_folder, "article.txt"), Article);
        File.WriteAllText(Path.Combine(_folder, "watch.tsv"), "AK-47\tWEAPON\n");
        var lines = new[]
        {
            JsonSerializer.Serialize(new { id = "a-1", text = Article, date = "2026-11-24" }),
            JsonSerializer.Serialize(new { id = 7, text = "Talks between Lisbon and Accra stalled on Tuesday." }),
            JsonSerializer.Serialize(new { text = "Nothing to see here." }),
        };
        File.WriteAllLines(Path.Combine(_folder, "docs.jsonl"), lines);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(false, "jsonl", "entityLine")]
    [InlineData(false, "json", "document")]
    [InlineData(true, "jsonl", "entityLine")]
    [InlineData(true, "json", "document")]
    public void Every_line_of_every_format_is_valid(bool jsonlInput, string format, string definition)
    {
        string[] input = jsonlInput ? ["--jsonl", Path.Combine(_folder, "docs.jsonl")] : [Path.Combine(_folder, "article.txt")];
        var result = CliProcess.Run(null, ["extract", .. input, "--format", format, "--dictionary", Path.Combine(_folder, "watch.tsv")]);

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(result.OutputLines);
        foreach (var line in result.OutputLines)
        {
            using var json = JsonDocument.Parse(line);
            OutputSchema.Check(definition, json.RootElement);
        }

        // The run covered what the contract allows: a custom type, a DATE with a value and, without a reference date,
        // one without (plain text has no date, so "yesterday" stays unresolved).
        Assert.Contains("\"type\":\"WEAPON\"", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"2027-03\"", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("\"value\":null", result.StandardOutput, StringComparison.Ordinal);
        if (!jsonlInput)
        {
            Assert.Contains("\"text\":\"yesterday\",\"type\":\"DATE\",\"confidence\"", result.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_line_of_the_most_salient_entities_is_valid(bool jsonlInput)
    {
        string[] input = jsonlInput ? ["--jsonl", Path.Combine(_folder, "docs.jsonl")] : [Path.Combine(_folder, "article.txt")];
        var result = CliProcess.Run(null, ["extract", .. input, "--top", "2"]);

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(result.OutputLines);
        var ranks = new List<(string Doc, int Rank)>();
        foreach (var line in result.OutputLines)
        {
            using var json = JsonDocument.Parse(line);
            OutputSchema.Check("topLine", json.RootElement);
            Assert.Equal(jsonlInput, json.RootElement.TryGetProperty("doc", out var doc));
            ranks.Add((jsonlInput ? doc.ToString() : "", json.RootElement.GetProperty("rank").GetInt32()));
        }

        // Each document's lines count 1, 2 in order; the document without entities writes none.
        Assert.Equal(jsonlInput ? [("a-1", 1), ("a-1", 2), ("7", 1), ("7", 2)] : [("", 1), ("", 2)], ranks);
    }

    [Fact]
    public void A_document_from_plain_text_is_named_by_its_file_and_a_jsonl_line_has_no_doc()
    {
        var path = Path.Combine(_folder, "article.txt");
        var json = CliProcess.Run(null, "extract", path, "--format", "json");
        using var document = JsonDocument.Parse(Assert.Single(json.OutputLines));
        Assert.Equal(path, document.RootElement.GetProperty("doc").GetString());
        var stdin = CliProcess.Run(Article, "extract", "-", "--format", "json");
        using var fromStdin = JsonDocument.Parse(Assert.Single(stdin.OutputLines));
        Assert.Equal("-", fromStdin.RootElement.GetProperty("doc").GetString());

        var jsonl = CliProcess.Run(null, "extract", Path.Combine(_folder, "article.txt"));
        Assert.DoesNotContain("\"doc\"", jsonl.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("entityLine", """{"start":0,"end":5,"text":"Ruto","type":"PERSON","value":null,"confidence":0.9}""")]
    [InlineData("entityLine", """{"start":0,"end":5,"text":"Ruto","type":"PERSON"}""")]
    [InlineData("entityLine", """{"start":0,"end":5,"text":"Ruto","type":"PERSON","confidence":1.5}""")]
    [InlineData("entityLine", """{"start":-1,"end":5,"text":"Ruto","type":"PERSON","confidence":0.5}""")]
    [InlineData("entityLine", """{"start":0,"end":5,"text":"Ruto","type":"PERSON","confidence":0.5,"score":1}""")]
    [InlineData("document", """{"entities":[{"type":"PERSON","text":"Ruto","start":0,"end":4,"value":null,"confidence":0.9}]}""")]
    [InlineData("document", """{"doc":"a","entities":[],"groups":[{"name":"Ruto","type":"PERSON","mentions":[[0]]}]}""")]
    [InlineData("document", """{"doc":{"id":1},"entities":[],"groups":[]}""")]
    [InlineData("document", """{"doc":"a","entities":[{"doc":"a","start":0,"end":4,"text":"Ruto","type":"PERSON","confidence":0.9}],"groups":[]}""")]
    [InlineData("document", """{"doc":"a","entities":[],"groups":[{"name":"Ruto","type":"PERSON","mentions":[[0,4]],"rank":1}]}""")]
    [InlineData("topLine", """{"name":"Ruto","type":"PERSON","mentions":[[0,4]],"salience":0.5}""")]
    [InlineData("topLine", """{"rank":1,"name":"Ruto","type":"PERSON","mentions":[[0,4]]}""")]
    [InlineData("topLine", """{"rank":0,"name":"Ruto","type":"PERSON","mentions":[[0,4]],"salience":0.5}""")]
    [InlineData("topLine", """{"rank":1,"name":"Ruto","type":"PERSON","mentions":[[0,4]],"salience":1.5}""")]
    [InlineData("topLine", """{"rank":1,"name":"Ruto","type":"PERSON","mentions":[[0,4]],"salience":0.5,"start":0}""")]
    public void The_schema_rejects_other_shapes(string definition, string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.ThrowsAny<Exception>(() => OutputSchema.Check(definition, document.RootElement));
    }

    [Fact]
    public void A_group_may_carry_a_salience()
    {
        using var document = JsonDocument.Parse("""{"doc":1,"entities":[],"groups":[{"name":"Ruto","type":"PERSON","mentions":[[0,4]],"salience":0.42}]}""");

        OutputSchema.Check("document", document.RootElement);
    }

    [Fact]
    public void Kinds_and_its_alias_types_select_the_same_entities()
    {
        var file = Path.Combine(_folder, "article.txt");
        var kinds = CliProcess.Run(null, "extract", file, "--kinds", "PERSON,LOCATION");
        var types = CliProcess.Run(null, "extract", file, "--types", "PERSON,LOCATION");

        Assert.Equal(0, kinds.ExitCode);
        Assert.Equal(kinds.StandardOutput, types.StandardOutput);
        Assert.Contains("\"type\":\"PERSON\"", kinds.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\":\"ORGANIZATION\"", kinds.StandardOutput, StringComparison.Ordinal);
    }
}
