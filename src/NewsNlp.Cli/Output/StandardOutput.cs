using Microsoft.Win32.SafeHandles;

namespace NewsNlp.Cli.Output;

/// <summary>Standard output as a stream that reports a closed pipe as <see cref="OutputClosedException"/>.</summary>
/// <remarks><see cref="Console.OpenStandardOutput()"/> treats EPIPE as success, so <c>newsnlp extract big.jsonl | head -1</c>
/// would analyse the whole input for nobody. When standard output is a pipe or socket (not seekable), this stream writes
/// to file descriptor 1 through a <see cref="FileStream"/>, which reports EPIPE; a seekable target (a file, /dev/full)
/// keeps the console stream, whose writes go through the shared file offset and report a full disk as an
/// <see cref="IOException"/>; so does a non-blocking pipe, where a closed reader then goes unnoticed. After the first
/// failure every later write and flush is a no-op, so that the disposals that run while the exception unwinds stay
/// quiet.</remarks>
internal sealed class StandardOutput : Stream
{
    // EPIPE on Linux and macOS; .NET puts the errno into IOException.HResult on Unix.
    private const int BrokenPipe = 32;

    private readonly Stream _inner;
    private bool _failed;

    private StandardOutput(Stream inner) => _inner = inner;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <exception cref="IOException">Standard output was closed at launch (<c>&gt;&amp;-</c>).</exception>
    public static StandardOutput Open()
    {
        // With descriptor 1 closed at launch, the runtime's first pipe() may take number 1, read-only: nothing can be
        // written there, and the console stream would fail at the first write with a less helpful message.
        if ((FileDescriptorFlags.Read(1) & FileDescriptorFlags.AccessMode) == FileDescriptorFlags.ReadOnly
            || (OperatingSystem.IsLinux() && Directory.Exists("/proc/self/fd") && new FileInfo("/proc/self/fd/1").LinkTarget is null))
        {
            throw new IOException("standard output is closed; redirect it to a file or a pipe");
        }

        if (!OperatingSystem.IsWindows())
        {
            FileStream? direct = null;
            try
            {
                direct = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);

                // A non-blocking pipe (some parents set O_NONBLOCK) would fail with EAGAIN in the middle of a write; the
                // console stream waits for room instead.
                if (!direct.CanSeek && (FileDescriptorFlags.Read(1) & FileDescriptorFlags.NonBlocking) is null or 0)
                {
                    return new StandardOutput(direct);
                }
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Not a usable descriptor: the console stream below reports what is wrong when it is written.
            }

            direct?.Dispose();
        }

        return new StandardOutput(Console.OpenStandardOutput());
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            _inner.Write(buffer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Fail(ex);
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
        if (_failed)
        {
            return;
        }

        try
        {
            _inner.Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Fail(ex);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (!_failed)
            {
                Flush();
            }

            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private Exception Fail(Exception ex)
    {
        _failed = true;
        return !OperatingSystem.IsWindows() && ex.HResult == BrokenPipe
            ? new OutputClosedException(ex)
            : new IOException($"cannot write standard output: {ex.Message}", ex);
    }
}
