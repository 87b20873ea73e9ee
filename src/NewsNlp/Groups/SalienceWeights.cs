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
        0.96634763f, // InHeadline
        -0.2157147f, // HeadlineFirst
        0.14798574f, // InLead
        0.19271742f, // InFirstSentences
        2.1702383f, // LogMentions
        -0.1666842f, // MentionShare
        -1.5271249f, // FirstPosition
        -0.12445009f, // FirstRank
        -1.090279f, // Spread
        0.20575319f, // Subject
        -0.88273865f, // Acronym
        -2.876918f, // MarginOnly
        1.0594654f, // NameWords
        0.3421854f, // Person
        0.2710994f, // Organization
        -0.46737215f, // Location
        1.2954333f, // HeadlineWords
        0.12869729f, // AgentEarly
        -0.07715067f, // Agency
        -0.55466944f, // Quoted
    ];
}
