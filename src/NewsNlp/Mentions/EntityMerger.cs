using NewsNlp.Entities;

namespace NewsNlp.Mentions;

/// <summary>Turns the candidates of all stages into one ordered, non-overlapping entity list.</summary>
/// <remarks>On overlap the longer span wins; between equally long spans, the one a stage produced first wins.</remarks>
internal static class EntityMerger
{
    public static void Merge(List<EntitySpan> candidates, EntityKindSet kinds, List<EntitySpan> output) =>
        Merge(candidates, kinds, output, new EntitySpan[candidates.Count]);

    /// <param name="candidates">The candidates of all stages, each stage's in text order; reordered in place.</param>
    /// <param name="kinds">The kinds to keep.</param>
    /// <param name="output">Receives the merged entities.</param>
    /// <param name="buffer">Scratch space of at least <c>candidates.Count</c> items.</param>
    public static void Merge(List<EntitySpan> candidates, EntityKindSet kinds, List<EntitySpan> output, Span<EntitySpan> buffer)
    {
        // Stable order: by start, longer first, then production order; a merge sort keeps large documents linearithmic.
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates);
        StableSort(span, buffer[..span.Length]);

        int lastEnd = -1;
        int lastIndex = -1;
        foreach (var candidate in span)
        {
            if (!kinds.Contains(candidate.Kind) || candidate.End <= candidate.Start)
            {
                continue;
            }

            if (candidate.Start >= lastEnd)
            {
                output.Add(candidate);
                lastIndex = output.Count - 1;
                lastEnd = candidate.End;
            }
            else if (candidate.Length > output[lastIndex].Length)
            {
                // A longer span that starts inside the previous one replaces it only when it does not overlap the one before.
                if (lastIndex == 0 || output[lastIndex - 1].End <= candidate.Start)
                {
                    output[lastIndex] = candidate;
                    lastEnd = candidate.End;
                }
            }
        }
    }

    private static bool Precedes(EntitySpan a, EntitySpan b) => a.Start < b.Start || (a.Start == b.Start && a.Length > b.Length);

    /// <summary>Bottom-up merge sort: stable, O(n log n), and nearly free on the already ordered runs stages produce.</summary>
    private static void StableSort(Span<EntitySpan> items, Span<EntitySpan> buffer)
    {
        var source = items;
        var target = buffer;
        for (int width = 1; width < items.Length; width *= 2)
        {
            for (int left = 0; left < items.Length; left += 2 * width)
            {
                int middle = Math.Min(left + width, items.Length);
                int right = Math.Min(left + 2 * width, items.Length);
                int i = left, j = middle, k = left;
                while (i < middle && j < right)
                {
                    // Take from the right run only when it strictly precedes: ties keep production order.
                    target[k++] = Precedes(source[j], source[i]) ? source[j++] : source[i++];
                }

                while (i < middle)
                {
                    target[k++] = source[i++];
                }

                while (j < right)
                {
                    target[k++] = source[j++];
                }
            }

            var swap = source;
            source = target;
            target = swap;
        }

        if (source != items)
        {
            source.CopyTo(items);
        }
    }
}
