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
        0.9474689f, // InHeadline
        -0.21385533f, // HeadlineFirst
        0.13959523f, // InLead
        0.18542539f, // InFirstSentences
        2.1052904f, // LogMentions
        -0.0017066665f, // MentionShare
        -1.5542574f, // FirstPosition
        -0.11204916f, // FirstRank
        -1.1397521f, // Spread
        0.2075042f, // Subject
        -0.8748194f, // Acronym
        -2.8448591f, // MarginOnly
        1.0321561f, // NameWords
        0.35044673f, // Person
        0.27788603f, // Organization
        -0.48015794f, // Location
        1.322668f, // HeadlineWords
        0.11790685f, // AgentEarly
        -0.06139943f, // Agency
        -0.5645828f, // Quoted
    ];
}
