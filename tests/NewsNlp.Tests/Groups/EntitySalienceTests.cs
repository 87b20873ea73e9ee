using System.Text;
using NewsNlp.Entities;
using NewsNlp.Groups;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Groups;

/// <summary><see cref="EntityGroup.Salience"/> and <see cref="NewsDocument.EntityGroupsBySalience"/>.</summary>
public sealed class EntitySalienceTests
{
    private const string Article =
        "Corvane Group Buys Dravik Harbour Terminal\n\n"
        + "LOMURA — Corvane Group agreed on Monday to buy the Dravik Harbour Terminal from the Lomura Port Authority (LPA) for "
        + "$2 billion, the company said.\n\n"
        + "Corvane Group will run the terminal from next year. Ilse Varga, who heads the LPA, said the sale would fund new "
        + "berths. Analysts at Kestrel Bank said Corvane Group was paying a fair price.\n\n"
        + "The terminal handled record cargo last year, according to the Tessaly Shipping Council.";

    private static NewsDocument AnalysedArticle() => MentionDocument.Of(Article,
        ("Corvane Group", EntityKind.Organization), ("Dravik Harbour Terminal", EntityKind.Location), ("LOMURA", EntityKind.Location),
        ("Lomura Port Authority", EntityKind.Organization), ("LPA", EntityKind.Organization), ("Ilse Varga", EntityKind.Person),
        ("Kestrel Bank", EntityKind.Organization), ("Tessaly Shipping Council", EntityKind.Organization));

    [Fact]
    public void Saliences_lie_between_0_and_1_and_sum_to_1()
    {
        var groups = AnalysedArticle().EntityGroups;

        Assert.True(groups.Count >= 6);
        Assert.All(groups, g => Assert.InRange(g.Salience, float.Epsilon, 1f));
        Assert.Equal(1.0, groups.Sum(g => (double)g.Salience), 4);
    }

    [Fact]
    public void The_entity_of_the_headline_the_lead_and_most_mentions_comes_first_and_the_dateline_place_last()
    {
        var ranked = AnalysedArticle().EntityGroupsBySalience;

        Assert.Equal("Corvane Group", ranked[0].Name);
        Assert.Equal("Dravik Harbour Terminal", ranked[1].Name);
        Assert.Equal("LOMURA", ranked[^1].Name);
        Assert.True(ranked[0].Salience > 2 * ranked[2].Salience, $"{ranked[0].Salience} {ranked[2].Salience}");
    }

    [Fact]
    public void Groups_by_salience_are_the_same_groups_in_descending_order_and_kept()
    {
        var document = AnalysedArticle();
        var ranked = document.EntityGroupsBySalience;

        Assert.Equal(document.EntityGroups.OrderBy(g => g.Name), ranked.OrderBy(g => g.Name));
        for (int i = 1; i < ranked.Count; i++)
        {
            Assert.True(ranked[i - 1].Salience >= ranked[i].Salience);
        }

        Assert.Same(ranked, document.EntityGroupsBySalience);
    }

    [Fact]
    public void Equal_saliences_keep_the_order_of_first_mention()
    {
        // Three one-word places, each once, in one sentence without headline: they differ only by position, which the
        // weights reward, so make them share it by testing the order function on equal scores directly.
        var document = MentionDocument.Of("Lomura, Tessaly and Dravik signed.", ("Lomura", EntityKind.Location), ("Tessaly", EntityKind.Location), ("Dravik", EntityKind.Location));
        var groups = document.EntityGroups;
        var features = new float[groups.Count * SalienceFeatures.Count];
        var scores = new float[groups.Count];
        EntitySalience.Softmax(features, SalienceWeights.Values, scores);

        Assert.All(scores, s => Assert.Equal(1f / 3, s, 5));
        Assert.Equal(["Lomura", "Tessaly", "Dravik"], EntitySalienceOrder.Sort(groups).Select(g => g.Name));
    }

    [Fact]
    public void A_document_without_groups_has_none_by_salience()
    {
        var document = MentionDocument.Of("Talks resumed on Monday.", ("Monday", EntityKind.Date));

        Assert.Empty(document.EntityGroups);
        Assert.Empty(document.EntityGroupsBySalience);
    }

    [Fact]
    public void Saliences_are_the_same_from_every_thread()
    {
        var document = AnalysedArticle();
        var values = new float[8][];
        Parallel.For(0, values.Length, i => values[i] = [.. document.EntityGroups.Select(g => g.Salience)]);

        Assert.All(values, v => Assert.Equal(values[0], v));
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(160_000)]
    public void A_document_of_many_mentions_is_scored(int mentionCount)
    {
        // Hostile: 500 names whose acronyms all share their initials with other names (ambiguous), a dateline on every
        // seventh line and lines of their own: every scan stays bounded, so this completes like a small document, only longer.
        var text = new StringBuilder("Port Authority Opens Terminal\n\n");
        var entities = new List<Entity>(mentionCount);
        for (int i = 0; entities.Count < mentionCount; i++)
        {
            string word = "K" + (char)('a' + (i % 26)) + (char)('a' + (i / 26 % 20));
            text.Append(i % 7 == 0 ? "\nLOMURA — " : i % 11 == 0 ? "\nBy the desk\n" : " ");
            Add(text, entities, $"Port {word} Authority", EntityKind.Organization);
            text.Append(" met ");
            Add(text, entities, "PKA", EntityKind.Organization);
            text.Append(" officials.");
        }

        var tokens = NewsNlp.Tokenization.NewsTokenizer.Tokenize(text.ToString());
        var document = new NewsDocument(text.ToString(), null, null, tokens, NewsNlp.Tokenization.SentenceSplitter.Split(text.ToString(), tokens), [.. entities]);
        var ranked = document.EntityGroupsBySalience;

        Assert.Equal(Math.Min(520, mentionCount / 2) + 1, ranked.Count); // the names, and PKA, ambiguous, alone
        Assert.Equal(1.0, ranked.Sum(g => (double)g.Salience), 3);
        Assert.Equal("PKA", ranked[0].Name);
    }

    private static void Add(StringBuilder text, List<Entity> entities, string surface, EntityKind kind)
    {
        entities.Add(new Entity(kind, text.Length, text.Length + surface.Length, surface, 0.9f));
        text.Append(surface);
    }
}
