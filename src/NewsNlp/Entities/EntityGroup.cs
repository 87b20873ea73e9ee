using System.Collections.ObjectModel;

namespace NewsNlp.Entities;

/// <summary>One entity of a document and every mention of it: <c>Masoud Pezeshkian</c>, <c>Pezeshkian</c> and
/// <c>Pezeshkian’s</c>; <c>Balochistan Liberation Army</c> and <c>BLA</c>.</summary>
/// <remarks>Mentions are grouped when they are case variants or possessives of each other, when one is an acronym defined
/// after the other (<c>Balochistan Liberation Army (BLA)</c>, <c>Baloch Liberation Army, or BLA</c>), or when one is the
/// surname or first name of a person's full name in the same document (a name part shared by two people groups neither).
/// Read from <see cref="Pipeline.NewsDocument.EntityGroups"/>.</remarks>
public sealed class EntityGroup
{
    internal EntityGroup(string name, EntityKind kind, int[] mentionIndexes, Entity[] mentions)
    {
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

    /// <inheritdoc/>
    public override string ToString() => $"{Kind.ToLabel()} {Name} ×{Mentions.Count}";
}
