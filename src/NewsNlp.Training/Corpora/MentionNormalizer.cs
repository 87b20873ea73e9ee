using System.Text.RegularExpressions;
using NewsNlp.Entities;

namespace NewsNlp.Training;

/// <summary>Aligns hyphenated compounds in a corpus with NewsNlp's mention conventions, using names the corpus itself knows.</summary>
/// <remarks>
/// <c>Pakistan-based</c> annotated as <c>O</c> gets <c>Pakistan</c> as a mention when the corpus mostly annotates the word
/// <c>Pakistan</c> alone (and as which kind); <c>Iran-Pakistan</c> becomes two mentions when both parts are such known names.
/// Our tokenizer splits at hyphens, so this is what the tagger can learn.
/// </remarks>
internal static partial class MentionNormalizer
{
    private const int MinCount = 3;

    public static List<AnnotatedDocument> Normalize(List<AnnotatedDocument> documents)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var entity in document.Entities)
            {
                var text = document.Text.AsSpan(entity.Start, entity.End - entity.Start);
                if (text.IndexOfAny(" -\u2013") < 0)
                {
                    Count(counts, text.ToString(), (int)entity.Kind);
                }
            }
        }

        // How often each known word stands alone (not inside a longer mention), so that common words that are sometimes
        // names stay out. A word inside a longer name (U.S. in U.S. Central Intelligence Agency) says nothing about
        // how the corpus annotates it alone.
        foreach (var document in documents)
        {
            foreach (Match word in WordPattern().Matches(document.Text))
            {
                if (counts.TryGetValue(word.Value, out var row) && !InsideLongerMention(document.Entities, word.Index, word.Index + word.Length))
                {
                    row[^1]++;
                }
            }
        }

        var result = new List<AnnotatedDocument>(documents.Count);
        foreach (var document in documents)
        {
            result.Add(Normalize(document, counts));
        }

        return result;
    }

    private static AnnotatedDocument Normalize(AnnotatedDocument document, Dictionary<string, int[]> counts)
    {
        List<GoldEntity>? entities = null;
        foreach (Match compound in CompoundPattern().Matches(document.Text))
        {
            int start = compound.Index;
            int end = start + compound.Length;
            var current = entities ?? (IReadOnlyList<GoldEntity>)document.Entities;
            int exact = -1;
            int prefix = -1;
            bool blocked = false;
            var parts = compound.Value.Split('-', '\u2013');
            for (int i = 0; i < current.Count; i++)
            {
                var e = current[i];
                if (e.Start == start && e.End == end)
                {
                    exact = i;
                }
                else if (e.Start == start && e.End == start + parts[0].Length)
                {
                    prefix = i;
                }
                else if (e.Start < end && start < e.End)
                {
                    blocked = true;
                }
            }

            if (blocked)
            {
                continue;
            }

            if (prefix >= 0)
            {
                // Already trimmed (India-linked → India): the name keeps the kind the corpus mostly gives it.
                if (parts.Length == 2 && Known(counts, parts[0]) is { } known && known != current[prefix].Kind)
                {
                    entities ??= [.. document.Entities];
                    entities[prefix] = entities[prefix] with { Kind = known };
                }

                continue;
            }

            var replacement = new List<GoldEntity>();
            if (char.IsUpper(parts[^1][0]))
            {
                // Every part a known name of one kind: Iran-Pakistan.
                int offset = start;
                EntityKind? kind = null;
                foreach (var part in parts)
                {
                    var known = Known(counts, part);
                    if (known is null || (kind is not null && kind != known))
                    {
                        replacement.Clear();
                        break;
                    }

                    kind = known;
                    replacement.Add(new GoldEntity(known.Value, offset, offset + part.Length));
                    offset += part.Length + 1;
                }
            }
            else if (exact < 0 && parts.Length == 2 && Known(counts, parts[0]) is { } kind)
            {
                // A known name with a dependent tail: Pakistan-based.
                replacement.Add(new GoldEntity(kind, start, start + parts[0].Length));
            }

            if (replacement.Count == 0)
            {
                continue;
            }

            entities ??= [.. document.Entities];
            if (exact >= 0)
            {
                entities.RemoveAt(exact);
            }

            entities.AddRange(replacement);
            entities.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        return entities is null ? document : new AnnotatedDocument(document.Id, document.Text, entities);
    }

    private static EntityKind? Known(Dictionary<string, int[]> counts, string word)
    {
        if (!counts.TryGetValue(word, out var row))
        {
            return null;
        }

        int best = 0;
        int mentions = row[0];
        for (int k = 1; k < row.Length - 1; k++)
        {
            mentions += row[k];
            if (row[k] > row[best])
            {
                best = k;
            }
        }

        // A name of one dominant kind (U.S. is geo 2,842 times and org 753 times in GMB), annotated as a name in most
        // of its standalone occurrences.
        int standalone = row[^1];
        return row[best] >= MinCount && row[best] * 10 >= mentions * 7 && mentions * 10 >= standalone * 7 ? (EntityKind)best : null;
    }

    private static bool InsideLongerMention(IReadOnlyList<GoldEntity> entities, int start, int end)
    {
        foreach (var entity in entities)
        {
            if (entity.Start <= start && end <= entity.End && (entity.Start != start || entity.End != end))
            {
                return true;
            }
        }

        return false;
    }

    private static void Count(Dictionary<string, int[]> counts, string word, int kind)
    {
        if (!counts.TryGetValue(word, out var row))
        {
            row = new int[EntityKindLabels.All.Count + 1];
            counts[word] = row;
        }

        row[kind]++;
    }

    [GeneratedRegex(@"(?<![\w\-\u2013])\p{Lu}[\p{L}.]*(?:[\-\u2013]\p{L}+)+(?![\w\-\u2013])")]
    private static partial Regex CompoundPattern();

    [GeneratedRegex(@"(?<![\w\-\u2013])\p{Lu}[\p{L}.]*")]
    private static partial Regex WordPattern();
}
