using System.Collections.Frozen;

namespace NewsNlp.Tokenization;

/// <summary>Words that keep their trailing period as part of the token, and those that may still end a sentence.</summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> s_abbreviations = FrozenSet.Create(StringComparer.Ordinal,
    [
        // Titles and ranks
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Brig",
        "Rep", "Reps", "Sen", "Sens", "Gov", "Govs", "Pres", "Rev", "Hon", "Fr", "Sr", "Jr", "St", "Supt", "Insp", "Det", "Amb",
        "Atty", "Messrs", "Mme", "Mlle",
        // Companies and organizations
        "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc", "Assn", "Dept", "Univ", "Intl", "Mfg", "Dist", "Govt",
        // Months and days
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // Places and addresses
        "Mt", "Ft", "Ave", "Blvd", "Rd", "Hwy", "Pl", "Sq", "Ste",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo",
        // Latin and references
        "vs", "etc", "al", "approx", "est", "fig", "No", "Nos", "no", "vol", "Vol", "pp", "ca", "cf", "viz",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_abbreviationsLookup = s_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // Abbreviations that often close a sentence ("… based in the U.S. The company …").
    private static readonly FrozenSet<string> s_sentenceFinal = FrozenSet.Create(StringComparer.Ordinal,
    [
        "U.S.", "U.K.", "U.N.", "E.U.", "Inc.", "Corp.", "Ltd.", "Co.", "Cos.", "Bros.", "Plc.", "etc.", "Jr.", "Sr.",
        "a.m.", "p.m.", "A.M.", "P.M.", "D.C.", "L.A.", "N.Y.",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_sentenceFinalLookup = s_sentenceFinal.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (without its period) is a known abbreviation.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word.Length <= 8 && s_abbreviationsLookup.Contains(word);

    /// <summary>Whether the abbreviation token <paramref name="token"/> (with its period) may end a sentence.</summary>
    public static bool MayEndSentence(ReadOnlySpan<char> token) =>
        token.Length <= 8 && s_sentenceFinalLookup.Contains(token);
}
