using NewsNlp.Entities;

namespace NewsNlp.Groups;

/// <summary>Joins two names a reader takes for one entity without being told: an acronym and the name whose initials it
/// spells (<c>FTC</c> and <c>Federal Trade Commission</c>, <c>USAID</c> and <c>U.S. Agency for International
/// Development</c>, <c>DoD</c> and <c>Department of Defense</c>, <c>DOE</c> and <c>Department of Energy</c>), a name and
/// the same name after a country qualifier (<c>Coast Guard</c> and <c>U.S. Coast Guard</c>), and the looser aliases of
/// <see cref="LooseAliasTable"/> (<c>EXIM</c> defined after <c>Export-Import Bank of the United States</c>,
/// <c>Treasury</c> and <c>Department of the Treasury</c>, <c>Tokai Rika</c> and <c>Tokai Rika Co. Ltd.</c>,
/// <c>Austin</c> and <c>Lloyd J. Austin III</c>).</summary>
/// <remarks>
/// <see cref="EntityGrouping"/> joins only acronyms defined right after their name; this runs after it, over its
/// numbering. An acronym group (every mention one word whose capitals make up at least half its letters) joins the group
/// of the same kind with a several-word name whose initials are the acronym's capitals, with or without a leading
/// <c>U.S.</c>, <c>UK</c>, <c>United States</c>; a group named only <c>X</c> joins the group of the same kind named
/// <c>U.S. X</c>. A naming key two groups share is ambiguous and joins neither; groups join only groups of their kind.
/// One pass over the mentions with hash tables and a union–find over the groups: linear in the mentions and their length.
/// </remarks>
internal static class AliasJoin
{
    private const int Ambiguous = -2;
    private const int MaxInitials = 12;

    /// <summary>Joins the groups and renumbers them in order of first mention.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="mentions">The mentions, in text order.</param>
    /// <param name="groupOf">Each mention's group from <see cref="EntityGrouping"/> (negative for none); rewritten.</param>
    /// <param name="canonicalOf">Each group's canonical mention; rewritten for the new numbering.</param>
    /// <param name="count">The number of groups.</param>
    /// <returns>The new number of groups.</returns>
    public static int Join(ReadOnlySpan<char> text, ReadOnlySpan<Entity> mentions, Span<int> groupOf, Span<int> canonicalOf, int count)
    {
        var acronymOnly = new bool[count];
        var qualified = new bool[count];
        var kinds = new EntityKind[count];
        var parent = new int[count];
        for (int g = 0; g < count; g++)
        {
            kinds[g] = mentions[canonicalOf[g]].Kind;
            parent[g] = g;
        }

        acronymOnly.AsSpan().Fill(true);
        var byInitials = new Dictionary<string, int>(StringComparer.Ordinal);
        var byUnqualified = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var loose = new LooseAliasTable();
        Span<char> initials = stackalloc char[MaxInitials];
        bool joined = false;
        for (int i = 0; i < mentions.Length; i++)
        {
            int g = groupOf[i];
            if (g < 0)
            {
                continue;
            }

            var (start, end) = FoldedSurface.WithoutPossessive(text, mentions[i].Start, mentions[i].End);
            var surface = text[start..end];
            if (FoldedSurface.IsOneWord(surface))
            {
                acronymOnly[g] &= Capitals(surface, initials) > 0;
                continue;
            }

            acronymOnly[g] = false;
            int length = Initials(surface, initials, out int qualifierInitials, out int qualifierEnd);
            Register(byInitials.GetAlternateLookup<ReadOnlySpan<char>>(), initials[..length], g);
            var unqualified = surface;
            if (qualifierEnd > 0)
            {
                qualified[g] = true;
                if (length - qualifierInitials >= 2)
                {
                    Register(byInitials.GetAlternateLookup<ReadOnlySpan<char>>(), initials[qualifierInitials..length], g);
                }

                unqualified = surface[qualifierEnd..].TrimStart();
                Register(byUnqualified.GetAlternateLookup<ReadOnlySpan<char>>(), unqualified, g);
            }

            joined |= loose.Add(text, start, end, unqualified, g, kinds, parent);

            // "DOE" for "Department of Energy".
            Register(byInitials.GetAlternateLookup<ReadOnlySpan<char>>(), LooseAliases.InitialsWithOf(unqualified, initials), g);
        }

        var initialsLookup = byInitials.GetAlternateLookup<ReadOnlySpan<char>>();
        var unqualifiedLookup = byUnqualified.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int g = 0; g < count; g++)
        {
            var canonical = mentions[canonicalOf[g]];
            var (start, end) = FoldedSurface.WithoutPossessive(text, canonical.Start, canonical.End);
            var name = text[start..end];
            int other = -1;
            bool anyKind = false;
            if (acronymOnly[g] && Capitals(name, initials) is int length and > 0 && initialsLookup.TryGetValue(initials[..length], out int spelled))
            {
                other = spelled;
            }
            else if (!qualified[g] && unqualifiedLookup.TryGetValue(name, out int unqualified))
            {
                other = unqualified;
            }
            else
            {
                other = loose.Find(name, kinds[g], out anyKind);
            }

            if (other >= 0 && (anyKind || kinds[other] == kinds[g]))
            {
                joined |= Union(parent, g, other);
            }
        }

