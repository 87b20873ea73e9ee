using NewsNlp.Entities;
using NewsNlp.Groups;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Training;

/// <summary>One text prepared for fitting and scoring salience: its entity groups' features, mention counts and first
/// positions, and which groups match each annotated salient entity.</summary>
/// <remarks>A group matches a salient entity when one of its mentions has exactly the annotated name and kind.</remarks>
internal sealed class SalienceInstance
{
    private SalienceInstance(string id, string[] names, float[] features, int[] mentionCounts, int[] firstStarts, int[][] matching)
    {
        Id = id;
        Names = names;
        Features = features;
        MentionCounts = mentionCounts;
        FirstStarts = firstStarts;
        Matching = matching;
    }

    /// <summary>Gets the text's identifier.</summary>
    public string Id { get; }

    /// <summary>Gets each group's name (its longest mention), for error listings.</summary>
    public string[] Names { get; }

    /// <summary>Gets the number of groups.</summary>
    public int Groups => MentionCounts.Length;

    /// <summary>Gets the groups' features, <see cref="SalienceFeatures.Count"/> a group.</summary>
    public float[] Features { get; }

    /// <summary>Gets each group's number of mentions.</summary>
    public int[] MentionCounts { get; }

    /// <summary>Gets each group's first mention's offset.</summary>
    public int[] FirstStarts { get; }

    /// <summary>Gets, per annotated salient entity in rank order, the groups that match it (often one, none when no mention
    /// has its name and kind).</summary>
    public int[][] Matching { get; }

    /// <summary>Prepares <paramref name="document"/> with the pipeline's own grouping (<see cref="NewsDocument.EntityGroups"/>).</summary>
    public static SalienceInstance FromGroups(NewsDocument document, IReadOnlyList<SalientEntity> salient)
    {
        var groups = document.EntityGroups;
        var groupOf = new int[document.Entities.Count];
        Array.Fill(groupOf, -1);
        var kinds = new EntityKind[groups.Count];
        for (int g = 0; g < groups.Count; g++)
        {
            kinds[g] = groups[g].Kind;
            foreach (int index in groups[g].MentionIndexes)
            {
                groupOf[index] = g;
            }
        }

        return Create(document, groupOf, kinds, salient);
    }

    /// <summary>Prepares <paramref name="document"/> with its mentions grouped by exact surface and kind only (no acronyms,
    /// no name parts, no case variants): the grouping of the published count baseline.</summary>
    public static SalienceInstance FromExactSurfaces(NewsDocument document, IReadOnlyList<SalientEntity> salient)
    {
        var groupOf = new int[document.Entities.Count];
        var keys = new Dictionary<(string, EntityKind), int>();
        var kinds = new List<EntityKind>();
        for (int i = 0; i < groupOf.Length; i++)
        {
            var entity = document.Entities[i];
            if (entity.Kind == EntityKind.Date)
            {
                groupOf[i] = -1;
                continue;
            }

            if (!keys.TryGetValue((entity.Text, entity.Kind), out int group))
            {
                group = kinds.Count;
                keys.Add((entity.Text, entity.Kind), group);
                kinds.Add(entity.Kind);
            }

            groupOf[i] = group;
        }

        return Create(document, groupOf, [.. kinds], salient);
    }

    private static SalienceInstance Create(NewsDocument document, int[] groupOf, EntityKind[] kinds, IReadOnlyList<SalientEntity> salient)
    {
        var entities = document.Entities.ToArray();
        var features = new float[kinds.Length * SalienceFeatures.Count];
        SalienceFeatures.Compute(document.Text, document.Sentences.ToArray(), entities, groupOf, kinds, features);
        var counts = new int[kinds.Length];
        var names = new string[kinds.Length];
        var firsts = new int[kinds.Length];
        Array.Fill(firsts, int.MaxValue);
        var matching = new List<int>[salient.Count];
        for (int s = 0; s < matching.Length; s++)
        {
            matching[s] = [];
        }

        for (int i = 0; i < entities.Length; i++)
        {
            int g = groupOf[i];
            if (g < 0)
            {
                continue;
            }

            counts[g]++;
            if (names[g] is null || entities[i].Text.Length > names[g].Length)
            {
                names[g] = entities[i].Text;
            }

            firsts[g] = Math.Min(firsts[g], entities[i].Start);
            for (int s = 0; s < salient.Count; s++)
            {
                if (entities[i].Kind == salient[s].Kind && entities[i].Text == salient[s].Name && !matching[s].Contains(g))
                {
                    matching[s].Add(g);
                }
            }
        }

        return new SalienceInstance(document.Id ?? "", names, features, counts, firsts, [.. matching.Select(static m => m.ToArray())]);
    }

    /// <summary>The document of <paramref name="text"/> with <paramref name="mentions"/> as its entities, tokenized and split
    /// into sentences as the pipeline does: gold mentions in place of a model's.</summary>
    public static NewsDocument WithMentions(string id, string text, DateOnly? date, IReadOnlyList<GoldEntity> mentions)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var entities = new Entity[mentions.Count];
        for (int i = 0; i < entities.Length; i++)
        {
            var mention = mentions[i];
            entities[i] = new Entity(mention.Kind, mention.Start, mention.End, text[mention.Start..mention.End], 1f);
        }

        return new NewsDocument(text, id, date, tokens, sentences, entities);
    }
}
