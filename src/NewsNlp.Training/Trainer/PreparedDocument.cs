using NewsNlp.Tokenization;

namespace NewsNlp.Training;

/// <summary>A training document re-tokenized with <see cref="NewsTokenizer"/>, with BILOU gold labels per token.</summary>
internal sealed class PreparedDocument
{
    public PreparedDocument(string text, Token[] tokens, Sentence[] sentences, int[] gold, ulong[]? allowed, int fold)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Gold = gold;
        Allowed = allowed;
        Fold = fold;
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public Sentence[] Sentences { get; }

    public int[] Gold { get; }

    /// <summary>Per token, the labels a partially annotated corpus allows; <see langword="null"/> when fully annotated.</summary>
    public ulong[]? Allowed { get; }

    public int Fold { get; }
}
