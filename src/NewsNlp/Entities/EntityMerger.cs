namespace NewsNlp.Entities;

/// <summary>Turns the candidates of all stages into one ordered, non-overlapping entity list.</summary>
/// <remarks>On overlap the longer span wins; between equally long spans, the one a stage produced first wins.</remarks>
internal static class EntityMerger
{
    public static void Merge(List<EntitySpan> candidates, EntityKindSet kinds, List<EntitySpan> output)
    {
        // Stable order: by start, longer first, then production order (the index breaks ties).
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates);
        for (int i = 1; i < span.Length; i++)
        {
            var item = span[i];
            int j = i - 1;
            while (j >= 0 && Precedes(item, span[j]))
            {
                span[j + 1] = span[j];
                j--;
            }

            span[j + 1] = item;
        }

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
}
