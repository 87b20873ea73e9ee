using NewsNlp.Entities;

namespace NewsNlp.Training;

/// <summary>Documents from one corpus, with the kinds that corpus annotates.</summary>
/// <remarks>A corpus that does not annotate a kind (CoNLL-2003 has no dates) must not teach the model that such mentions
/// are <c>O</c>: during training its <c>O</c> tokens may take any label of a kind outside <see cref="AnnotatedKinds"/>.</remarks>
public sealed class TrainingCorpus
{
    /// <summary>Initializes a corpus.</summary>
    /// <param name="name">A name for messages.</param>
    /// <param name="documents">The documents.</param>
    /// <param name="annotatedKinds">The kinds the corpus annotates.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public TrainingCorpus(string name, IReadOnlyList<AnnotatedDocument> documents, EntityKindSet annotatedKinds)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(documents);
        Name = name;
        Documents = documents;
        AnnotatedKinds = annotatedKinds;
    }

    /// <summary>Gets the corpus name.</summary>
    public string Name { get; }

    /// <summary>Gets the documents.</summary>
    public IReadOnlyList<AnnotatedDocument> Documents { get; }

    /// <summary>Gets the kinds the corpus annotates.</summary>
    public EntityKindSet AnnotatedKinds { get; }
}
