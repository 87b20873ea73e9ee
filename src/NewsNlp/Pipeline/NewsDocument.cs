using System.Collections.ObjectModel;
using NewsNlp.Entities;
using NewsNlp.Groups;
using NewsNlp.Tokenization;

namespace NewsNlp.Pipeline;

/// <summary>The immutable result of analysing one document.</summary>
public sealed class NewsDocument
{
    private readonly Entity[] _entities;
    private readonly Sentence[] _sentences;
    private ReadOnlyCollection<EntityGroup>? _groups;
    private ReadOnlyCollection<EntityGroup>? _groupsBySalience;

    internal NewsDocument(string text, string? id, DateOnly? referenceDate, Token[] tokens, Sentence[] sentences, Entity[] entities)
    {
        Text = text;
        Id = id;
        ReferenceDate = referenceDate;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        _entities = entities;
        _sentences = sentences;
    }

    /// <summary>Gets the analysed text.</summary>
    public string Text { get; }

    /// <summary>Gets the caller's identifier for the document, if one was given.</summary>
    public string? Id { get; }

    /// <summary>Gets the reference date relative dates were resolved against, if one was given.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>Gets the tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Gets the sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Gets the entity mentions in text order; they never overlap.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Gets the document's entities with every mention of each (names, aliases, acronyms), in order of first mention.</summary>
    /// <remarks>Every mention except dates belongs to exactly one group; <see cref="EntityGroup"/> says what is grouped.
    /// Computed on first access (linear in the number of mentions) and then kept; thread-safe.</remarks>
    public IReadOnlyList<EntityGroup> EntityGroups
    {
        get
        {
            var groups = Volatile.Read(ref _groups);
            if (groups is null)
            {
                // Two threads may both compute the groups; the results are equal and one is kept.
                Interlocked.CompareExchange(ref _groups, BuildGroups(), null);
                groups = _groups!;
            }

            return groups;
        }
    }

    /// <summary>Gets the document's entities most salient first (<see cref="EntityGroup.Salience"/>); groups of equal
    /// salience keep the order of their first mention.</summary>
    /// <remarks>Computed on first access (the saliences, then a sort of the groups) and then kept; thread-safe.</remarks>
    public IReadOnlyList<EntityGroup> EntityGroupsBySalience
    {
        get
        {
            var ordered = Volatile.Read(ref _groupsBySalience);
            if (ordered is null)
            {
                Interlocked.CompareExchange(ref _groupsBySalience, EntitySalienceOrder.Sort(EntityGroups), null);
                ordered = _groupsBySalience!;
            }

            return ordered;
        }
    }

    private ReadOnlyCollection<EntityGroup> BuildGroups()
    {
        var mentions = new EntitySpan[_entities.Length];
        for (int i = 0; i < mentions.Length; i++)
        {
            var entity = _entities[i];
            mentions[i] = new EntitySpan(entity.Kind, entity.Start, entity.End, entity.Confidence);
        }

        var groupOf = new int[mentions.Length];
        var canonicalOf = new int[mentions.Length];
        int count = EntityGrouping.Group(Text, mentions, new GroupingTables(), groupOf, canonicalOf);
        count = AliasJoin.Join(Text, _entities, groupOf, canonicalOf, count);
        var sizes = new int[count];
        foreach (int group in groupOf)
        {
            if (group >= 0)
            {
                sizes[group]++;
            }
        }

        var indexes = new int[count][];
        for (int g = 0; g < count; g++)
        {
            indexes[g] = new int[sizes[g]];
            sizes[g] = 0;
        }

        for (int i = 0; i < groupOf.Length; i++)
        {
            if (groupOf[i] >= 0)
            {
                indexes[groupOf[i]][sizes[groupOf[i]]++] = i;
            }
        }

        var kinds = new EntityKind[count];
        for (int g = 0; g < count; g++)
        {
            kinds[g] = _entities[canonicalOf[g]].Kind;
        }

        var salience = new EntitySalience(Text, _sentences, _entities, groupOf, kinds);
        var groups = new EntityGroup[count];
        for (int g = 0; g < count; g++)
        {
            var canonical = _entities[canonicalOf[g]];
            var (start, end) = FoldedSurface.WithoutPossessive(Text, canonical.Start, canonical.End);
            var members = new Entity[indexes[g].Length];
            for (int m = 0; m < members.Length; m++)
            {
                members[m] = _entities[indexes[g][m]];
            }

            groups[g] = new EntityGroup(Text[start..end], canonical.Kind, indexes[g], members, salience, g);
        }

        return new ReadOnlyCollection<EntityGroup>(groups);
    }
}
