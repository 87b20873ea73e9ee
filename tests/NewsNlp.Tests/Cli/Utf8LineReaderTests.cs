using System.Text;
using NewsNlp.Cli.Input;

namespace NewsNlp.Tests.Cli;

public sealed class Utf8LineReaderTests
{
    [Fact]
    public void Splits_at_newlines_drops_a_carriage_return_and_a_byte_order_mark_and_keeps_a_last_line_without_newline()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("one\r\ntwo\n\nthree")).ToArray();
        var lines = ReadAll(new MemoryStream(bytes), 100);

        Assert.Equal(["1:one", "2:two", "3:", "4:three"], lines);
    }

    [Fact]
    public void A_line_over_the_limit_is_skipped_without_being_held_and_the_next_lines_are_read()
    {
        var text = "short\n" + new string('x', 5_000_000) + "\nafter\n" + new string('y', 1001);
        var stream = new MemoryStream(Encoding.ASCII.GetBytes(text));
        var reader = new Utf8LineReader(stream, 1000);
        var seen = new List<string>();
        while (true)
        {
            var status = reader.Read(out var line, out long length);
            if (status == Utf8LineReader.LineStatus.End)
            {
                break;
            }

            seen.Add($"{reader.LineNumber}:{status}:{length}:{Encoding.ASCII.GetString(line.Span)}");
            Assert.True(reader.Capacity <= 1001, $"held {reader.Capacity} bytes for a 1000-byte limit");
        }

        Assert.Equal(["1:Line:5:short", "2:TooLong:5000000:", "3:Line:5:after", "4:TooLong:1001:"], seen);
    }

    [Fact]
    public void A_line_of_exactly_the_limit_is_accepted()
    {
        var lines = ReadAll(new MemoryStream(Encoding.ASCII.GetBytes(new string('a', 64) + "\n" + new string('b', 65) + "\nc")), 64);

        Assert.Equal(["1:" + new string('a', 64), "3:c"], lines);
    }

    [Fact]
    public void A_stream_that_returns_one_byte_at_a_time_gives_the_same_lines()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"a\":1}\r\n\n{\"b\":2}\n")).ToArray();

        Assert.Equal(["1:{\"a\":1}", "2:", "3:{\"b\":2}"], ReadAll(new TrickleStream(bytes), 100));
    }

    [Fact]
    public void A_utf16_byte_order_mark_is_refused()
    {
        var reader = new Utf8LineReader(new MemoryStream([0xFF, 0xFE, (byte)'{', 0]), 100);

        var error = Assert.Throws<IOException>(() => reader.Read(out _, out _));
        Assert.Contains("UTF-8", error.Message);
    }

    private static List<string> ReadAll(Stream stream, int maxLineBytes)
    {
        var reader = new Utf8LineReader(stream, maxLineBytes);
        var lines = new List<string>();
        while (reader.Read(out var line, out _) is var status && status != Utf8LineReader.LineStatus.End)
        {
            if (status == Utf8LineReader.LineStatus.Line)
            {
                lines.Add($"{reader.LineNumber}:{Encoding.UTF8.GetString(line.Span)}");
            }
        }

        return lines;
    }

    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
