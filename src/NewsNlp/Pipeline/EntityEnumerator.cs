using NewsNlp.Entities;
using NewsNlp.Recognition;
using NewsNlp.Tokenization;

namespace NewsNlp.Pipeline;

/// <summary>Enumerates the entities of a span of text, reusing per-thread buffers.</summary>
/// <remarks>Returned by <see cref="NewsPipeline.EnumerateEntities(ReadOnlySpan{char})"/>. The analysis runs on the first
/// <see cref="MoveNext"/>; a <c>foreach</c> disposes the enumerator, which gives its buffers back. Amortized allocation-free
/// for names (date values are strings).</remarks>
public ref struct EntityEnumerator
{
    private readonly NewsPipeline _pipeline;
    private readonly ReadOnlySpan<char> _text;
    private readonly DateOnly? _referenceDate;
    private AnalysisScratch? _scratch;
    private int _index;

    internal EntityEnumerator(NewsPipeline pipeline, ReadOnlySpan<char> text, DateOnly? referenceDate)
    {
        _pipeline = pipeline;
        _text = text;
        _referenceDate = referenceDate;
        _scratch = null;
        _index = -1;
    }

    /// <summary>Gets the entity at the current position.</summary>
    public readonly EntitySpan Current => _scratch!.Entities[_index];

    /// <summary>Returns this enumerator, so that it can be used in a <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly EntityEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next entity, analysing the text on the first call.</summary>
    /// <returns><see langword="true"/> while there is an entity.</returns>
    public bool MoveNext()
    {
        if (_pipeline is null)
        {
            return false;
        }

        if (_scratch is null)
        {
            _scratch = AnalysisScratch.Rent();
            NewsTokenizer.AppendTokens(_text, _scratch.Tokens);
            _pipeline.Run(_text, _referenceDate, _scratch);
        }

        return ++_index < _scratch.Entities.Count;
    }

    /// <summary>Gives the enumerator's buffers back to the thread's cache.</summary>
    public void Dispose()
    {
        if (_scratch is not null)
        {
            AnalysisScratch.Return(_scratch);
            _scratch = null;
        }
    }
}
