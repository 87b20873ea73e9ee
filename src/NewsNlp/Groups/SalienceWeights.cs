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
        0.98473436f, // InHeadline
        -0.2534803f, // HeadlineFirst
        0.1727375f, // InLead
        0.13322176f, // InFirstSentences
        1.6351635f, // LogMentions
        0.25959814f, // MentionShare
        -1.6090807f, // FirstPosition
        -0.20428096f, // FirstRank
        -1.0091474f, // Spread
        0.21865639f, // Subject
        -1.0834634f, // Acronym
        -3.1823664f, // MarginOnly
        2.0630538f, // NameWords
        0.25136396f, // Person
        0.20560311f, // Organization
        -0.35197297f, // Location
    ];
}
