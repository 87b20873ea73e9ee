using NewsNlp.Tokenization;

namespace NewsNlp.Cli.Input;

/// <summary>Reads plain text as documents: the whole text up to the chunk size (8 M characters by default), else chunks cut
/// where no entity can straddle the cut, so that memory stays bounded on inputs of any size.</summary>
/// <remarks>Each chunk carries its UTF-16 offset in the whole input, so offsets written by the commands are always offsets
/// into the full text. A full buffer is cut, in order of preference, after the last blank line in its second half; else
/// at the start of the last complete sentence that <see cref="SentenceSplitter"/> finds in the buffer's last
/// <see cref="SentenceWindow"/> characters; else between the last two tokens separated by whitespace there, else between
/// any two tokens; only text that is one single token over the whole window is cut at the buffer's end (never inside a
/// surrogate pair).</remarks>
internal static class PlainTextChunker
{
    /// <summary>The largest document <c>extract</c> and <c>tokenize</c> read from plain text (8,388,608 characters); a longer
    /// text is read as several documents, cut as described above.</summary>
    public const int DefaultChunkSize = 8 << 20;

    /// <summary>How much of a full buffer's end is tokenized to find a sentence end: many sentences of news, and cheap
    /// next to analysing the chunk (64 K characters per 8 M).</summary>
    public const int SentenceWindow = 64 << 10;

    // Text is read in blocks of this size; a text that ends before the chunk size is never copied into one large buffer.
    private const int Block = 64 << 10;

    public static IEnumerable<(string Text, long Offset)> Read(TextReader reader, int chunkSize = DefaultChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        var pending = new System.Text.StringBuilder();
        var block = new char[Math.Min(chunkSize, Block)];
        long offset = 0;
        bool atEnd = false;
        while (!atEnd || pending.Length > 0)
        {
            // Fill up to the chunk size; ReadBlock fills the request unless the input ends.
            while (!atEnd && pending.Length < chunkSize)
            {
                int read = reader.ReadBlock(block, 0, Math.Min(block.Length, chunkSize - pending.Length));
                pending.Append(block, 0, read);
                atEnd = read == 0;
            }

            if (pending.Length == 0)
            {
                yield break;
            }

            if (atEnd)
            {
                yield return (pending.ToString(), offset);
                yield break;
            }

            // A full chunk: cut where no entity can straddle the cut, and keep the rest for the next chunk.
            var buffer = new char[pending.Length];
            pending.CopyTo(0, buffer, buffer.Length);
            int cut = FindCut(buffer);
            yield return (new string(buffer, 0, cut), offset);
            offset += cut;
            pending.Clear().Append(buffer, cut, buffer.Length - cut);
        }
    }

    /// <summary>Where to cut a full buffer: always at least one character, never more than its length.</summary>
    internal static int FindCut(ReadOnlySpan<char> text)
    {
        int half = text.Length / 2;
        int paragraph = AfterLastBlankLine(text, half);
        if (paragraph > 0)
        {
            return paragraph;
        }

        int windowStart = Math.Max(half, text.Length - SentenceWindow);
        var window = text[windowStart..];
        var tokens = new List<Token>(window.Length / 4 + 1);
        NewsTokenizer.AppendTokens(window, tokens);
        var tokenSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        int cut = AtLastSentenceStart(window, tokenSpan);
        if (cut < 0)
        {
            cut = AtLastTokenBoundary(tokenSpan);
        }

        if (cut > 0)
        {
            return windowStart + cut;
        }

        int end = char.IsHighSurrogate(text[^1]) ? text.Length - 1 : text.Length;
        return end > 0 ? end : text.Length;
    }

    // The index just after the last line break that ends a blank line ("\n", spaces or tabs or "\r", "\n") at or after
    // `from`, or -1.
    private static int AfterLastBlankLine(ReadOnlySpan<char> text, int from)
    {
        for (int i = text.Length - 1; i > from; i--)
        {
            if (text[i] != '\n')
            {
                continue;
            }

            int j = i - 1;
            while (j >= from && text[j] is ' ' or '\t' or '\r')
            {
                j--;
            }

            if (j >= from && text[j] == '\n')
            {
                return i + 1;
            }

            i = j + 1;
        }

        return -1;
    }

    // The window starts at an arbitrary place and ends at the buffer's end, so its first and last tokens may be pieces:
    // a boundary counts only if the sentence before it does not end at the window's first token and the sentence after
    // it has a complete first token (it is not the last sentence, or it has a second token).
    private static int AtLastSentenceStart(ReadOnlySpan<char> window, ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length < 3)
        {
            return -1;
        }

        var sentences = SentenceSplitter.Split(window, tokens);
        for (int k = sentences.Length - 1; k >= 1; k--)
        {
            var sentence = sentences[k];
            if (sentence.FirstToken >= 2 && (k < sentences.Length - 1 || sentence.TokenCount >= 2))
            {
                return sentence.Start;
            }
        }

        return -1;
    }

    // Prefers a gap of whitespace between two tokens; else any place where one token ends and the next begins. Token 0
    // may be a piece of a longer token, so the cut is never right after it.
    private static int AtLastTokenBoundary(ReadOnlySpan<Token> tokens)
    {
        for (int i = tokens.Length - 1; i >= 2; i--)
        {
            if (tokens[i].Start > tokens[i - 1].End)
            {
                return tokens[i].Start;
            }
        }

        return tokens.Length >= 3 ? tokens[^1].Start : -1;
    }
}
