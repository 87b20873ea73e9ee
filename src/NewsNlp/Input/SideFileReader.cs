using System.Globalization;
using System.Text;

namespace NewsNlp.Input;

/// <summary>Reads the lines of a side file (a dictionary, a pattern file, annotated data) holding at most
/// <see cref="MaxLineChars"/> characters of one line, whatever the file holds.</summary>
/// <remarks>Lines end at <c>\n</c>, <c>\r\n</c> or <c>\r</c>, as <see cref="TextReader.ReadLine"/> reads them. A line
/// longer than the limit stops the read with an <see cref="InputFormatException"/> as soon as the limit is passed, so
/// <c>--dictionary /dev/zero</c> fails after 16 M characters instead of filling the memory. Files are UTF-8: a UTF-8
/// byte-order mark is skipped, a UTF-16 or UTF-32 one is an error.</remarks>
internal sealed class SideFileReader : IDisposable
{
    /// <summary>The longest line of a side file, in UTF-16 code units (16,777,216): far beyond any dictionary entry, pattern
    /// or annotated document line, and small enough that holding it costs 32 MB.</summary>
    public const int MaxLineChars = 1 << 24;

    private readonly TextReader _reader;
    private readonly int _maxLineChars;
    private readonly char[] _buffer = new char[1 << 14];
    private char[] _line = new char[256];
    private int _position;
    private int _length;
    private bool _ended;

    /// <summary>Reads lines from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text; disposed with this reader.</param>
    /// <param name="sourceName">The name errors report.</param>
    /// <param name="maxLineChars">The longest line accepted.</param>
    public SideFileReader(TextReader reader, string sourceName, int maxLineChars = MaxLineChars)
    {
        _reader = reader;
        SourceName = sourceName;
        _maxLineChars = maxLineChars;
    }

    /// <summary>Gets the name errors report.</summary>
    public string SourceName { get; }

    /// <summary>Gets the 1-based number of the line last read.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Opens a UTF-8 file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="sourceName">The name errors report; default: <paramref name="path"/>.</param>
    /// <exception cref="IOException">The file cannot be opened (missing, a directory, no permission).</exception>
    /// <exception cref="InputFormatException">The file starts with a UTF-16 or UTF-32 byte-order mark.</exception>
    public static SideFileReader Open(string path, string? sourceName = null) => new(OpenText(path, sourceName), sourceName ?? path);

    /// <summary>Opens a UTF-8 file as text, checking that it is a readable file and not UTF-16 or UTF-32.</summary>
    /// <param name="path">The file.</param>
    /// <param name="sourceName">The name errors report; default: <paramref name="path"/>.</param>
    /// <exception cref="IOException">The file cannot be opened (missing, a directory, no permission).</exception>
    /// <exception cref="InputFormatException">The file starts with a UTF-16 or UTF-32 byte-order mark.</exception>
    public static TextReader OpenText(string path, string? sourceName = null) => OpenText(OpenFile(path), sourceName ?? path);

    /// <summary>Reads a stream as UTF-8 text (a UTF-8 byte-order mark is skipped; a UTF-16 or UTF-32 one is an error).</summary>
    /// <param name="stream">The bytes; disposed with the reader.</param>
    /// <param name="sourceName">The name errors report.</param>
    /// <exception cref="InputFormatException">The stream starts with a UTF-16 or UTF-32 byte-order mark.</exception>
    public static TextReader OpenText(Stream stream, string sourceName)
    {
        // The reader looks at the byte-order mark on its first read; Peek makes it read now.
        var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 14);
        try
        {
            reader.Peek();
        }
        catch (InvalidDataException ex)
        {
            reader.Dispose();
            throw new InputFormatException(sourceName, 1, 1, ex.Message);
        }
        catch
        {
            reader.Dispose();
            throw;
        }

        if (reader.CurrentEncoding is not UTF8Encoding)
        {
            reader.Dispose();
            throw new InputFormatException(sourceName, 1, 1, "the file is UTF-16 or UTF-32; it must be UTF-8");
        }

        return reader;
    }

    /// <summary>Opens a file for reading, with messages fit for a user.</summary>
    /// <exception cref="IOException">The path names a directory or a file that cannot be opened.</exception>
    public static FileStream OpenFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new IOException($"cannot read {path}: it is a directory, not a file");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new IOException($"cannot read {path}: permission denied", ex);
        }
    }

    /// <summary>Reads a whole text file of at most <paramref name="maxChars"/> characters.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="InputFormatException">The file is longer, or UTF-16 or UTF-32.</exception>
    public static string ReadAll(string path, int maxChars)
    {
        using var reader = OpenText(path);
        var text = new StringBuilder();
        var buffer = new char[1 << 14];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + read > maxChars)
            {
                throw new InputFormatException(path, 1, 1, string.Create(CultureInfo.InvariantCulture, $"the file holds more than {maxChars:N0} characters"));
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    /// <summary>Reads the next line, or returns <see langword="null"/> at the end.</summary>
    /// <exception cref="InputFormatException">The line is longer than the limit.</exception>
    public string? ReadLine()
    {
        int length = 0;
        bool any = false;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                if (!any)
                {
                    return null;
                }

                break;
            }

            any = true;
            var chunk = _buffer.AsSpan(_position, _length - _position);
            int end = chunk.IndexOfAny('\r', '\n');
            int take = end < 0 ? chunk.Length : end;
            Append(chunk[..take], ref length);
            _position += take;
            if (end < 0)
            {
                continue;
            }

            char terminator = _buffer[_position++];
            if (terminator == '\r' && (_position < _length || Fill()) && _buffer[_position] == '\n')
            {
                _position++;
            }

            break;
        }

        LineNumber++;
        return new string(_line, 0, length);
    }

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();

    private void Append(ReadOnlySpan<char> chars, ref int length)
    {
        if (length + chars.Length > _maxLineChars)
        {
            throw new InputFormatException(SourceName, LineNumber + 1, _maxLineChars + 1,
                string.Create(CultureInfo.InvariantCulture, $"the line is longer than {_maxLineChars:N0} characters, the limit for a line of this file"));
        }

        if (length + chars.Length > _line.Length)
        {
            Array.Resize(ref _line, (int)Math.Min(Math.Max((long)_line.Length * 2, length + chars.Length), _maxLineChars));
        }

        chars.CopyTo(_line.AsSpan(length));
        length += chars.Length;
    }

    private bool Fill()
    {
        if (_ended)
        {
            return false;
        }

        _position = 0;
        try
        {
            _length = _reader.Read(_buffer, 0, _buffer.Length);
        }
        catch (InvalidDataException ex)
        {
            // Compressed data that is damaged or cut short.
            throw new InputFormatException(SourceName, LineNumber + 1, 1, ex.Message);
        }

        _ended = _length == 0;
        return !_ended;
    }
}
