namespace NewsNlp.Groups;

/// <summary>The looser name keys <see cref="AliasJoin"/> compares: a short form defined in parentheses that abbreviates a
/// name without being its initials (<c>Export-Import Bank of the United States (EXIM)</c>, <c>(Ex-Im Bank)</c>), the
/// subject of a department (<c>Treasury</c> of <c>U.S. Department of the Treasury</c>, <c>Commerce</c> of <c>Commerce
/// Department</c>), a company's name without its legal form (<c>Tokai Rika</c> of <c>Tokai Rika Co. Ltd.</c>), a name
/// without <c>the</c>, and initials that count <c>of</c> (<c>DOE</c>).</summary>
/// <remarks>Every scan is bounded by a constant plus the name's own length.</remarks>
internal static class LooseAliases
{
    /// <summary>The longest short form taken from parentheses.</summary>
    public const int MaxShortForm = 24;

    private static readonly string[] s_legalForms =
    [
        "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "LLC", "L.L.C.", "Corporation", "Company", "Limited", "PLC", "plc",
        "LLP", "L.P.", "LP", "S.A.", "AG", "GmbH",
    ];

    // The last word before "of" in a country's formal name ("Republic of Korea", "Federated States of Micronesia").
    private static readonly string[] s_stateForms = ["Republic", "Kingdom", "States", "State", "Commonwealth", "Principality", "Sultanate", "Emirate"];

    // U+0100 to U+017F without accents, in pairs of capital and small letter where the block has them.
    private static readonly string s_extendedA =
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    private static readonly string[] s_suffixes = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

    // Titles a recognizer may take into a person's name ("Counselor Chollet", "Attorney W. Stephen Muldrow").
    private static readonly string[] s_titles =
    [
        "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Lt.", "Capt.", "Sgt.", "Spc.", "Spc", "Maj.", "Adm.",
        "Cpl.", "Pvt.", "Prof.", "President", "Secretary", "Ambassador", "Minister", "Counselor", "Attorney", "Senator",
        "Governor", "Mayor", "Judge", "Chairman", "Chairwoman", "Director", "Administrator", "Commissioner", "General",
        "Colonel", "Captain", "Sergeant", "Admiral", "Major", "Lieutenant", "Commander", "Specialist", "Deputy", "Acting",
        "Chief", "Prime", "Vice", "Assistant", "Army", "Navy", "Air", "Force", "Marine", "Staff", "Master",
    ];

    /// <summary>Finds a short form in parentheses right after the name <c>text[start..end]</c> that abbreviates it: its
    /// letters appear in the name in order, its first at the start of a word (the test of Schwartz and Hearst), and it is
    /// shorter than the name.</summary>
    public static bool TryFindShortForm(ReadOnlySpan<char> text, int start, int end, out int shortStart, out int shortEnd)
    {
        shortStart = shortEnd = 0;
        int i = end;
        while (i < text.Length && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '(')
        {
            return false;
        }

        int close = text.Slice(i + 1, Math.Min(MaxShortForm + 1, text.Length - i - 1)).IndexOf(')');
        if (close < 2)
        {
            return false;
        }

        (shortStart, shortEnd) = (i + 1, i + 1 + close);
        var shortForm = text[shortStart..shortEnd].Trim();
        var name = text[start..end];
        return !shortForm.IsEmpty && char.IsUpper(shortForm[0]) && shortForm.Length < name.Length
            && !shortForm.ContainsAny('(', '\n', ',') && Abbreviates(shortForm, name);
    }

    /// <summary>Whether every letter or digit of <paramref name="shortForm"/> occurs in <paramref name="name"/> in order,
    /// ignoring case, the first at the start of a word.</summary>
    public static bool Abbreviates(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> name)
    {
        int s = shortForm.Length - 1;
        int l = name.Length - 1;
        while (s >= 0)
        {
            char c = char.ToLowerInvariant(shortForm[s]);
            if (!char.IsLetterOrDigit(c))
            {
                s--;
                continue;
            }

            while (l >= 0 && (char.ToLowerInvariant(name[l]) != c || (s == FirstLetter(shortForm) && l > 0 && char.IsLetterOrDigit(name[l - 1]))))
            {
                l--;
            }

            if (l < 0)
            {
                return false;
            }

            l--;
            s--;
        }

        return true;
    }

    /// <summary>The subject of a department's name: <c>Treasury</c> of <c>Department of the Treasury</c>, <c>State</c> of
    /// <c>State Department</c> (after any country qualifier); empty when the name is no department's.</summary>
    public static ReadOnlySpan<char> DepartmentSubject(ReadOnlySpan<char> unqualified)
    {
        const string department = "Department";
        if (unqualified.StartsWith("Department of ", StringComparison.Ordinal))
        {
            var rest = unqualified["Department of ".Length..].TrimStart();
            if (rest.StartsWith("the ", StringComparison.Ordinal))
            {
                rest = rest[4..].TrimStart();
            }

            return IsOneCapitalizedWord(rest) ? rest : default;
        }

        if (unqualified.EndsWith(" " + department, StringComparison.Ordinal))
        {
            var rest = unqualified[..^(department.Length + 1)].TrimEnd();
            return IsOneCapitalizedWord(rest) ? rest : default;
        }

        return default;
    }

