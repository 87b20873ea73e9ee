using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>What a recognition stage sees of one document: the text, its tokens and sentences, and its reference date.</summary>
internal readonly ref struct AnalysisContext
{
    public AnalysisContext(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, DateOnly? referenceDate)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        ReferenceDate = referenceDate;
    }

    public ReadOnlySpan<char> Text { get; }

    public ReadOnlySpan<Token> Tokens { get; }

    public ReadOnlySpan<Sentence> Sentences { get; }

    public DateOnly? ReferenceDate { get; }
}
