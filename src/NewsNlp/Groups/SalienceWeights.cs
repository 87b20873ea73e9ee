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
        0.9323564f, // InHeadline
        -0.19686775f, // HeadlineFirst
        0.13090305f, // InLead
        0.16114724f, // InFirstSentences
        2.1050172f, // LogMentions
        0.015485701f, // MentionShare
        -1.6529708f, // FirstPosition
        -0.099278234f, // FirstRank
        -1.1618383f, // Spread
        0.20835362f, // Subject
        -0.87151796f, // Acronym
        -2.8501508f, // MarginOnly
        1.0096462f, // NameWords
        0.35333428f, // Person
        0.27645946f, // Organization
        -0.4807484f, // Location
        1.4451791f, // HeadlineWords
        0.11100201f, // AgentEarly
        -0.05820923f, // Agency
        -0.56710035f, // Quoted
    ];
}
