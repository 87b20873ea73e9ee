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
        0.9520564f, // InHeadline
        -0.15346034f, // HeadlineFirst
        0.1472996f, // InLead
        0.13541359f, // InFirstSentences
        2.2028491f, // LogMentions
        -0.26451916f, // MentionShare
        -1.6143436f, // FirstPosition
        -0.1265221f, // FirstRank
        -0.9956263f, // Spread
        0.17038482f, // Subject
        -0.92090124f, // Acronym
        -2.9456856f, // MarginOnly
        1.1282798f, // NameWords
        0.35919538f, // Person
        0.2530723f, // Organization
        -0.46355847f, // Location
        1.4104098f, // HeadlineWords
        0.32791f, // Nominals
        0.12141789f, // AgentEarly
        -0.08693983f, // Agency
        -0.6552484f, // Quoted
    ];
}
