using NewsNlp.Entities;

namespace NewsNlp.Groups;

/// <summary>Joins an acronym used without a definition to the one name of the document whose initials it spells:
/// <c>FTC</c> and <c>Federal Trade Commission</c>, <c>CBP</c> and <c>U.S. Customs and Border Protection</c>, <c>DoD</c> and
/// <c>Department of Defense</c>.</summary>
/// <remarks>
/// A reader joins them without being told; <see cref="EntityGrouping"/> joins only acronyms defined right after the name.
/// Runs after it, over its numbering: an acronym group (every mention one word whose capitals make up at least half its
/// letters) joins the group of the same kind that has a several-word name whose capitalized words' initials are the
/// acronym's capitals, optionally after a leading country qualifier (<c>U.S.</c>, <c>United States</c>). Initials shared by
/// two groups are ambiguous and join neither. One pass over the mentions with a hash table of initials: linear in the
/// mentions and their length.
/// </remarks>
internal static class AcronymJoin
{
    private const int Ambiguous = -2;
    private const int MaxInitials = 12;

    /// <summary>Joins acronym groups to their names and renumbers the groups in order of first mention.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="mentions">The mentions, in text order.</param>
    /// <param name="groupOf">Each mention's group from <see cref="EntityGrouping"/> (negative for none); rewritten.</param>
    /// <param name="canonicalOf">Each group's canonical mention; rewritten for the new numbering.</param>
    /// <param name="count">The number of groups.</param>
    /// <returns>The new number of groups.</returns>
    public static int Join(ReadOnlySpan<char> text, ReadOnlySpan<Entity> mentions, Span<int> groupOf, Span<int> canonicalOf, int count)
    {
        var acronymOnly = new bool[count];
        acronymOnly.AsSpan().Fill(true);
        var byInitials = new Dictionary<string, int>(StringComparer.Ordinal);
        Span<char> initials = stackalloc char[MaxInitials];
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
            int length = Initials(surface, initials, out int qualified);
            Register(byInitials, initials[..length], g);
            if (qualified > 0 && length - qualified >= 2)
            {
                Register(byInitials, initials[qualified..length], g);
            }
        }

        if (byInitials.Count == 0)
        {
            return count;
        }

        var target = new int[count];
        bool joined = false;
        var lookup = byInitials.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int g = 0; g < count; g++)
        {
            target[g] = g;
            if (!acronymOnly[g])
            {
                continue;
            }

            var canonical = mentions[canonicalOf[g]];
            int length = Capitals(text[canonical.Start..canonical.End], initials);
            if (length > 0 && lookup.TryGetValue(initials[..length], out int name) && name >= 0 && name != g
                && mentions[canonicalOf[name]].Kind == canonical.Kind)
            {
                target[g] = name;
                joined = true;
            }
        }

        return joined ? Renumber(groupOf, canonicalOf, count, target) : count;
    }

    private static void Register(Dictionary<string, int> byInitials, ReadOnlySpan<char> key, int group)
    {
        if (key.Length < 2)
        {
            return;
        }

        var lookup = byInitials.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out int known))
        {
            lookup[key] = group;
        }
        else if (known != group)
        {
            lookup[key] = Ambiguous;
        }
    }

    /// <summary>The initials of the name's capitalized words (split at spaces and hyphens; <c>of</c>, <c>and</c> skipped),
    /// upper case; <paramref name="qualified"/> is how many of them a leading <c>U.S.</c> or <c>United States</c> gave.</summary>
    private static int Initials(ReadOnlySpan<char> name, Span<char> initials, out int qualified)
    {
        qualified = 0;
        int length = 0;
        int word = 0;
        bool wordStart = true;
        int wordBegin = 0;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsWhiteSpace(c) || c == '-')
            {
                wordStart = true;
                continue;
            }

            if (wordStart)
            {
                wordBegin = i;
                if (char.IsUpper(c))
                {
                    if (length == MaxInitials)
                    {
                        return 0;
                    }

                    initials[length++] = c;
                    if (word == 0 && IsCountryWord(name[wordBegin..]))
                    {
                        qualified = 1;
                    }
                    else if (word == 1 && qualified == 1 && initials[0] == 'U' && c == 'S' && name[..wordBegin].TrimEnd() is "United")
                    {
                        qualified = 2;
                    }

                    word++;
                }
            }

            wordStart = false;
        }

        // "United" alone (United Nations) qualifies nothing.
        if (qualified == 1 && name.StartsWith("United", StringComparison.Ordinal))
        {
            qualified = 0;
        }

        return length;
    }

    // U.S., US, UK, U.K., EU and the like: a first word of at most four capitals and dots; or "United" of "United States".
    private static bool IsCountryWord(ReadOnlySpan<char> rest)
    {
        int end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
        {
            end++;
        }

        var word = rest[..end];
        if (word is "United")
        {
            return true;
        }

        int letters = 0;
        foreach (char c in word)
        {
            if (!(char.IsUpper(c) || c == '.'))
            {
                return false;
            }

            letters += c == '.' ? 0 : 1;
        }

        return letters is >= 2 and <= 4;
    }

    /// <summary>The capitals of a one-word acronym (<c>FTC</c>, <c>U.S.</c>, <c>DoD</c>, <c>AfDB</c>), or 0 when the word is
    /// not one: fewer than two capitals, fewer capitals than other letters, or more than <see cref="MaxInitials"/>.</summary>
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

    private static int Renumber(Span<int> groupOf, Span<int> canonicalOf, int count, int[] target)
    {
        var renumbered = new int[count];
        renumbered.AsSpan().Fill(-1);
        var oldCanonical = canonicalOf[..count].ToArray();
        int next = 0;
        for (int i = 0; i < groupOf.Length; i++)
        {
            if (groupOf[i] < 0)
            {
                continue;
            }

            int root = target[groupOf[i]];
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