    /// <summary>The name without a trailing legal form and the commas before it (<c>Tokai Rika</c> of <c>Tokai Rika Co.
    /// Ltd.</c>, <c>Your Baby Can</c> of <c>Your Baby Can, LLC</c>); the name itself when it has none.</summary>
    public static ReadOnlySpan<char> WithoutLegalForm(ReadOnlySpan<char> name)
    {
        for (int step = 0; step < 3; step++)
        {
            int space = name.LastIndexOfAny(' ', '\u00A0');
            if (space <= 0 || !IsOneOf(name[(space + 1)..], s_legalForms))
            {
                break;
            }

            name = name[..space].TrimEnd().TrimEnd(',').TrimEnd();
        }

        return name;
    }

    /// <summary>The name without the titles that open it (<c>Derek Chollet</c> of <c>Counselor Derek Chollet</c>); the
    /// name itself when it has none, and empty when it is all titles.</summary>
    public static ReadOnlySpan<char> WithoutTitles(ReadOnlySpan<char> name)
    {
        for (int step = 0; step < 4; step++)
        {
            int end = FoldedSurface.FirstWordEnd(name);
            if (!IsOneOf(name[..end], s_titles))
            {
                break;
            }

            name = name[end..].TrimStart();
        }

        return name;
    }

    /// <summary>The short name of a country's formal name (<c>Guatemala</c> of <c>Republic of Guatemala</c>, <c>Morocco</c>
    /// of <c>Kingdom of Morocco</c>, <c>China</c> of <c>People's Republic of China</c>, <c>United States</c> of <c>United
    /// States of America</c>); empty when the name is no such form.</summary>
    public static ReadOnlySpan<char> CountryShortName(ReadOnlySpan<char> name)
    {
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        if (name.SequenceEqual("United States of America"))
        {
            return name[.."United States".Length];
        }

        int of = name.IndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0 || !IsOneOf(name[(name[..of].LastIndexOf(' ') + 1)..of], s_stateForms))
        {
            return default;
        }

        var rest = name[(of + 4)..];
        if (rest.StartsWith("the ", StringComparison.Ordinal))
        {
            rest = rest[4..];
        }

        return rest.Length >= 3 && char.IsUpper(rest[0]) ? rest : default;
    }

    /// <summary>The name after a leading <c>UN</c>, <c>U.N.</c> or <c>United Nations</c> (<c>Verification Mission in
    /// Colombia</c>); empty when it has none or nothing follows it.</summary>
    public static ReadOnlySpan<char> AfterUnitedNations(ReadOnlySpan<char> name)
    {
        foreach (string prefix in (ReadOnlySpan<string>)["UN ", "U.N. ", "United Nations "])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name[prefix.Length..].TrimStart();
            }
        }

        return default;
    }

    /// <summary>The letter without its accent for the Latin-1 and Latin Extended-A letters (<c>González Colón</c> is
    /// compared as <c>Gonzalez Colon</c>); any other character unchanged.</summary>
    public static char WithoutAccent(char c)
    {
        if (c < '\u00C0' || c > '\u017F')
        {
            return c;
        }

        const string Latin1 = "AAAAAAACEEEEIIII" + "DNOOOOO*OUUUUYTs" + "aaaaaaaceeeeiiii" + "dnooooo/ouuuuyty";
        return c <= '\u00FF' ? (Latin1[c - '\u00C0'] is char plain and not ('*' or '/') ? plain : c) : s_extendedA[c - '\u0100'];
    }

    /// <summary>Whether the word is a generational suffix (<c>Jr.</c>, <c>III</c>).</summary>
    public static bool IsSuffix(ReadOnlySpan<char> word) => IsOneOf(word, s_suffixes);

    /// <summary>The name without its words <c>the</c>, after <paramref name="tag"/>, in <paramref name="buffer"/>; empty when
    /// it does not fit.</summary>
    public static ReadOnlySpan<char> WithoutThe(ReadOnlySpan<char> name, Span<char> buffer, char tag)
    {
        int length = 0;
        buffer[length++] = tag;
        foreach (var range in name.SplitAny(' ', '\u00A0'))
        {
            var word = name[range];
            if (word.IsEmpty || word is "the")
            {
                continue;
            }

            if (length + word.Length + 1 > buffer.Length)
            {
                return default;
            }

            buffer[length++] = ' ';
            word.CopyTo(buffer[length..]);
            length += word.Length;
        }

        return buffer[..length];
    }

    /// <summary>The initials of the name's capitalized words with <c>O</c> for each <c>of</c> (<c>DOE</c> for <c>Department
    /// of Energy</c>), in <paramref name="initials"/>; empty when the name has no <c>of</c> or too many words.</summary>
    public static ReadOnlySpan<char> InitialsWithOf(ReadOnlySpan<char> name, Span<char> initials)
    {
        int length = 0;
        bool of = false;
        foreach (var range in name.SplitAny(' ', '\u00A0', '-'))
        {
            var word = name[range];
            if (word.IsEmpty || !(char.IsUpper(word[0]) || word is "of"))
            {
                continue;
            }

            if (length == initials.Length)
            {
                return default;
            }

            of |= word is "of";
            initials[length++] = char.ToUpperInvariant(word[0]);
        }

        return of ? initials[..length] : default;
    }

    private static int FirstLetter(ReadOnlySpan<char> shortForm)
    {
        for (int i = 0; i < shortForm.Length; i++)
        {
            if (char.IsLetterOrDigit(shortForm[i]))
            {
                return i;
            }
        }

        return 0;
    }

    private static bool IsOneCapitalizedWord(ReadOnlySpan<char> word) =>
        word.Length >= 3 && char.IsUpper(word[0]) && FoldedSurface.IsOneWord(word);

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (string w in words)
        {
            if (word.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }
}
