using NewsNlp.Tagging;

namespace NewsNlp.Training;

/// <summary>Turns external name lists into gazetteer bits (<see cref="NameListBits"/>) and merges them with the learned ones.</summary>
internal static class NameListGazetteer
{
    public static Dictionary<ulong, ushort> Build(IReadOnlyList<NameList> lists)
    {
        var bits = new Dictionary<ulong, ushort>();
        foreach (var list in lists)
        {
            foreach (var name in list.Names)
            {
                AddName(bits, list.Category, name);
            }
        }

        return bits;
    }

    public static Gazetteer Merge(Gazetteer learned, Dictionary<ulong, ushort> lists)
    {
        var entries = new Dictionary<ulong, ushort>(learned.Count + lists.Count);
        foreach (var (key, value) in learned.Entries)
        {
            entries[key] = value;
        }

        foreach (var (key, value) in lists)
        {
            entries[key] = (ushort)(entries.GetValueOrDefault(key) | value);
        }

        return new Gazetteer(entries);
    }

    /// <summary>Whether a category's names are matched whole, as phrases (<see cref="PhraseLexicon"/>), rather than word by word.</summary>
    public static bool IsPhraseCategory(NameListCategory category) => PhraseCategoryOf(category) is not null;

    /// <summary>The phrase-lexicon category of a name-list category, or null for the categories matched word by word
    /// (places, first names, surnames), which become gazetteer bits instead.</summary>
    /// <remarks>Spelled out rather than computed from the enums' positions: the training enum is public and the core's is
    /// stored in model files, so either can gain a member without shifting the other.</remarks>
    public static PhraseCategory? PhraseCategoryOf(NameListCategory category) => category switch
    {
        NameListCategory.Place or NameListCategory.FirstName or NameListCategory.Surname => null,
        NameListCategory.Company => PhraseCategory.Company,
        NameListCategory.Government => PhraseCategory.Government,
        NameListCategory.International => PhraseCategory.International,
        NameListCategory.Party => PhraseCategory.Party,
        NameListCategory.Armed => PhraseCategory.Armed,
        NameListCategory.University => PhraseCategory.University,
        NameListCategory.Media => PhraseCategory.Media,
        NameListCategory.Person => PhraseCategory.Person,
        NameListCategory.City => PhraseCategory.City,
        NameListCategory.Region => PhraseCategory.Region,
        NameListCategory.Country => PhraseCategory.Country,
        NameListCategory.Demonym => PhraseCategory.Demonym,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown name-list category."),
    };

    /// <summary>Builds the phrase lexicon of the phrase categories' lists.</summary>
    public static PhraseLexicon BuildPhrases(IReadOnlyList<NameList> lists) =>
        PhraseLexicon.Create(lists.Where(static l => IsPhraseCategory(l.Category))
            .SelectMany(static l => l.Names.Select(name => (PhraseCategoryOf(l.Category)!.Value, name))));

    private static void AddName(Dictionary<ulong, ushort> bits, NameListCategory category, string name)
    {
        if (IsPhraseCategory(category))
        {
            return;
        }

        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        bool whole = words.Length == 1;
        ushort bit = category switch
        {
            NameListCategory.Place => whole ? NameListBits.Place : NameListBits.PlacePart,
            NameListCategory.FirstName => NameListBits.FirstName,
            NameListCategory.Surname => NameListBits.Surname,
            _ => throw new ArgumentOutOfRangeException(nameof(category)),
        };

        foreach (var word in words)
        {
            // Lower-case particles ("and" in "Saint Kitts and Nevis", "da") are not evidence of a name.
            if (word.Length < 2 || !char.IsUpper(word[0]))
            {
                continue;
            }

            ulong key = FeatureExtractor.LowerHash(word);
            bits[key] = (ushort)(bits.GetValueOrDefault(key) | bit);
        }
    }
}
