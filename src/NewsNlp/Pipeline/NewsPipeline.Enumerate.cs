namespace NewsNlp.Pipeline;

public sealed partial class NewsPipeline
{
    /// <summary>Enumerates the entities of <paramref name="text"/> without building a document.</summary>
    /// <param name="text">The text to analyse.</param>
    /// <returns>An enumerator of entity spans in text order; dispose it (a <c>foreach</c> does) to recycle its buffers.</returns>
    /// <remarks>Amortized allocation-free for names: buffers are reused per thread.</remarks>
    public EntityEnumerator EnumerateEntities(ReadOnlySpan<char> text) => new(this, text, null);

    /// <summary>Enumerates the entities of <paramref name="text"/>, resolving relative dates against <paramref name="referenceDate"/>.</summary>
    /// <param name="text">The text to analyse.</param>
    /// <param name="referenceDate">The document's date.</param>
    /// <returns>An enumerator of entity spans in text order; dispose it (a <c>foreach</c> does) to recycle its buffers.</returns>
    public EntityEnumerator EnumerateEntities(ReadOnlySpan<char> text, DateOnly referenceDate) => new(this, text, referenceDate);
}
