using NewsNlp.Tokenization;

namespace NewsNlp.Recognition;

/// <summary>What a recognition stage sees of one document: the text, its tokens and sentences, its reference date, and the
/// caller's cancellation token, which long stages check every few thousand tokens.</summary>
internal readonly ref struct AnalysisContext
{
    public AnalysisContext(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, DateOnly? referenceDate, CancellationToken cancellationToken = default)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        ReferenceDate = referenceDate;
        CancellationToken = cancellationToken;
    }

    public ReadOnlySpan<char> Text { get; }

    public ReadOnlySpan<Token> Tokens { get; }

    public ReadOnlySpan<Sentence> Sentences { get; }

    public DateOnly? ReferenceDate { get; }

    public CancellationToken CancellationToken { get; }
}
