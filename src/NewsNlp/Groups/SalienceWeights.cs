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
        0.9659054f, // InHeadline
        -0.20182274f, // HeadlineFirst
        0.12950344f, // InLead
        0.14779781f, // InFirstSentences
        2.0931048f, // LogMentions
        0.08011393f, // MentionShare
        -1.6863209f, // FirstPosition
        -0.089437895f, // FirstRank
        -1.2161403f, // Spread
        0.24382076f, // Subject
        -0.8478975f, // Acronym
        -2.7189255f, // MarginOnly
        1.0126492f, // NameWords
        0.43602777f, // Person
        0.33260214f, // Organization
        -0.5852311f, // Location
        1.5425552f, // HeadlineWords
        0.08763847f, // AgentEarly
        -0.041328665f, // Agency
        -0.5731552f, // Quoted
        0.7617372f, // PlaceShare
    ];
}
