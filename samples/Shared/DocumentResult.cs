// Compiled into samples/WebApi and samples/Worker: the one JSON shape of a result (docs/output.md, docs/output.schema.json),
// the same as `newsnlp extract --format json` writes for a document.
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Samples;

/// <summary>One document: its id as it came (or null), its entities and its entity groups.</summary>
/// <param name="Doc">The document's id, as the input gave it (a JSON string or number), or null.</param>
/// <param name="Entities">The entities, in text order.</param>
/// <param name="Groups">The document's entities with all their mentions and their salience, most salient first.</param>
public sealed record DocumentResult(JsonElement? Doc, IReadOnlyList<EntityResult> Entities, IReadOnlyList<GroupResult> Groups)
{
    /// <summary>Serializer settings for the contract: camelCase names, and non-ASCII text written as it is.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The result of <paramref name="document"/>; <paramref name="doc"/> is its id as raw JSON, or null.</summary>
    public static DocumentResult From(NewsDocument document, JsonElement? doc)
    {
        var entities = new List<EntityResult>(document.Entities.Count);
        foreach (var entity in document.Entities)
        {
            entities.Add(EntityResult.From(entity));
        }

        var groups = new List<GroupResult>(document.EntityGroups.Count);
        foreach (var group in document.EntityGroupsBySalience)
        {
            var mentions = new List<int[]>(group.Mentions.Count);
            foreach (var mention in group.Mentions)
            {
                mentions.Add([mention.Start, mention.End]);
            }

            groups.Add(new GroupResult(group.Name, group.Mentions[0].Label, mentions, Math.Round(group.Salience, 4)));
        }

        return new DocumentResult(doc, entities, groups);
    }
}

/// <summary>One entity; offsets are UTF-16 code units into the document's text, end exclusive. <c>value</c> is left out
/// when there is none (never written as null), and the confidence is rounded to 4 decimals, as the CLI writes them.</summary>
public sealed record EntityResult(
    int Start,
    int End,
    string Text,
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Value,
    double Confidence)
{
    public static EntityResult From(Entity entity) =>
        new(entity.Start, entity.End, entity.Text, entity.Label, entity.Value, Math.Round(entity.Confidence, 4));
}

/// <summary>One entity of the document with all its mentions, each as <c>[start, end]</c>, and its salience (the groups of a document sum to 1).</summary>
public sealed record GroupResult(string Name, string Type, IReadOnlyList<int[]> Mentions, double Salience);
