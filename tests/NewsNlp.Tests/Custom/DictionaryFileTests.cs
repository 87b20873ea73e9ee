using NewsNlp.Custom;

namespace NewsNlp.Tests.Custom;

public sealed class DictionaryFileTests
{
    private static EntityDictionary Read(string text) => EntityDictionary.Read(new StringReader(text), "watch.tsv");

    [Fact]
    public void Tsv_lines_give_phrases_with_built_in_and_custom_kinds()
    {
        var dictionary = Read("# ministers and weapons\n\nSamira Okonjo\tPERSON\nAK-47\tweapon\n#MeToo\tMISC\n");

        Assert.Equal(3, dictionary.Count);
        Assert.Equal(["MISC", "PERSON", "WEAPON"], dictionary.Labels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Jsonl_is_recognized_by_its_first_entry()
    {
        var dictionary = Read("# comment\n{\"phrase\":\"Lake Volta\",\"kind\":\"LOC\"}\n{\"kind\":\"ORG\",\"phrase\":\"Volta River Authority\",\"note\":\"ignored\"}\n");

        Assert.Equal(2, dictionary.Count);
        Assert.Equal(["LOCATION", "ORGANIZATION"], dictionary.Labels.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Accra\tLOC\nTema Port\n", 2, 10, "no tab")]
    [InlineData("Accra\tLOC\tcity\n", 1, 10, "third column")]
    [InlineData("Accra\tLOC\n\n\t LOC\n", 3, 1, "empty")]
    [InlineData("Accra\t9LOC\n", 1, 7, "start with a letter")]
    [InlineData("Accra\tPLACE NAME\n", 1, 7, "letters, digits")]
    [InlineData("{\"phrase\":\"Accra\",\"kind\":\"LOC\"}\n{\"phrase\":\"Tema\"}\n", 2, 1, "missing \"kind\"")]
    [InlineData("{\"phrase\":\"Accra\",\"kind\":\"LOC\"}\n{\"phrase\":3,\"kind\":\"LOC\"}\n", 2, 11, "\"phrase\" must be a string, got a number")]
    [InlineData("{\"phrase\":\"Accra\",\"kind\":\"LOC\"}\n{\"phrase\":\"Tema\",\n", 2, 17, "invalid JSON")] // at the dangling comma
    [InlineData("{\"phrase\":\"Accra\",\"kind\":\"LOC\"}\n[1,2]\n", 2, 1, "JSON object")]
    public void A_malformed_line_names_its_line_and_column(string text, int line, int column, string reason)
    {
        var error = Assert.Throws<CustomEntityFormatException>(() => Read(text));

        Assert.Equal("watch.tsv", error.SourceName);
        Assert.Equal(line, error.LineNumber);
        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"watch.tsv:{line}:{column}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_chooses_the_format_by_extension_and_reads_a_byte_order_mark()
    {
        var directory = Directory.CreateTempSubdirectory("newsnlp-dictionary-");
        try
        {
            var tsv = Path.Combine(directory.FullName, "list.tsv");
            var jsonl = Path.Combine(directory.FullName, "list.jsonl");
            File.WriteAllText(tsv, "Zürich\tLOC\n", new System.Text.UTF8Encoding(true));
            File.WriteAllText(jsonl, "{\"phrase\":\"Zürich\",\"kind\":\"LOC\"}\n");

            Assert.Equal(1, EntityDictionary.Load(tsv).Count);
            Assert.True(EntityDictionary.Load(jsonl, ignoreCase: true).IgnoreCase);

            // A TSV file named .jsonl is read as JSONL, and says so.
            File.WriteAllText(jsonl, "Zürich\tLOC\n");
            var error = Assert.Throws<CustomEntityFormatException>(() => EntityDictionary.Load(jsonl));
            Assert.Equal(1, error.LineNumber);
            Assert.Contains("invalid JSON", error.Reason, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
