using NewsNlp.Entities;
using NewsNlp.Mentions;

namespace NewsNlp.Groups;

/// <summary>Clusters a document's mentions into entities: case variants and possessives (<c>TEHRAN</c>, <c>Tehran’s</c>),
/// acronyms defined after a name (<c>Balochistan Liberation Army (BLA)</c>, <c>Baloch Liberation Army, or BLA</c>), and
/// a surname or first name alone after a person's full name (<c>Munir</c> after <c>Asim Munir</c>).</summary>
/// <remarks>
/// One pass in text order over hash tables keyed by folded surface, with union–find to join a group that started before
/// the name that explains it (a headline's <c>BLA</c> before the definition): near-linear in the number of mentions,
/// whatever the document. A name part shared by two different people (<c>Ali</c> after <c>Ali Khamenei</c> and
/// <c>Ali Larijani</c>) is ambiguous and joins neither. Dates are not grouped.
/// </remarks>
internal static class EntityGrouping
{
    /// <summary>The group of a mention that belongs to none (a date).</summary>
    public const int Ungrouped = -1;

    private const int Ambiguous = -2;
    private const byte HasMultiWordName = 1;

    /// <summary>Groups <paramref name="mentions"/> (in text order, not overlapping).</summary>
    /// <param name="text">The document text.</param>
    /// <param name="mentions">The mentions.</param>
    /// <param name="tables">Reusable tables.</param>
    /// <param name="groupOf">Receives each mention's group, numbered from 0 in order of first mention, or <see cref="Ungrouped"/>.</param>
    /// <param name="canonicalOf">Receives each group's canonical mention: the longest, mixed case preferred to all capitals, then the first.</param>
    /// <returns>The number of groups.</returns>
    public static int Group(ReadOnlySpan<char> text, ReadOnlySpan<EntitySpan> mentions, GroupingTables tables, Span<int> groupOf, Span<int> canonicalOf) =>
        Group(text, mentions, tables, groupOf, canonicalOf, EntityKindSet.Of(EntityKind.Person));

    /// <summary>Groups like <see cref="Group(ReadOnlySpan{char}, ReadOnlySpan{EntitySpan}, GroupingTables, Span{int}, Span{int})"/>,
    /// letting a one-word mention of any of <paramref name="nameWordKinds"/> join a full name by its first or last word
    /// (the mention-typing rules ask for other kinds than <c>PERSON</c> to retype them).</summary>
    public static int Group(ReadOnlySpan<char> text, ReadOnlySpan<EntitySpan> mentions, GroupingTables tables, Span<int> groupOf, Span<int> canonicalOf, EntityKindSet nameWordKinds)
    {
        tables.Reset(mentions.Length);
        var surfaces = tables.Surfaces;
        var parts = tables.NameParts;
        var parent = tables.Parent;
        var flags = tables.Flags;
        for (int i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            if (mention.Kind == EntityKind.Date || mention.End <= mention.Start)
            {
                groupOf[i] = Ungrouped;
                continue;
            }

            var (start, end) = FoldedSurface.WithoutPossessive(text, mention.Start, mention.End);
            int length = end - start;
            bool oneWord = FoldedSurface.IsOneWord(text[start..end]);
            int group = -1;
            if (surfaces.TryGet(text, start, length, out int known))
            {
                group = Find(parent, known);
            }
            else if (oneWord && nameWordKinds.Contains(mention.Kind) && parts.TryGet(text, start, length, out known) && known >= 0)
            {
                group = Find(parent, known);
            }

            if (group < 0)
            {
                group = i;
                parent[i] = i;
                flags[i] = 0;
            }
            else
            {
                parent[i] = group;
            }

            surfaces.Set(text, start, length, group);
            if (!oneWord)
            {
                flags[group] |= HasMultiWordName;
                if (mention.Kind == EntityKind.Person)
                {
                    group = RegisterNameParts(text, start, end, group, mentions, tables);
                }
            }

            if (AcronymDefinition.TryFind(text, start, end, out int acronymStart, out int acronymEnd))
            {
                group = RegisterAlias(text, acronymStart, acronymEnd - acronymStart, group, tables, anyKind: true, mentions);
            }
        }

        return Compact(text, mentions, tables, groupOf, canonicalOf);
    }

