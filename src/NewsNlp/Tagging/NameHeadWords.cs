namespace NewsNlp.Tagging;

/// <summary>Words that decide the kind of the name they open, whatever the rest of the name looks like.</summary>
/// <remarks>The training news (1990s Reuters, 2000s VOA) rarely shows transliterated group names, so their Arabic, Persian
/// and Urdu designators (<c>Jaish</c> "army", <c>Harakat</c> "movement", <c>Hizb</c> "party") are unknown words to the
/// tagger, which then reads <c>Jaish al-Adl</c> like <c>Abu Musab al-Zarqawi</c>. These designators are to such names what
/// <c>Army</c>, <c>Movement</c> and <c>Party</c> are to English ones.</remarks>
internal static class NameHeadWords
{
    private static readonly HashSet<ulong> s_organizationDesignators = Create(
    [
        "jaish", "jaysh", "lashkar", "harakat", "harkat", "hizb", "hezb", "jamaat", "jamiat", "jamaah", "jemaah", "tehreek",
        "tehrik", "tahrik", "jabhat", "ansar", "kataib", "kata'ib", "liwa", "tanzim", "sipah", "sepah", "ittehad", "ittihad",
        "majlis", "hay'at", "tayyar", "harakah", "jund", "saraya",
    ]);

    // "Operation Desert Storm", "Exercise Cope Thunder": military operation and exercise names are MISC in the CoNLL
    // and GMB conventions, with the opening word included.
    private static readonly HashSet<ulong> s_eventOpeners = Create(["operation", "exercise"]);

    /// <summary>Whether the word (lower-case hash) opens the name of an organization.</summary>
    public static bool IsOrganizationDesignator(ulong lowerHash) => s_organizationDesignators.Contains(lowerHash);

    /// <summary>Whether the capitalized word (lower-case hash) before a name makes the two an operation or exercise name.</summary>
    public static bool IsEventOpener(ulong lowerHash) => s_eventOpeners.Contains(lowerHash);

    private static HashSet<ulong> Create(string[] words)
    {
        var set = new HashSet<ulong>(words.Length);
        foreach (var word in words)
        {
            set.Add(FeatureExtractor.LowerHash(word));
        }

        return set;
    }
}
