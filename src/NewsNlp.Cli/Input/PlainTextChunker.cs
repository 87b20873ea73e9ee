namespace NewsNlp.Cli.Input;

/// <summary>Reads plain text as documents: the whole text when it is small, else paragraph-aligned chunks, so that memory
/// stays bounded on inputs of any size.</summary>
/// <remarks>Each chunk carries its UTF-16 offset in the whole input, so offsets written by the commands are always offsets
/// into the full text.</remarks>
internal static class PlainTextChunker
{
    public const int DefaultChunkSize = 8 << 20;

    public static IEnumerable<(string Text, long Offset)> Read(TextReader reader, int chunkSize = DefaultChunkSize)
    {
        var buffer = new char[chunkSize];
        int filled = 0;
        long offset = 0;
        while (true)
        {
            int read = reader.ReadBlock(buffer, filled, buffer.Length - filled);
            filled += read;
            bool atEnd = read == 0 || filled < buffer.Length;
            if (filled == 0)
            {
                yield break;
            }

            int cut = atEnd ? filled : FindCut(buffer.AsSpan(0, filled));
            yield return (new string(buffer, 0, cut), offset);
            offset += cut;
            Array.Copy(buffer, cut, buffer, 0, filled - cut);
            filled -= cut;
            if (atEnd && filled == 0)
            {
                yield break;
            }
        }
    }

    /// <summary>Prefers a blank line, then a line break, then any whitespace in the second half of the buffer; never splits
    /// a surrogate pair.</summary>
    private static int FindCut(ReadOnlySpan<char> text)
    {
        int half = text.Length / 2;
        int blank = text[half..].LastIndexOf("\n\n");
        if (blank >= 0)
        {
            return half + blank + 2;
        }

        int newline = text[half..].LastIndexOf('\n');
        if (newline >= 0)
        {
            return half + newline + 1;
        }

        for (int i = text.Length - 1; i > half; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i + 1;
            }
        }

        return char.IsHighSurrogate(text[^1]) ? text.Length - 1 : text.Length;
    }
}
