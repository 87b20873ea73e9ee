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
        0.96571916f, // InHeadline
        -0.21584646f, // HeadlineFirst
        0.14814721f, // InLead
        0.1926491f, // InFirstSentences
        2.1736593f, // LogMentions
        -0.1658435f, // MentionShare
        -1.524265f, // FirstPosition
        -0.124436945f, // FirstRank
        -1.0973902f, // Spread
        0.20609f, // Subject
        -0.8843122f, // Acronym
        -2.8760633f, // MarginOnly
        1.0631889f, // NameWords
        0.3420891f, // Person
        0.27103996f, // Organization
        -0.46719334f, // Location
        1.2946688f, // HeadlineWords
        0.12904f, // AgentEarly
        -0.077525236f, // Agency
        -0.55603695f, // Quoted
    ];
}