    /// <summary>Indexes a full name's first and last words, so that either alone joins the name's group.</summary>
    private static int RegisterNameParts(ReadOnlySpan<char> text, int start, int end, int group, ReadOnlySpan<EntitySpan> mentions, GroupingTables tables)
    {
        int firstEnd = FoldedSurface.FirstWordEnd(text[start..end]);
        int lastStart = FoldedSurface.LastWordStart(text[start..end]);
        group = RegisterPart(text, start, firstEnd, group, mentions, tables);
        return RegisterPart(text, start + lastStart, end - start - lastStart, group, mentions, tables);
    }

    private static int RegisterPart(ReadOnlySpan<char> text, int start, int length, int group, ReadOnlySpan<EntitySpan> mentions, GroupingTables tables)
    {
        if (length < 2 || !char.IsUpper(text[start]))
        {
            return group;
        }

        if (tables.NameParts.TryGet(text, start, length, out int known))
        {
            if (known != Ambiguous && Find(tables.Parent, known) != Find(tables.Parent, group))
            {
                tables.NameParts.Set(text, start, length, Ambiguous);
            }

            return group;
        }

        tables.NameParts.Set(text, start, length, group);
        return RegisterAlias(text, start, length, group, tables, anyKind: false, mentions);
    }

    /// <summary>Points an alias (a name part or an acronym) at <paramref name="group"/>; a group the alias already started
    /// alone (a headline's <c>BLA</c>, <c>Munir</c> before <c>Asim Munir</c>) is joined to it.</summary>
    private static int RegisterAlias(ReadOnlySpan<char> text, int start, int length, int group, GroupingTables tables, bool anyKind, ReadOnlySpan<EntitySpan> mentions)
    {
        var parent = tables.Parent;
        if (!tables.Surfaces.TryGet(text, start, length, out int known))
        {
            // A defined acronym names the group wherever it appears; a name part only through a person's mention
            // (NameParts), so that "Washington" the place does not join "George Washington".
            if (anyKind)
            {
                tables.Surfaces.Set(text, start, length, group);
            }

            return group;
        }

        int other = Find(parent, known);
        if (other == group)
        {
            return group;
        }

        // A group with a multi-word name of its own is another entity: the alias is redefined, the groups stay apart.
        if ((tables.Flags[other] & HasMultiWordName) != 0 || (!anyKind && mentions[other].Kind != EntityKind.Person))
        {
            if (anyKind)
            {
                tables.Surfaces.Set(text, start, length, group);
            }

            return group;
        }

        int root = Math.Min(other, group);
        int child = Math.Max(other, group);
        parent[child] = root;
        tables.Flags[root] |= tables.Flags[child];
        return root;
    }

    private static int Compact(ReadOnlySpan<char> text, ReadOnlySpan<EntitySpan> mentions, GroupingTables tables, Span<int> groupOf, Span<int> canonicalOf)
    {
        var parent = tables.Parent;
        var compact = tables.Compact;
        int count = 0;
        for (int i = 0; i < mentions.Length; i++)
        {
            if (mentions[i].Kind == EntityKind.Date || mentions[i].End <= mentions[i].Start)
            {
                continue;
            }

            int root = Find(parent, i);
            if (compact[root] < 0)
            {
                compact[root] = count;
                canonicalOf[count++] = i;
            }

            int group = compact[root];
            groupOf[i] = group;
            if (IsBetterName(text, mentions[i], mentions[canonicalOf[group]]))
            {
                canonicalOf[group] = i;
            }
        }

        return count;
    }

    /// <summary>Whether <paramref name="candidate"/> names its group better than <paramref name="current"/>: longer, or as long
    /// and in mixed case where the other is in capitals.</summary>
    private static bool IsBetterName(ReadOnlySpan<char> text, EntitySpan candidate, EntitySpan current)
    {
        var (cs, ce) = FoldedSurface.WithoutPossessive(text, candidate.Start, candidate.End);
        var (ks, ke) = FoldedSurface.WithoutPossessive(text, current.Start, current.End);
        if (ce - cs != ke - ks)
        {
            return ce - cs > ke - ks;
        }

        return FoldedSurface.IsAllCaps(text[ks..ke]) && !FoldedSurface.IsAllCaps(text[cs..ce]);
    }

    /// <summary>The first mention of the group a name part points at, or -1 when the part is unknown or ambiguous.</summary>
    public static int NamePartOwner(ReadOnlySpan<char> text, int start, int length, GroupingTables tables) =>
        tables.NameParts.TryGet(text, start, length, out int known) && known >= 0 ? Find(tables.Parent, known) : -1;

    /// <summary>The root of <paramref name="node"/>, halving the path on the way (near-constant amortized time).</summary>
    private static int Find(int[] parent, int node)
    {
        while (parent[node] != node)
        {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }

        return node;
    }
}
