using NewsNlp.Entities;

namespace NewsNlp.Groups;

/// <summary>The looser keys under which <see cref="AliasJoin"/> joins names (<see cref="LooseAliases"/>): keys that join
/// every group of a kind that has them (a department and its subject's other names, a company with and without its legal
/// form, a name with and without <c>the</c>) and keys that name one group (a short form defined in parentheses, a
/// company's first word, a person's name words, last two words and name without titles, a department's subject),
/// ambiguous when two groups share them. A defined short form and a company's name without its legal form join whatever
/// kind a model gave them; every other join stays within a kind.</summary>
/// <remarks>Two hash tables keyed by a tag character and the name, looked up without allocating; every key is built in
/// a fixed buffer, so the cost is constant per name plus its length.</remarks>
internal sealed class LooseAliasTable
{
    private const int Ambiguous = -2;
    private const int KeyLength = 64;
    private const int MaxNameWords = 12;

    private readonly Dictionary<string, int> _joining = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _naming = new(StringComparer.OrdinalIgnoreCase);
    private readonly char[] _key = new char[KeyLength];

    /// <summary>Adds the several-word mention <c>text[start..end]</c> of <paramref name="group"/>, joining it (in
    /// <paramref name="parent"/>) to the groups of its kind that share a joining key.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="start">The mention's start, without a possessive.</param>
    /// <param name="end">The mention's end, without a possessive.</param>
    /// <param name="unqualified">The name after any country qualifier.</param>
    /// <param name="group">The mention's group.</param>
    /// <param name="kinds">Each group's kind.</param>
    /// <param name="parent">The groups' union-find parents.</param>
    /// <returns>Whether a join was made.</returns>
    public bool Add(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<char> unqualified, int group, EntityKind[] kinds, int[] parent)
    {
        var surface = text[start..end];
        bool joined = false;
        var subject = LooseAliases.DepartmentSubject(unqualified);
        if (!subject.IsEmpty)
        {
            joined |= Join(Key('D', subject), group, kinds, parent);
            Name(Key('W', subject), group, parent);
        }

        var bare = LooseAliases.WithoutLegalForm(surface);
        if (bare.Length < surface.Length)
        {
            joined |= Join(Key('C', bare), group, kinds, parent);
            Name(Key('K', bare), group, parent);
        }

        // "National Endowment for Arts" and "National Endowment for the Arts".
        joined |= Join(LooseAliases.WithoutThe(surface, _key, 'T'), group, kinds, parent);

        // "Micron" and "Micron Technology": a company's short name, not an acronym's unit ("NASA Television").
        int first = FoldedSurface.FirstWordEnd(surface);
        if (kinds[group] == EntityKind.Organization && FoldedSurface.IsOneWord(surface[(first + 1)..]) && !FoldedSurface.IsAllCaps(surface[..first]))
        {
            Name(Key('F', surface[..first]), group, parent);
        }

        // "UN Verification Mission in Colombia" and "United Nations Verification Mission in Colombia".
        var unit = LooseAliases.AfterUnitedNations(surface);
        if (!unit.IsEmpty)
        {
            joined |= Join(Key('N', unit), group, kinds, parent);
        }

        // "Guatemala" and "Republic of Guatemala".
        if (kinds[group] == EntityKind.Location && LooseAliases.CountryShortName(surface) is { IsEmpty: false } country)
        {
            Name(Key('B', country), group, parent);
        }

        if (kinds[group] == EntityKind.Person)
        {
            // "Counselor Chollet" is a surname with a title: it names no one, it looks for its name.
            var person = LooseAliases.WithoutTitles(surface);
            if (!FoldedSurface.IsOneWord(person))
            {
                AddNameWords(person, group, parent);
                Name(Key('P', person), group, parent);
            }
        }

        if (LooseAliases.TryFindShortForm(text, start, end, out int shortStart, out int shortEnd))
        {
            Name(Key('K', text[shortStart..shortEnd].Trim()), group, parent);
        }

        return joined;
    }

