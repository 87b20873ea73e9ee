namespace NewsNlp.Cli.Input;

/// <summary>Splits a byte stream into lines at <c>\n</c> (a trailing <c>\r</c> is dropped) without decoding them, holding at
/// most <c>maxLineBytes</c> of one line in memory.</summary>
/// <remarks>A line longer than the limit is not buffered: as soon as it passes the limit, the reader drops what it holds and
/// skips to the next newline, reporting <see cref="LineStatus.TooLong"/> with the line's full length. Splitting bytes is
/// safe for UTF-8, where byte 0x0A never occurs inside a multi-byte sequence. A UTF-8 byte-order mark at the start is
/// skipped.</remarks>
internal sealed class Utf8LineReader
{
    private const int InitialBuffer = 1 << 16;

    // After a line this large the buffer goes back to its initial size, so one huge line does not stay held.
    private const int ShrinkAbove = 4 << 20;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _scanned;
    private bool _endOfStream;
    private bool _atStart = true;

    public Utf8LineReader(Stream stream, int maxLineBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = new byte[Math.Min(InitialBuffer, maxLineBytes + 1)];
    }

    public enum LineStatus
    {
        /// <summary>A line was read.</summary>
        Line,

        /// <summary>A line longer than the limit was skipped.</summary>
        TooLong,

        /// <summary>The stream has ended.</summary>
        End,
    }

    /// <summary>The bytes held for the current line, at most the limit plus one.</summary>
    internal int Capacity => _buffer.Length;

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Reads the next line.</summary>
    /// <exception cref="IOException">The stream starts with a UTF-16 or UTF-32 byte-order mark.</exception>
    /// <param name="line">The line's bytes, valid until the next call; empty unless <see cref="LineStatus.Line"/>.</param>
    /// <param name="length">The line's length in bytes (also for a skipped line).</param>
    public LineStatus Read(out ReadOnlyMemory<byte> line, out long length)
    {
        line = default;
        while (true)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', _scanned, _end - _scanned);
            if (newline >= 0)
            {
                return Take(newline, newline + 1, out line, out length);
            }

            _scanned = _end;
            if (_end - _start > _maxLineBytes)
            {
                length = SkipRestOfLine();
                LineNumber++;
                return LineStatus.TooLong;
            }

            if (_endOfStream)
            {
                if (_start == _end)
                {
                    length = 0;
                    return LineStatus.End;
                }

                return Take(_end, _end, out line, out length);
            }

            Fill();
        }
    }

    private LineStatus Take(int lineEnd, int next, out ReadOnlyMemory<byte> line, out long length)
    {
        line = default;
        int end = lineEnd > _start && _buffer[lineEnd - 1] == (byte)'\r' ? lineEnd - 1 : lineEnd;
        length = end - _start;
        LineNumber++;
        _atStart = false;
        if (length > _maxLineBytes)
        {
            _start = _scanned = next;
            return LineStatus.TooLong;
        }

        line = _buffer.AsMemory(_start, end - _start);
        _start = _scanned = next;
        return LineStatus.Line;
    }

    // Moves the unread bytes to the front, grows the buffer if they fill it (never beyond the limit plus one byte, enough
    // to see that a line is too long), and reads more.
    private void Fill()
    {
        int pending = _end - _start;
        if (_buffer.Length > ShrinkAbove && pending < InitialBuffer)
        {
            var smaller = new byte[InitialBuffer];
            _buffer.AsSpan(_start, pending).CopyTo(smaller);
            _buffer = smaller;
        }
        else if (pending == _buffer.Length)
        {
            var larger = new byte[(int)Math.Min((long)_buffer.Length * 2, (long)_maxLineBytes + 1)];
            _buffer.AsSpan(_start, pending).CopyTo(larger);
            _buffer = larger;
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        }

        _scanned -= _start;
        _start = 0;
        _end = pending;
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfStream = true;
            return;
        }

        _end += read;
        if (_atStart && _end >= 2)
        {
            CheckByteOrderMark();
        }
    }

    // Runs until the first line is taken: no line has been consumed yet, so the stream's first bytes are at the front.
    private void CheckByteOrderMark()
    {
        if ((_buffer[0] == 0xFF && _buffer[1] == 0xFE) || (_buffer[0] == 0xFE && _buffer[1] == 0xFF) || (_end >= 4 && _buffer[0] == 0 && _buffer[1] == 0 && _buffer[2] == 0xFE && _buffer[3] == 0xFF))
        {
            throw new IOException("the input starts with a UTF-16 or UTF-32 byte-order mark; JSONL input must be UTF-8 (RFC 8259)");
        }

        if (_end >= 3)
        {
            _atStart = false;
            if (_buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _start = 3;
                _scanned = Math.Max(_scanned, 3);
            }
        }
    }

    // Drops the held part of an over-long line and reads on to the byte after its newline; returns the line's length.
    private long SkipRestOfLine()
    {
        long length = _end - _start;
        while (true)
        {
            _start = _scanned = _end = 0;
            if (_endOfStream)
            {
                return length;
            }

            int read = _stream.Read(_buffer, 0, _buffer.Length);
            if (read == 0)
            {
                _endOfStream = true;
                return length;
            }

            int newline = Array.IndexOf(_buffer, (byte)'\n', 0, read);
            if (newline >= 0)
            {
                length += newline > 0 && _buffer[newline - 1] == (byte)'\r' ? newline - 1 : newline;
                _start = _scanned = newline + 1;
                _end = read;
                return length;
            }

            length += read;
        }
    }
}
