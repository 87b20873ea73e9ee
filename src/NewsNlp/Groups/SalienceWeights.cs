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
        0.9408973f, // InHeadline
        -0.2023301f, // HeadlineFirst
        0.12959358f, // InLead
        0.16104347f, // InFirstSentences
        2.1066186f, // LogMentions
        0.023115134f, // MentionShare
        -1.6472026f, // FirstPosition
        -0.098275214f, // FirstRank
        -1.1699748f, // Spread
        0.20964062f, // Subject
        -0.8722563f, // Acronym
        -2.8439987f, // MarginOnly
        1.0053517f, // NameWords
        0.35300422f, // Person
        0.27758685f, // Organization
        -0.48121753f, // Location
        1.4579064f, // HeadlineWords
        0.11395835f, // AgentEarly
        -0.060354874f, // Agency
        -0.5671284f, // Quoted
    ];
}
