using System.Text;
using NewsNlp.Cli.Input;

namespace NewsNlp.Tests.Cli;

public sealed class PlainTextChunkerTests
{
    private const string Name = "Samia Suluhu Hassan";

    [Theory]
    [InlineData(4096)]
    [InlineData(300_000)]
    public void A_name_across_the_buffer_end_stays_whole_and_the_cut_is_at_a_sentence_start(int chunkSize)
    {
        // No line breaks at all, and the buffer ends inside "Hassan": the old chunker cut after the last space, "Suluhu ".
        var (text, nameStart) = TextWithNameAt(chunkSize - 3, chunkSize * 3);
        var chunks = PlainTextChunker.Read(new StringReader(text), chunkSize).ToList();

        AssertCoversTheText(text, chunks, chunkSize);
        foreach (var (_, offset) in chunks.Skip(1))
        {
            Assert.False(offset > nameStart && offset < nameStart + Name.Length, $"cut at {offset}, inside the name at {nameStart}");
            Assert.EndsWith(".", text[..(int)offset].TrimEnd());
        }

        Assert.Contains(chunks, c => c.Offset <= nameStart && c.Offset + c.Text.Length >= nameStart + Name.Length);
    }

    [Fact]
    public void A_blank_line_in_the_second_half_is_preferred_also_with_crlf()
    {
        var text = new string('a', 60) + ". " + new string('b', 20) + ".\r\n  \r\nNext " + new string('c', 200);
        var chunks = PlainTextChunker.Read(new StringReader(text), 128).ToList();

        AssertCoversTheText(text, chunks, 128);
        Assert.Equal(text.IndexOf("Next", StringComparison.Ordinal), (int)chunks[1].Offset);
    }

    [Fact]
    public void Text_without_sentence_ends_is_cut_between_words()
    {
        var words = string.Join(' ', Enumerable.Range(0, 5000).Select(i => "word" + i));
        var chunks = PlainTextChunker.Read(new StringReader(words), 1000).ToList();

        AssertCoversTheText(words, chunks, 1000);
        Assert.All(chunks.Skip(1), c => Assert.Equal(' ', words[(int)c.Offset - 1]));
    }

    [Fact]
    public void One_token_longer_than_the_buffer_is_cut_at_the_buffer_end_without_splitting_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("x😀", 3000));
        var chunks = PlainTextChunker.Read(new StringReader(text), 1001).ToList();

        AssertCoversTheText(text, chunks, 1001);
        Assert.All(chunks, c => Assert.False(char.IsHighSurrogate(c.Text[^1])));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(64)]
    public void Tiny_buffers_still_make_progress_over_mixed_text(int chunkSize)
    {
        var text = "Talks in Nairobi ended. ((( Kenya’s envoy 😀 met Gen. Otieno.\n\nNext \u0301\u202E paragraph.\0 End";
        var chunks = PlainTextChunker.Read(new StringReader(text), chunkSize).ToList();

        AssertCoversTheText(text, chunks, chunkSize);
    }

    private static void AssertCoversTheText(string text, List<(string Text, long Offset)> chunks, int chunkSize)
    {
        var joined = new StringBuilder();
        foreach (var (chunk, offset) in chunks)
        {
            Assert.Equal(joined.Length, offset);
            Assert.InRange(chunk.Length, 1, chunkSize);
            joined.Append(chunk);
        }

        Assert.Equal(text, joined.ToString());
    }

    // Sentences of news without line breaks, with `insideName` two characters into the "Hassan" of the name.
    internal static (string Text, int NameStart) TextWithNameAt(int insideName, int length)
    {
        string[] sentences =
        [
            "The minister spoke to reporters in Dodoma on Monday. ",
            "Officials said the talks would resume next week. ",
            "Prices rose by three percent in the quarter, the bank said. ",
        ];
        var text = new StringBuilder();
        int i = 0;
        const string Before = "On Tuesday President ";

        // Where "On Tuesday" must start for `insideName` to fall two characters into "Hassan".
        int target = insideName - (Before.Length + "Samia Suluhu ".Length + 2);
        while (text.Length + sentences[i % sentences.Length].Length <= target)
        {
            text.Append(sentences[i++ % sentences.Length]);
        }

        text.Append(' ', target - text.Length);
        text.Append(Before);
        int nameStart = text.Length;
        text.Append(Name).Append(" met the delegation. ");
        while (text.Length < length)
        {
            text.Append(sentences[i++ % sentences.Length]);
        }

        return (text.ToString(), nameStart);
    }
}
