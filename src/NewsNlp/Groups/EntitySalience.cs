using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Groups;

/// <summary>The salience of a document's entity groups: how much the story is about each, computed on first request.</summary>
/// <remarks>
/// Each group's score is a weighted sum of its <see cref="SalienceFeatures"/> (<see cref="SalienceWeights"/>); the
/// saliences are the softmax of the scores over the document's groups, so they lie in (0, 1] and sum to 1 for a document
/// with groups. Linear in the number of mentions. Thread-safe: two threads may both compute the values, which are equal.
/// </remarks>
internal sealed class EntitySalience
{
    private readonly string _text;
    private readonly Sentence[] _sentences;
    private readonly Entity[] _mentions;
    private readonly int[] _groupOf;
    private readonly EntityKind[] _groupKinds;
    private float[]? _values;

    /// <param name="text">The document text.</param>
    /// <param name="sentences">The document's sentences.</param>
    /// <param name="mentions">The document's mentions in text order.</param>
    /// <param name="groupOf">Each mention's group, or a negative number for none.</param>
    /// <param name="groupKinds">Each group's kind.</param>
    public EntitySalience(string text, Sentence[] sentences, Entity[] mentions, int[] groupOf, EntityKind[] groupKinds)
    {
        _text = text;
        _sentences = sentences;
        _mentions = mentions;
        _groupOf = groupOf;
        _groupKinds = groupKinds;
    }

    /// <summary>The salience of group <paramref name="group"/>.</summary>
    public float Of(int group)
    {
        var values = Volatile.Read(ref _values);
        if (values is null)
        {
            Interlocked.CompareExchange(ref _values, Compute(_text, _sentences, _mentions, _groupOf, _groupKinds, SalienceWeights.Values), null);
            values = _values!;
        }

        return values[group];
    }

    /// <summary>The saliences of the groups under <paramref name="weights"/>.</summary>
    public static float[] Compute(ReadOnlySpan<char> text, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<Entity> mentions, ReadOnlySpan<int> groupOf,
        ReadOnlySpan<EntityKind> groupKinds, ReadOnlySpan<float> weights)
    {
        int groups = groupKinds.Length;
        var features = new float[groups * SalienceFeatures.Count];
        SalienceFeatures.Compute(text, sentences, mentions, groupOf, groupKinds, features);
        var values = new float[groups];
        Softmax(features, weights, values);
        return values;
    }

    /// <summary>Scores each row of <paramref name="features"/> with <paramref name="weights"/> and turns the scores into
    /// shares that sum to 1 (the largest score subtracted first, so no score overflows).</summary>
    public static void Softmax(ReadOnlySpan<float> features, ReadOnlySpan<float> weights, Span<float> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        float max = float.NegativeInfinity;
        for (int g = 0; g < values.Length; g++)
        {
            var row = features.Slice(g * SalienceFeatures.Count, SalienceFeatures.Count);
            float score = 0;
            for (int f = 0; f < row.Length; f++)
            {
                score += row[f] * weights[f];
            }

            values[g] = score;
            max = Math.Max(max, score);
        }

        double sum = 0;
        for (int g = 0; g < values.Length; g++)
        {
            values[g] = MathF.Exp(values[g] - max);
            sum += values[g];
        }

        for (int g = 0; g < values.Length; g++)
        {
            values[g] = (float)(values[g] / sum);
        }
    }
}
