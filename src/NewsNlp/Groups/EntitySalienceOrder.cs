using System.Collections.ObjectModel;
using NewsNlp.Entities;

namespace NewsNlp.Groups;

/// <summary>Orders a document's entity groups most salient first.</summary>
internal static class EntitySalienceOrder
{
    /// <summary>The groups by descending <see cref="EntityGroup.Salience"/>; equal saliences keep the input order (first
    /// mention).</summary>
    public static ReadOnlyCollection<EntityGroup> Sort(IReadOnlyList<EntityGroup> groups)
    {
        var keys = new float[groups.Count];
        var order = new EntityGroup[groups.Count];
        for (int g = 0; g < order.Length; g++)
        {
            order[g] = groups[g];
            keys[g] = -groups[g].Salience;
        }

        // A stable sort: Array.Sort is not, so the index breaks ties.
        var indexes = new int[order.Length];
        for (int g = 0; g < indexes.Length; g++)
        {
            indexes[g] = g;
        }

        Array.Sort(indexes, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
        var sorted = new EntityGroup[order.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            sorted[i] = order[indexes[i]];
        }

        return new ReadOnlyCollection<EntityGroup>(sorted);
    }
}
