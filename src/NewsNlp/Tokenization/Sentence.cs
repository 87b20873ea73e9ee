namespace NewsNlp.Tokenization;

/// <summary>A sentence: a contiguous run of tokens.</summary>
/// <param name="FirstToken">Index of the sentence's first token in the document's token list.</param>
/// <param name="TokenCount">Number of tokens in the sentence (at least one).</param>
/// <param name="Start">UTF-16 offset of the first character of the first token.</param>
/// <param name="End">UTF-16 offset one past the last character of the last token (exclusive).</param>
public readonly record struct Sentence(int FirstToken, int TokenCount, int Start, int End)
{
    /// <summary>Gets the index one past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
