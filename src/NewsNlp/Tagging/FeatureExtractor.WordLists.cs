namespace NewsNlp.Tagging;

/// <content>Word lists: titles and honorifics, nouns whose possessive is part of names, connectors of transliterated
/// compound names, title-case function words and dependent tails (<c>-based</c>, <c>-led</c>); and the queries on them.</content>
internal static partial class FeatureExtractor
{
    private static readonly HashSet<ulong> s_titles = CreateTitles();

    private static readonly HashSet<ulong> s_honorifics = CreateSet(
    [
        "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "president", "field", "marshal", "lieutenant", "lt.", "colonel", "col.",
        "gen.", "general", "sen.", "senator", "prime", "minister", "ayatollah", "sheikh", "pope", "king", "queen", "prince",
        "princess", "sir", "lady", "lord", "governor", "gov.", "mayor", "ambassador", "admiral", "captain", "capt.", "sergeant",
        "brigadier", "rev.", "cardinal", "archbishop", "chancellor", "premier",
    ]);

    /// <summary>Common nouns whose possessive is part of many names (People’s Party, Children’s Fund, Women’s League).</summary>
    private static readonly HashSet<ulong> s_possessiveNameNouns = CreateSet(
    [
        "people", "children", "women", "men", "worker", "workers", "lord", "veterans", "farmers", "citizens", "martyrs",
        "mothers", "soldiers", "journalists", "writers", "doctors", "students", "teachers", "employees", "peasants", "nations",
    ]);

    /// <summary>Connectors of transliterated compound names (Lashkar-e-Taiba, Hizb-ut-Tahrir, Jaish-al-Adl).</summary>
    private static readonly HashSet<ulong> s_connectors = CreateSet(["e", "i", "o", "ul", "ut", "ud", "ur", "us", "un", "ush", "al", "el", "an", "as"]);

    /// <summary>Short function words that title case leaves in lower case (Join Forces to Crush the Rebels).</summary>
    private static readonly HashSet<ulong> s_minorWords = CreateSet(
    [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "as", "vs", "via", "with", "from",
        "into", "'s", "n't",
    ]);

    /// <summary>Whether the token is a title or honorific (<c>President</c>, <c>Gen.</c>, <c>Marshal</c>).</summary>
    public static bool IsTitle(TaggerBuffers buffers, int index) => s_titles.Contains(buffers.Lower[index]);

    /// <summary>Whether the token is an honorific that only precedes people's names (<c>Mr.</c>, <c>Field Marshal</c>, <c>Gen.</c>).</summary>
    public static bool IsHonorific(TaggerBuffers buffers, int index) => s_honorifics.Contains(buffers.Lower[index]);

    /// <summary>Whether tokens <paramref name="index"/>+1 and +2 are an attached hyphen and a dependent tail such as
    /// <c>-linked</c> or <c>-based</c>, all within <paramref name="end"/>.</summary>
    public static bool HasDependentTail(TaggerBuffers buffers, int index, int end) =>
        index + 2 < end
        && (buffers.Flags[index + 1] & (IsHyphen | AttachedLeft)) == (IsHyphen | AttachedLeft)
        && (buffers.Flags[index + 2] & (AttachedLeft | FirstLower)) == (AttachedLeft | FirstLower)
        && s_dependentTails.Contains(buffers.Lower[index + 2]);

    /// <summary>Whether a lower-case word is a dependent tail of a hyphen compound (<c>based</c>, <c>led</c>, <c>run</c>).</summary>
    public static bool IsDependentTail(ulong lowerHash) => s_dependentTails.Contains(lowerHash);

    private static readonly HashSet<ulong> s_dependentTails = CreateSet(
    [
        "based", "backed", "linked", "led", "born", "made", "owned", "run", "controlled", "funded", "allied", "supported",
        "sponsored", "affiliated", "inspired", "brokered", "dominated", "held", "occupied", "administered", "bound",
    ]);

    private static HashSet<ulong> CreateSet(string[] words)
    {
        var set = new HashSet<ulong>();
        foreach (var word in words)
        {
            set.Add(LowerHash(word));
        }

        return set;
    }

    private static HashSet<ulong> CreateTitles()
    {
        string[] titles =
        [
            "mr.", "mrs.", "ms.", "dr.", "prof.", "sir", "dame", "lord", "lady", "president", "minister", "premier", "chancellor",
            "secretary", "general", "gen.", "senator", "sen.", "rep.", "congressman", "congresswoman", "governor", "gov.", "mayor",
            "field", "king", "queen", "prince", "princess", "pope", "cardinal", "archbishop", "bishop", "rev.", "reverend", "ayatollah",
            "sheikh", "imam", "marshal", "lieutenant", "lt.", "colonel", "col.", "major", "maj.", "captain", "capt.", "admiral",
            "adm.", "commander", "judge", "justice", "ambassador", "envoy", "spokesman", "spokeswoman", "sergeant", "sgt.",
            "brigadier", "emperor", "sultan", "coach", "striker", "goalkeeper", "midfielder", "defender", "chairman", "chief",
            "director", "officer", "analyst", "correspondent", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sen",
        ];
        var set = new HashSet<ulong>();
        foreach (var title in titles)
        {
            set.Add(LowerHash(title));
        }

        return set;
    }
}
