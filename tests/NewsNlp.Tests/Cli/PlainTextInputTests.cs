using System.Text;
using System.Text.Json;
using NewsNlp.Cli.Input;
using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary>Plain text through the real process: long text in pieces that keep entities whole, invalid UTF-8 counted.</summary>
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
    public void A_file_of_many_pieces_analysed_in_parallel_keeps_piece_order_and_whole_file_offsets()
    {
        // Paragraphs naming a numbered place: an entity written under the wrong piece's offset would name another place.
        var builder = new StringBuilder();
        string[] towns = ["Dravik", "Lomura", "Kestrel Bay", "Orvanto", "Pellin"];
        for (int i = 0; builder.Length < (3 * PlainTextChunker.ParallelChunkSize) + 1000; i++)
        {
            builder.Append("Officials in ").Append(towns[i % towns.Length]).Append(" said on Monday that Marta Quillon ")
                .Append("had met the Corvane Group in paragraph ").Append(i).Append(".\n\n");
        }

        var text = builder.ToString();
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
            var result = CliProcess.Run(null, "extract", path, "--types", "PERSON,LOCATION");

            Assert.Equal(0, result.ExitCode);
            var entities = result.OutputLines.Select(static line => JsonDocument.Parse(line).RootElement).ToList();
            Assert.True(entities.Count > 1000, $"{entities.Count} entities");
            long previous = -1;
            foreach (var entity in entities)
            {
                int start = entity.GetProperty("start").GetInt32();
                Assert.True(start > previous, $"entity at {start} after one at {previous}");
                previous = start;
                Assert.Equal(text[start..entity.GetProperty("end").GetInt32()], entity.GetProperty("text").GetString());
            }

            // The same spans as the library gives each piece the chunker cuts, one after the other.
            var pipeline = new NewsPipelineBuilder().WithKinds(EntityKindSet.Of(EntityKind.Person, EntityKind.Location)).WithoutDates().Build();
            var expected = new List<(long, long)>();
            foreach (var (piece, offset) in PlainTextChunker.Read(new StringReader(text), PlainTextChunker.ParallelChunkSize))
            {
                expected.AddRange(pipeline.Analyze(piece).Entities.Select(e => (offset + e.Start, offset + e.End)));
            }

            Assert.True(expected.Count == entities.Count, $"{expected.Count} expected, {entities.Count} written");
            Assert.Equal(expected, entities.Select(e => (e.GetProperty("start").GetInt64(), e.GetProperty("end").GetInt64())));
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
