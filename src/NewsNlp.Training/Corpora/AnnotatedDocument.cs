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

        Id = id;
        Text = text;
        Entities = entities;
    }

    /// <summary>Gets the document identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the document text.</summary>
    public string Text { get; }

    /// <summary>Gets the gold mentions.</summary>
    public IReadOnlyList<GoldEntity> Entities { get; }
}
