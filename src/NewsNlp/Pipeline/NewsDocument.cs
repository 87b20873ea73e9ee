using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Pipeline;

/// <summary>The immutable result of analysing one document.</summary>
public sealed class NewsDocument
{
    internal NewsDocument(string text, string? id, DateOnly? referenceDate, Token[] tokens, Sentence[] sentences, Entity[] entities)
    {
        Text = text;
        Id = id;
        ReferenceDate = referenceDate;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
    }

    /// <summary>Gets the analysed text.</summary>
    public string Text { get; }

    /// <summary>Gets the caller's identifier for the document, if one was given.</summary>
    public string? Id { get; }

    /// <summary>Gets the reference date relative dates were resolved against, if one was given.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>Gets the tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Gets the sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Gets the entity mentions in text order; they never overlap.</summary>
    public IReadOnlyList<Entity> Entities { get; }
}
