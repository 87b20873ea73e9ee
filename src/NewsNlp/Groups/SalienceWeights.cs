namespace NewsNlp.Groups;

/// <summary>The weights of <see cref="SalienceFeatures"/> in the salience score, one per feature in feature order.</summary>
/// <remarks>Written by <c>newsnlp fit-salience</c>: do not edit, fit again (docs/salience.md). A softmax over each
/// document's groups, fitted to the annotated salient entities with an L2 penalty.
/// Fitted on 458 texts of news-train/set, gold mentions.</remarks>
internal static class SalienceWeights
{
    /// <summary>The weights.</summary>
    public static ReadOnlySpan<float> Values =>
    [
        0.972074f, // InHeadline
        -0.21459584f, // HeadlineFirst
        0.15317263f, // InLead
        0.19216397f, // InFirstSentences
        2.1234462f, // LogMentions
        -0.12309725f, // MentionShare
        -1.530606f, // FirstPosition
        -0.124894455f, // FirstRank
        -1.0677617f, // Spread
        0.20087907f, // Subject
        -0.88307756f, // Acronym
        -2.8838675f, // MarginOnly
        1.0729152f, // NameWords
        0.34651136f, // Person
        0.26810816f, // Organization
        -0.46800527f, // Location
        1.2916397f, // HeadlineWords
        0.12615576f, // AgentEarly
        -0.07669972f, // Agency
        -0.57366925f, // Quoted
    ];
}
