namespace NewsNlp.Training;

/// <summary>Reads an annotated corpus into documents with character-offset gold mentions.</summary>
/// <remarks>To add a format, implement this interface and add one line to <see cref="CorpusFormats.Create"/>.</remarks>
public interface ICorpusReader
{
    /// <summary>Reads the corpus in <paramref name="path"/>.</summary>
    /// <param name="path">The corpus file (readers may open sibling files).</param>
    /// <param name="mapping">Maps the corpus's entity types to kinds.</param>
    /// <returns>The documents, in corpus order.</returns>
    IEnumerable<AnnotatedDocument> Read(string path, LabelMapping mapping);
}
