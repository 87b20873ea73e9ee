using System.Text;
using NewsNlp.Input;

namespace NewsNlp.Tests.Input;

/// <summary>The one line reader of every side file: lines as <see cref="TextReader.ReadLine"/> splits them, and a line over
/// the limit stops the read with its line number, after holding at most the limit.</summary>
public sealed class SideFileReaderTests
{
    [Fact]
    public void Lines_end_at_newline_carriage_return_or_both()
    {
        using var reader = new SideFileReader(new StringReader("a\nbb\r\nccc\rd\n\nlast"), "t");
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        Assert.Equal(["a", "bb", "ccc", "d", "", "last"], lines);
        Assert.Equal(6, reader.LineNumber);
    }

    [Fact]
    public void A_carriage_return_and_newline_split_across_reads_end_one_line()
    {
        string text = new string('x', (1 << 14) - 1) + "\r\nnext\n";
        using var reader = new SideFileReader(new StringReader(text), "t");

        Assert.Equal((1 << 14) - 1, reader.ReadLine()!.Length);
        Assert.Equal("next", reader.ReadLine());
        Assert.Null(reader.ReadLine());
    }

    [Fact]
    public void An_endless_line_fails_at_the_limit_with_its_line_number()
    {
        using var reader = new SideFileReader(new StreamReader(new EndlessZeros()), "zero", maxLineChars: 100_000);

        var error = Assert.Throws<InputFormatException>(() => reader.ReadLine());

        Assert.Equal("zero", error.SourceName);
        Assert.Equal(1, error.LineNumber);
        Assert.Equal(100_001, error.Column);
        Assert.Contains("longer than 100,000 characters", error.Reason);
    }

    [Fact]
    public void A_line_of_exactly_the_limit_is_read()
    {
        using var reader = new SideFileReader(new StringReader(new string('a', 1000) + "\n" + new string('b', 1001)), "t", maxLineChars: 1000);

        Assert.Equal(1000, reader.ReadLine()!.Length);
        var error = Assert.Throws<InputFormatException>(() => reader.ReadLine());
        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public void A_utf16_file_is_refused_and_a_utf8_byte_order_mark_is_skipped()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "Accra\tLOC\n", Encoding.Unicode);
            var error = Assert.Throws<InputFormatException>(() => SideFileReader.Open(path));
            Assert.Contains("UTF-16", error.Reason);

            File.WriteAllText(path, "Accra\tLOC\n", new UTF8Encoding(true));
            using var reader = SideFileReader.Open(path);
            Assert.Equal("Accra\tLOC", reader.ReadLine());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Quoted_input_is_short_and_printable()
    {
        Assert.Equal("'a\\u0000b\\u001b'", Quoted.Text("a\0b\u001b"));
        Assert.Equal("'" + new string('k', Quoted.MaxLength) + "…'", Quoted.Text(new string('k', 1_000_000)));
        Assert.Equal("'\\ud800x'", Quoted.Text("\ud800x"));
    }

    /// <summary>A stream of NUL bytes that never ends, like /dev/zero.</summary>
    private sealed class EndlessZeros : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
