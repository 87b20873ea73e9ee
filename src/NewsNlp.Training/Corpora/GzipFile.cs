using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace NewsNlp.Training;

/// <summary>Opens a file that may be gzip-compressed (its name ends in <c>.gz</c>), checking what the runtime's
/// <see cref="GZipStream"/> does not: that it is gzip at all, and that it is whole.</summary>
/// <remarks><see cref="GZipStream"/> ends quietly at the end of a file cut short, so a truncated <c>.csv.gz</c> would be
/// read as a shorter corpus. The gzip trailer's last four bytes hold the decompressed length (modulo 2^32): at the end of
/// the data the count of bytes read must equal it. A file of several gzip members (concatenated) fails that check too, and
/// is not read.</remarks>
internal static class GzipFile
{
    /// <summary>Opens <paramref name="path"/>, decompressing it when its name ends in <c>.gz</c>.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="Input.InputFormatException">A <c>.gz</c> file does not start like gzip data.</exception>
    public static Stream OpenIfCompressed(string path)
    {
        var file = Input.SideFileReader.OpenFile(path);
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return file;
        }

        try
        {
            Span<byte> magic = stackalloc byte[2];
            Span<byte> trailer = stackalloc byte[4];
            if (file.Length < 18 || file.Read(magic) != 2 || magic[0] != 0x1F || magic[1] != 0x8B)
            {
                throw new Input.InputFormatException(path, 1, 1, "not a gzip file (a .gz file must start with the bytes 1F 8B)");
            }

            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(trailer);
            file.Seek(0, SeekOrigin.Begin);
            return new CheckedStream(new GZipStream(file, CompressionMode.Decompress), BinaryPrimitives.ReadUInt32LittleEndian(trailer));
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Counts the decompressed bytes and compares the count with the trailer at the end of the data.</summary>
    private sealed class CheckedStream(Stream inner, uint expectedLength) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int read = inner.Read(buffer);
            _read += read;
            if (read == 0 && buffer.Length > 0 && (uint)_read != expectedLength)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"the gzip data is cut short or damaged: it gave {_read:N0} bytes, its trailer says {expectedLength:N0}"));
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