    /// <summary>The one group that <paramref name="name"/> (a group's canonical name) names by a loose key, or a negative
    /// number.</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The group's kind: only a person's name loses its titles.</param>
    /// <param name="anyKind">Whether the name joins that group whatever its own kind: a short form defined after the
    /// group's name, or a company's name without its legal form (a model may type <c>Tokai Rika</c> a person).</param>
    public int Find(ReadOnlySpan<char> name, EntityKind kind, out bool anyKind)
    {
        var lookup = _naming.GetAlternateLookup<ReadOnlySpan<char>>();
        anyKind = lookup.TryGetValue(Key('K', name), out int defined) && defined >= 0;
        if (anyKind)
        {
            return defined;
        }

        if (lookup.TryGetValue(Key('B', name), out int named))
        {
            return named;
        }

        // A person named with a title: the name without it.
        var person = kind == EntityKind.Person ? LooseAliases.WithoutTitles(name) : name;
        if (person.Length < name.Length && !person.IsEmpty)
        {
            name = person;
            if (!FoldedSurface.IsOneWord(name))
            {
                return lookup.TryGetValue(Key('P', name), out int full) ? full : -1;
            }
        }
        else if (!FoldedSurface.IsOneWord(name))
        {
            return -1;
        }

        return lookup.TryGetValue(Key('W', name), out int word) ? word : lookup.TryGetValue(Key('F', name), out int firstWord) ? firstWord : -1;
    }

    // A person's words other than initials and suffixes, each of which alone may name the person (the surname of "Lloyd J.
    // Austin III", a middle surname, "al-Jubeir"), and the last two words of a longer name ("Samayoa Cabrera" of "Juan
    // Alecio Samayoa Cabrera").
    private void AddNameWords(ReadOnlySpan<char> name, int group, int[] parent)
    {
        int words = 0;
        foreach (var range in name.SplitAny(' ', '\u00A0'))
        {
            var word = name[range];
            if (++words > MaxNameWords || word.Length < 3 || word.EndsWith('.') || LooseAliases.IsSuffix(word) || !word.ContainsAnyInRange('A', 'Z'))
            {
                continue;
            }

            Name(Key('W', word), group, parent);
        }

        int last = FoldedSurface.LastWordStart(name);
        int before = last > 1 ? FoldedSurface.LastWordStart(name[..(last - 1)].TrimEnd()) : 0;
        if (before > 0)
        {
            Name(Key('B', name[before..]), group, parent);
        }
    }

    // A key: a tag character and the name without accents ("Gonzalez" names "Jenniffer González Colón"); empty for a name
    // too long to be one.
    private ReadOnlySpan<char> Key(char tag, ReadOnlySpan<char> name)
    {
        if (name.Length >= _key.Length)
        {
            return default;
        }

        _key[0] = tag;
        for (int i = 0; i < name.Length; i++)
        {
            _key[i + 1] = LooseAliases.WithoutAccent(name[i]);
        }

        return _key.AsSpan(0, name.Length + 1);
    }

    // Joins the group to the first group of its kind that had the key, or makes it that group.
    private bool Join(ReadOnlySpan<char> key, int group, EntityKind[] kinds, int[] parent)
    {
        if (key.Length < 3)
        {
            return false;
        }

        var lookup = _joining.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out int first))
        {
            lookup[key] = group;
            return false;
        }

        return kinds[first] == kinds[group] && AliasJoin.Union(parent, first, group);
    }

    // Points the key at the group; a key two groups not yet joined share is ambiguous.
    private void Name(ReadOnlySpan<char> key, int group, int[] parent)
    {
        if (key.Length < 3)
        {
            return;
        }

        var lookup = _naming.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out int known))
        {
            lookup[key] = group;
        }
        else if (known != Ambiguous && AliasJoin.Find(parent, known) != AliasJoin.Find(parent, group))
        {
            lookup[key] = Ambiguous;
        }
    }
}
