namespace NewsNlp.Groups;

/// <summary>The weights of <see cref="SalienceFeatures"/> in the salience score, one per feature in feature order.</summary>
/// <remarks>Fitted on news-train's salient-entity annotations by <c>newsnlp fit-salience</c> (a softmax over each
/// document's groups, gold mentions grouped as the pipeline groups them, L2-regularized); regenerate this file with that
/// command rather than editing it. docs/salience.md gives the figures.</remarks>
internal static class SalienceWeights
{
    /// <summary>The weights.</summary>
    public static ReadOnlySpan<float> Values =>
    [
        0.6f, 0.3f, 0.4f, 0.2f, 1.0f, 0.5f, -1.0f, -0.5f,
        0.2f, 0.2f, 0.3f, -1.0f, 1.5f, 0.3f, 0.1f, -0.4f,
    ];
}
