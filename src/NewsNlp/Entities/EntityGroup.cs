using System.Collections.ObjectModel;
using NewsNlp.Groups;

namespace NewsNlp.Entities;

/// <summary>One entity of a document and every mention of it: <c>Masoud Pezeshkian</c>, <c>Pezeshkian</c> and
/// <c>Pezeshkian’s</c>; <c>Balochistan Liberation Army</c> and <c>BLA</c>.</summary>
/// <remarks>Mentions are grouped when they are case variants or possessives of each other, when one is an acronym defined
/// after the other (<c>Balochistan Liberation Army (BLA)</c>, <c>Baloch Liberation Army, or BLA</c>), or when one is the
/// surname or first name of a person's full name in the same document (a name part shared by two people groups neither).
/// Read from <see cref="Pipeline.NewsDocument.EntityGroups"/>.</remarks>
public sealed class EntityGroup
{
    private readonly EntitySalience _salience;
    private readonly int _index;

    internal EntityGroup(string name, EntityKind kind, int[] mentionIndexes, Entity[] mentions, EntitySalience salience, int index)
    {
        _salience = salience;
        _index = index;
        Name = name;
        Kind = kind;
        MentionIndexes = new ReadOnlyCollection<int>(mentionIndexes);
        Mentions = new ReadOnlyCollection<Entity>(mentions);
    }

    /// <summary>Gets the entity's canonical name: its longest mention, in mixed case rather than capitals where both
    /// occur, without a possessive ending.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of the mention that gives the name.</summary>
    public EntityKind Kind { get; }

    /// <summary>Gets the positions of the mentions in <see cref="Pipeline.NewsDocument.Entities"/>, ascending.</summary>
    public IReadOnlyList<int> MentionIndexes { get; }

    /// <summary>Gets the mentions themselves, in text order (the entities at <see cref="MentionIndexes"/>).</summary>
    public IReadOnlyList<Entity> Mentions { get; }

    /// <summary>Gets how much the document is about this entity, between 0 and 1: the groups of a document share 1 between
    /// them, the entity of the headline, the lead and most mentions taking the largest share.</summary>
    /// <remarks>Weighs what a reader uses: the headline and the lead, how often and how widely the entity is mentioned,
    /// whether it is the subject of an early sentence or has an acronym defined, whether it only names the dateline, the
    /// length of its name and its kind (docs/salience.md). Computed for all the document's groups on first access, linear
    /// in the number of mentions; <see cref="Pipeline.NewsDocument.EntityGroupsBySalience"/> lists the groups in this order.</remarks>
    public float Salience => _salience.Of(_index);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind.ToLabel()} {Name} ×{Mentions.Count}";
}
