using System.Text;

namespace NewsNlp.Cli.Input;

/// <summary>A decoder fallback that replaces each invalid UTF-8 sequence with U+FFFD, as the default one does, and counts
/// the replacements so that the command can warn about them.</summary>
internal sealed class InvalidUtf8Counter : DecoderFallback
{
    private long _count;

    /// <summary>The number of invalid sequences replaced so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    public override int MaxCharCount => 1;

    /// <summary>A UTF-8 encoding (BOM recognized, none required) that reports its replacements to this counter.</summary>
    public Encoding CreateEncoding()
    {
        var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).Clone();
        encoding.DecoderFallback = this;
        return encoding;
    }

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(InvalidUtf8Counter owner) : DecoderFallbackBuffer
    {
        private int _remaining;

        public override int Remaining => _remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            Interlocked.Increment(ref owner._count);
            _remaining = 1;
            return true;
        }

        public override char GetNextChar()
        {
            if (_remaining == 0)
            {
                return '\0';
            }

            _remaining--;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (_remaining != 0)
            {
                return false;
            }

            _remaining = 1;
            return true;
        }

        public override void Reset() => _remaining = 0;
    }
}
