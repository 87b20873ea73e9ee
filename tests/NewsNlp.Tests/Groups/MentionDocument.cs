using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Groups;

/// <summary>Builds a <see cref="NewsDocument"/> from a text and chosen mentions, tokenized and split as the pipeline does:
/// grouping and salience tested without a model's choices in the way.</summary>
internal static class MentionDocument
{
    /// <summary>The document of <paramref name="text"/> whose mentions are each occurrence of the given surfaces, in text order.</summary>
    public static NewsDocument Of(string text, params (string Surface, EntityKind Kind)[] names)
    {
        var entities = new List<Entity>();
        foreach (var (surface, kind) in names)
        {
            for (int at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal))
            {
                bool wholeWord = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + surface.Length == text.Length || !char.IsLetterOrDigit(text[at + surface.Length]));
                if (wholeWord && !entities.Exists(e => e.Start < at + surface.Length && at < e.End))
                {
                    entities.Add(new Entity(kind, at, at + surface.Length, surface, 0.9f));
                }
            }
        }

        entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        var tokens = NewsTokenizer.Tokenize(text);
        return new NewsDocument(text, null, null, tokens, SentenceSplitter.Split(text, tokens), [.. entities]);
    }

    /// <summary>The group holding the mention <paramref name="surface"/>.</summary>
    public static EntityGroup GroupOf(NewsDocument document, string surface) =>
        Assert.Single(document.EntityGroups, g => g.Mentions.Any(m => m.Text == surface));
}
