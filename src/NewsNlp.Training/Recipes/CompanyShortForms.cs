namespace NewsNlp.Training;

/// <summary>The forms news text uses for a company listed under its legal name: <c>Tesla, Inc.</c> → <c>Tesla</c>,
/// <c>Rivian Automotive, Inc. / DE</c> → <c>Rivian Automotive</c> and <c>Rivian</c>.</summary>
/// <remarks>Registries list legal names; articles write the short name. Two steps: drop a registry tag (<c>/ DE</c>,
/// <c>/ADR</c>) and trailing legal suffixes; then, where one distinctive word is left before a generic business word
/// (<c>Palantir Technologies</c>), that word alone. A word that is also ordinary vocabulary in company names
/// (<c>United Therapeutics</c>, <c>General Motors</c>) never stands alone.</remarks>
internal static class CompanyShortForms
{
    private static readonly HashSet<string> s_legalSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "limited", "plc",
        "p.l.c.", "llc", "l.l.c.", "lp", "l.p.", "s.a.", "sa", "se", "n.v.", "nv", "ag", "a/s", "asa", "s.p.a.", "spa",
        "oyj", "ab", "s.a.b.", "de", "c.v.", "b.v.", "bv", "gmbh", "kgaa", "sarl", "pte", "pty", "bhd", "tbk",
    };

    private static readonly HashSet<string> s_businessWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Automotive", "Technologies", "Technology", "Platforms", "Therapeutics", "Pharmaceuticals", "Biosciences",
        "Holdings", "Holding", "Group", "Systems", "Networks", "Software", "Semiconductor", "Semiconductors",
        "Interactive", "Entertainment", "Communications", "Brands", "Labs", "Robotics", "Aerospace", "Biotherapeutics",
    };

    // Words that name a kind of company rather than one company: never a short form on their own.
    private static readonly HashSet<string> s_generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "United", "American", "General", "First", "National", "International", "Global", "Advanced", "Applied",
        "Digital", "Universal", "Western", "Eastern", "Southern", "Northern", "Pacific", "Atlantic", "Royal", "Standard",
        "Public", "Federal", "Central", "Capital", "Regional", "Allied", "Consolidated", "Continental", "Liberty",
        "Premier", "Summit", "Pioneer", "Great", "Green", "Blue", "Red", "Black", "White", "Golden", "Silver", "Smart",
        "Integrated", "Innovative", "Strategic", "Modern", "Future", "Quantum", "Data", "Energy", "Health", "Life",
        "Bio", "Home", "Sun", "Star", "Apex", "Prime", "Alpha", "Omega", "Delta", "Nova", "Core", "Open", "Next",
        "New", "Old", "Big", "China", "Asia", "Euro", "Trans", "Inter", "Net", "Web", "Cloud", "Micro", "Mobile",
    };

    /// <summary>Adds each name's short forms after it; names without one are kept as they are.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            yield return name;
            string legal = WithoutLegalSuffixes(name);
            if (legal.Length > 0 && !string.Equals(legal, name, StringComparison.Ordinal))
            {
                yield return legal;
            }

            if (Brand(legal.Length > 0 ? legal : name) is { } brand)
            {
                yield return brand;
            }
        }
    }

    /// <summary>Drops registry tags (<c>/ DE</c>, <c>/ADR</c>, <c>/NEW/</c>) and trailing legal suffixes (<c>, Inc.</c>).</summary>
    public static string WithoutLegalSuffixes(string name)
    {
        // A registry tag follows a space ("CORP /DE/", "Ltd / ADR"); "A/S" has none and is a suffix.
        int tag = name.IndexOf(" /", StringComparison.Ordinal);
        if (tag > 0)
        {
            name = name[..tag];
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        while (words.Count > 1 && (s_legalSuffixes.Contains(words[^1].TrimEnd(',')) || words[^1] is "&" or ","))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words).TrimEnd(',', ' ');
    }

    private static string? Brand(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !s_businessWords.Contains(words[1]))
        {
            return null;
        }

        string first = words[0];
        bool distinctive = first.Length >= 4 && char.IsUpper(first[0]) && first.Any(char.IsLower) && first.All(char.IsLetter) && !s_generic.Contains(first);
        return distinctive ? first : null;
    }
}
