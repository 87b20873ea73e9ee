using System.Text;
using System.Text.Json;
using NewsNlp.Cli.Input;
using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>Plain text through the real process: a file is one document up to 8 M characters, longer text in documents
/// that keep entities whole, invalid UTF-8 counted.</summary>
public sealed class PlainTextInputTests
{
    [Fact]
    public void A_name_at_the_old_cut_point_of_text_without_line_breaks_comes_out_whole_with_whole_file_offsets()
    {
        // --max-chars 4000 makes the pieces 4000 characters: the same cut as 8 M characters of text, at a test's size.
        var (text, nameStart) = PlainTextChunkerTests.TextWithNameAt(4000 - 3, 12_000);
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
            var result = CliProcess.Run(null, "extract", path, "--types", "PERSON,LOCATION", "--max-chars", "4000");

            Assert.Equal(0, result.ExitCode);
            var entities = result.OutputLines.Select(static line => JsonDocument.Parse(line).RootElement).ToList();
            foreach (var entity in entities)
            {
                int start = entity.GetProperty("start").GetInt32();
                int end = entity.GetProperty("end").GetInt32();
                Assert.Equal(text[start..end], entity.GetProperty("text").GetString());
            }

            var name = Assert.Single(entities, e => e.GetProperty("start").GetInt32() == nameStart);
            Assert.Equal("Samia Suluhu Hassan", name.GetProperty("text").GetString());
            Assert.Equal("PERSON", name.GetProperty("type").GetString());
            Assert.DoesNotContain(entities, e => e.GetProperty("text").GetString() is "Hassan" or "Hassa" or "Samia Suluhu");

            // The same entities as one analysis of the whole text.
            var whole = new NewsPipelineBuilder().WithKinds(EntityKindSet.Of(EntityKind.Person, EntityKind.Location)).WithoutDates().Build().Analyze(text).Entities;
            Assert.Equal(whole.Select(e => (e.Start, e.End)), entities.Select(e => (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_of_a_megabyte_is_one_document_with_the_entities_of_one_analysis()
    {
        // Paragraphs naming a numbered place: an entity written under the wrong offset would name another place.
        var builder = new StringBuilder("Samia Suluhu Hassan opened the new terminal.\n\n");
        string[] towns = ["Dravik", "Lomura", "Kestrel Bay", "Orvanto", "Pellin"];
        for (int i = 0; builder.Length < 1_000_000; i++)
        {
            builder.Append("Officials in ").Append(towns[i % towns.Length]).Append(" said on Monday that Marta Quillon ")
                .Append("had met the Corvane Group in paragraph ").Append(i).Append(".\n\n");
        }

        int lateHassan = builder.Length + "Later, ".Length;
        builder.Append("Later, Hassan thanked the workers.\n");
        var text = builder.ToString();
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
            var result = CliProcess.Run(null, "extract", path, "--types", "PERSON,LOCATION");

            Assert.Equal(0, result.ExitCode);
            var entities = result.OutputLines.Select(static line => JsonDocument.Parse(line).RootElement).ToList();
            Assert.True(entities.Count > 10_000, $"{entities.Count} entities");
            foreach (var entity in entities)
            {
                Assert.Equal(text[entity.GetProperty("start").GetInt32()..entity.GetProperty("end").GetInt32()], entity.GetProperty("text").GetString());
            }

            // Exactly the entities of one analysis of the whole file.
            var pipeline = new NewsPipelineBuilder().WithKinds(EntityKindSet.Of(EntityKind.Person, EntityKind.Location)).WithoutDates().Build();
            var whole = pipeline.Analyze(text);
            Assert.Equal(whole.Entities.Select(static e => (e.Start, e.End, e.Label)), entities.Select(static e => (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("type").GetString()!)));

            // One JSON object, whose groups join the full name and the surname a megabyte later.
            var json = CliProcess.Run(null, "extract", path, "--types", "PERSON,LOCATION", "--format", "json");
            Assert.Equal(0, json.ExitCode);
            var document = JsonDocument.Parse(Assert.Single(json.OutputLines)).RootElement;
            var hassan = Assert.Single(document.GetProperty("groups").EnumerateArray(), static g => g.GetProperty("name").GetString() == "Samia Suluhu Hassan");
            Assert.Contains(hassan.GetProperty("mentions").EnumerateArray(), m => m[0].GetInt32() == lateHassan);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("tokenize")]
    public void Invalid_utf8_is_analysed_as_U_FFFD_and_counted_once_per_file(string command)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("Talks in Nairobi "));
        bytes.AddRange([0xC0, 0xAF, (byte)' ', 0xED, 0xA0, 0x80, (byte)' ', 0xF8]);
        bytes.AddRange(Encoding.UTF8.GetBytes(" ended on Friday."));
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. bytes]);
            var result = CliProcess.Run(null, command, path);

            Assert.Equal(0, result.ExitCode);
            string expected = Encoding.UTF8.GetString([.. bytes]);
            int replaced = expected.Count(static c => c == '\uFFFD');
            var warning = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal($"newsnlp: warning: {path}: {replaced} invalid UTF-8 sequences replaced by U+FFFD", warning);
            Assert.NotEmpty(result.OutputLines);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
