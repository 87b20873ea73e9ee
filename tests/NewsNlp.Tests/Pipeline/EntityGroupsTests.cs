using CsCheck;
using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Training;

namespace NewsNlp.Tests.Pipeline;

/// <summary><see cref="NewsDocument.EntityGroups"/> through the real pipeline and the embedded model.</summary>
public sealed class EntityGroupsTests
{
    private const string Article =
        "NAIROBI — Kenyan President William Ruto met the head of the Coastal Ports Agency (CPA) in Nairobi on Monday. "
        + "Ruto said the CPA would publish its plans next month, and Ruto's office confirmed the date.";

    [Fact]
    public void Every_entity_but_dates_is_in_exactly_one_group_and_indexes_match_the_entities()
    {
        var document = NewsPipeline.Default.Analyze(Article);
        var seen = new int[document.Entities.Count];
        foreach (var group in document.EntityGroups)
        {
            Assert.NotEmpty(group.Mentions);
            Assert.Equal(group.MentionIndexes.Count, group.Mentions.Count);
            for (int m = 0; m < group.Mentions.Count; m++)
            {
                Assert.Equal(document.Entities[group.MentionIndexes[m]], group.Mentions[m]);
                seen[group.MentionIndexes[m]]++;
            }

            Assert.Equal(group.MentionIndexes.Order(), group.MentionIndexes);
            Assert.Contains(group.Mentions, m => Article.AsSpan(m.Start, m.Length).StartsWith(group.Name, StringComparison.Ordinal));
        }

        for (int i = 0; i < seen.Length; i++)
        {
            Assert.Equal(document.Entities[i].Kind == EntityKind.Date ? 0 : 1, seen[i]);
        }
    }

    [Fact]
    public void Surname_possessive_case_variant_and_acronym_join_their_names()
    {
        var document = NewsPipeline.Default.Analyze(Article);
        AssertGrouped(document, "William Ruto", "Ruto");
        var ruto = Assert.Single(document.EntityGroups, g => g.Name == "William Ruto");
        Assert.Equal(2, ruto.Mentions.Count(m => m.Text == "Ruto")); // the tokenizer splits "Ruto's": both mentions are "Ruto"
        AssertGrouped(document, "Coastal Ports Agency", "CPA");
        AssertGrouped(document, "Nairobi", "NAIROBI");
    }

    [Fact]
    public void Groups_are_computed_once_and_shared()
    {
        var document = NewsPipeline.Default.Analyze(Article);
        Assert.Same(document.EntityGroups, document.EntityGroups);
        Assert.Throws<NotSupportedException>(() => ((IList<EntityGroup>)document.EntityGroups).Add(document.EntityGroups[0]));
    }

    [Fact]
    public void Hostile_text_gives_groups_that_cover_every_entity_but_dates_once() =>
        HostileText.Text(maxPieces: 60).Sample(static text =>
        {
            var document = NewsPipeline.Default.Analyze(text);
            var seen = new int[document.Entities.Count];
            foreach (var group in document.EntityGroups)
            {
                Assert.False(string.IsNullOrEmpty(group.Name));
                Assert.NotEmpty(group.Mentions);
                foreach (int index in group.MentionIndexes)
                {
                    seen[index]++;
                }
            }

            for (int i = 0; i < seen.Length; i++)
            {
                Assert.Equal(document.Entities[i].Kind == EntityKind.Date ? 0 : 1, seen[i]);
            }
        }, iter: 300, print: HostileText.Escape);

    [Fact]
    public void A_document_without_entities_has_no_groups()
    {
        Assert.Empty(NewsPipeline.Default.Analyze("nothing to see here.").EntityGroups);
        Assert.Empty(NewsPipeline.Default.Analyze("").EntityGroups);
    }

    [Fact]
    public void Seed_article_groups_the_acronym_and_the_surnames_with_their_full_names()
    {
        var path = SharedData.RequireFile("samples/seed-article.txt");
        var gold = Assert.Single(new JsonlGoldReader().Read(path, LabelMapping.Standard));
        var document = NewsPipeline.Default.Analyze(gold.Text);
        AssertGrouped(document, "Balochistan Liberation Army", "BLA");
        AssertGrouped(document, "Asim Munir", "Munir");
        AssertGrouped(document, "Masoud Pezeshkian", "Pezeshkian");
    }

    /// <summary>Asserts that one group holds a mention of <paramref name="name"/> and of every alias, and is named by it.</summary>
    private static void AssertGrouped(NewsDocument document, string name, params string[] aliases)
    {
        var group = Assert.Single(document.EntityGroups, g => g.Mentions.Any(m => m.Text == name));
        Assert.Equal(name, group.Name);
        foreach (var alias in aliases)
        {
            Assert.True(group.Mentions.Any(m => m.Text == alias), $"'{alias}' is not grouped with '{name}': {string.Join(", ", group.Mentions.Select(m => m.Text))}; groups: {string.Join("; ", document.EntityGroups)}");
        }
    }
}
