namespace NewsNlp.Cli.Input;

/// <summary>A line reader over another reader that blanks the lines outside one <see cref="Shard"/>.</summary>
/// <remarks>Only <see cref="ReadLine"/> is supported: a consumer that read characters would bypass the shard, so the
/// character reads throw instead of silently returning every line.</remarks>
internal sealed class ShardLineReader(TextReader inner, Shard shard) : TextReader
{
    private long _lineIndex;

    public override string? ReadLine()
    {
        var line = inner.ReadLine();
        if (line is null)
        {
            return null;
        }

        return shard.Includes(_lineIndex++) ? line : string.Empty;
    }

    public override int Peek() => throw new NotSupportedException("A sharded input is read line by line.");

    public override int Read() => throw new NotSupportedException("A sharded input is read line by line.");

    public override int Read(char[] buffer, int index, int count) => throw new NotSupportedException("A sharded input is read line by line.");

    public override int Read(Span<char> buffer) => throw new NotSupportedException("A sharded input is read line by line.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