        return joined ? Renumber(text, mentions, groupOf, canonicalOf, count, parent) : count;
    }

    // The length of a name, a person's without its titles ("Derek Chollet" names the group, not "Counselor Chollet").
    private static int NameLength(ReadOnlySpan<char> text, Entity mention)
    {
        var (start, end) = FoldedSurface.WithoutPossessive(text, mention.Start, mention.End);
        return mention.Kind == EntityKind.Person ? LooseAliases.WithoutTitles(text[start..end]).Length : end - start;
    }

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>, the lower number the root.</summary>
    internal static bool Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a == b)
        {
            return false;
        }

        parent[Math.Max(a, b)] = Math.Min(a, b);
        return true;
    }

    /// <summary>The root of <paramref name="node"/>'s set, halving the path on the way.</summary>
    internal static int Find(int[] parent, int node)
    {
        while (parent[node] != node)
        {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }

        return node;
    }

    private static void Register(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> key, int group)
    {
        if (key.Length < 2)
        {
            return;
        }

        if (!lookup.TryGetValue(key, out int known))
        {
            lookup[key] = group;
        }
        else if (known != group)
        {
            lookup[key] = Ambiguous;
        }
    }

    /// <summary>The initials of the name's capitalized words (split at spaces and hyphens; <c>of</c>, <c>and</c> skipped; every
    /// capital of a dotted abbreviation such as <c>U.S.</c>), upper case. A leading country qualifier (<c>U.S.</c>, <c>UK</c>,
    /// <c>United States</c>) gave the first <paramref name="qualifierInitials"/> of them and ends at
    /// <paramref name="qualifierEnd"/> (0 when there is none).</summary>
    private static int Initials(ReadOnlySpan<char> name, Span<char> initials, out int qualifierInitials, out int qualifierEnd)
    {
        qualifierInitials = 0;
        qualifierEnd = 0;
        int length = 0;
        int words = 0;
        int i = 0;
        while (i < name.Length)
        {
            if (char.IsWhiteSpace(name[i]) || name[i] == '-')
            {
                i++;
                continue;
            }

            int end = i;
            while (end < name.Length && !char.IsWhiteSpace(name[end]) && name[end] != '-')
            {
                end++;
            }

            var word = name[i..end];
            if (char.IsUpper(word[0]))
            {
                bool dotted = word.Contains('.') && IsCapitalsAndDots(word);
                foreach (char c in dotted ? word : word[..1])
                {
                    if (c == '.')
                    {
                        continue;
                    }

                    if (length == MaxInitials)
                    {
                        return 0;
                    }

                    initials[length++] = c;
                }

                if (words == 0 && IsCapitalsAndDots(word) && word.Length <= 4 + word.Count('.'))
                {
                    (qualifierInitials, qualifierEnd) = (length, end);
                }
                else if (words == 1 && word is "States" && name[..i].TrimEnd() is "United")
                {
                    (qualifierInitials, qualifierEnd) = (length, end);
                }

                words++;
            }

            i = end;
        }

        // The qualifier leaves a name of its own: "U.S. Navy" is qualified, "U.S." alone is not.
        if (qualifierEnd >= name.Length || words < 2)
        {
            (qualifierInitials, qualifierEnd) = (0, 0);
        }

        return length;
    }

    private static bool IsCapitalsAndDots(ReadOnlySpan<char> word)
    {
        int capitals = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                capitals++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return capitals >= 2;
    }

    /// <summary>The capitals of a one-word acronym (<c>FTC</c>, <c>U.S.</c>, <c>DoD</c>, <c>AfDB</c>), or 0 when the word is
    /// not one: fewer than two capitals, more other letters than capitals, or more than <see cref="MaxInitials"/>.</summary>
    private static int Capitals(ReadOnlySpan<char> word, Span<char> capitals)
    {
        int length = 0;
        int lower = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                if (length == MaxInitials)
                {
                    return 0;
                }

                capitals[length++] = c;
            }
            else if (char.IsLetter(c))
            {
                lower++;
            }
            else if (c is not ('.' or '&'))
            {
                return 0;
            }
        }

        return length >= 2 && lower <= length && char.IsUpper(word[0]) ? length : 0;
    }

    private static int Renumber(ReadOnlySpan<char> text, ReadOnlySpan<Entity> mentions, Span<int> groupOf, Span<int> canonicalOf, int count, int[] parent)
    {
        var renumbered = new int[count];
        renumbered.AsSpan().Fill(-1);
        var oldCanonical = canonicalOf[..count].ToArray();

        // A joined group is named by its members' longest name (the full name rather than its acronym).
        for (int g = 0; g < count; g++)
        {
            int root = Find(parent, g);
            if (root != g && NameLength(text, mentions[canonicalOf[g]]) > NameLength(text, mentions[oldCanonical[root]]))
            {
                oldCanonical[root] = canonicalOf[g];
            }
        }

        int next = 0;
        for (int i = 0; i < groupOf.Length; i++)
        {
            if (groupOf[i] < 0)
            {
                continue;
            }

            int root = Find(parent, groupOf[i]);
            if (renumbered[root] < 0)
            {
                renumbered[root] = next;
                canonicalOf[next++] = oldCanonical[root];
            }

            groupOf[i] = renumbered[root];
        }

        return next;
    }
}
