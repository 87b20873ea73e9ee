using NewsNlp.Pipeline;

namespace NewsNlp.Training;

/// <summary>Prepares a news set's annotated texts for fitting and scoring salience.</summary>
internal static class SalienceCorpus
{
    /// <summary>One prepared text and its position in <c>docs.jsonl</c> (which decides its cross-validation fold).</summary>
    public readonly record struct Item(int Position, SalienceInstance Instance);

    /// <summary>Prepares every text of <paramref name="texts"/> that <paramref name="salient"/> annotates.</summary>
    /// <param name="texts">The set's texts in <c>docs.jsonl</c> order.</param>
    /// <param name="salient">The salience annotations by text id.</param>
    /// <param name="analyse">Gives the analysed document of a text (its position and the text): gold or a model's mentions.</param>
    /// <param name="exactSurfaces">Group mentions by exact surface and kind instead of the pipeline's grouping.</param>
    public static List<Item> Prepare(IReadOnlyList<AnnotatedDocument> texts, IReadOnlyDictionary<string, SalientEntity[]> salient,
        Func<int, AnnotatedDocument, NewsDocument> analyse, bool exactSurfaces)
    {
        var items = new List<Item>(texts.Count);
        for (int i = 0; i < texts.Count; i++)
        {
            if (!salient.TryGetValue(texts[i].Id, out var entities))
            {
                continue;
            }

            var document = analyse(i, texts[i]);
            var instance = exactSurfaces ? SalienceInstance.FromExactSurfaces(document, entities) : SalienceInstance.FromGroups(document, entities);
            items.Add(new Item(i, instance));
        }

        return items;
    }

    /// <summary>The gold mentions of <paramref name="text"/> as an analysed document.</summary>
    public static NewsDocument Gold(AnnotatedDocument text) => SalienceInstance.WithMentions(text.Id, text.Text, text.ReferenceDate, text.Entities);
}
