namespace NewsNlp.Training;

/// <summary>A document with its gold entity mentions, as produced by the corpus readers.</summary>
/// <remarks>Corpus tokens are joined into plain text; training and evaluation tokenize that text again with
/// <see cref="Tokenization.NewsTokenizer"/>, so that what the model learns matches what it sees at inference time.</remarks>
public sealed class AnnotatedDocument
{
    /// <summary>Initializes a document.</summary>
    /// <param name="id">An identifier for messages (file and position).</param>
    /// <param name="text">The text.</param>
    /// <param name="entities">The gold mentions, inside the text and not overlapping.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A mention is empty or outside the text.</exception>
    public AnnotatedDocument(string id, string text, IReadOnlyList<GoldEntity> entities)
        : this(id, text, entities, [], null)
    {
    }

    /// <summary>Initializes a document with regions whose predictions are not scored, and a reference date.</summary>
    /// <param name="id">An identifier for messages (file and position).</param>
    /// <param name="text">The text.</param>
    /// <param name="entities">The gold mentions, inside the text and not overlapping.</param>
    /// <param name="ignored">Character ranges (end exclusive) where a prediction counts neither as right nor as wrong:
    /// names of kinds the set does not annotate.</param>
    /// <param name="referenceDate">The document's date, for relative dates; or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A mention or region is empty or outside the text.</exception>
    public AnnotatedDocument(string id, string text, IReadOnlyList<GoldEntity> entities, IReadOnlyList<(int Start, int End)> ignored, DateOnly? referenceDate)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            if (entity.Start < 0 || entity.End <= entity.Start || entity.End > text.Length)
            {
                throw new ArgumentException($"Entity [{entity.Start}..{entity.End}) of document {id} is empty or outside its text.", nameof(entities));
            }
        }

        ArgumentNullException.ThrowIfNull(ignored);
        foreach (var (start, end) in ignored)
        {
            if (start < 0 || end <= start || end > text.Length)
            {
                throw new ArgumentException($"Ignored region [{start}..{end}) of document {id} is empty or outside its text.", nameof(ignored));
            }
        }

        Id = id;
        Text = text;
        Entities = entities;
        Ignored = ignored;
        ReferenceDate = referenceDate;
    }

    /// <summary>Gets the character ranges whose overlapping predictions are not scored (empty for most corpora).</summary>
    public IReadOnlyList<(int Start, int End)> Ignored { get; }

    /// <summary>Gets the document's date, or <see langword="null"/> when the corpus gives none.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>Gets the document identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the document text.</summary>
    public string Text { get; }

    /// <summary>Gets the gold mentions.</summary>
    public IReadOnlyList<GoldEntity> Entities { get; }
}
