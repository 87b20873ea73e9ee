using NewsNlp.Entities;
using NewsNlp.Groups;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Groups;

/// <summary>The kept entity-group rule (<see cref="GroupRuleSet.RetypeNameWords"/>) on hand-marked mentions.</summary>
public sealed class EntityGroupRulesTests
{
    [Theory]
    // A later first or last word of a full person name tagged as an organization or misc becomes a person.
    [InlineData("[PERSON Asim Munir] arrived. [ORGANIZATION Munir] spoke.", "PERSON Asim Munir|PERSON Munir")]
    [InlineData("[PERSON Ilse Varga] arrived. [MISC Ilse] spoke.", "PERSON Ilse Varga|PERSON Ilse")]
    // Places keep their kind: Lomura the town after Tomas Lomura the person.
    [InlineData("[PERSON Tomas Lomura] visited [LOCATION Lomura].", "PERSON Tomas Lomura|LOCATION Lomura")]
    // Before the full name, or when two people share the word, nothing changes.
    [InlineData("[ORGANIZATION Munir] first. [PERSON Asim Munir] later.", "ORGANIZATION Munir|PERSON Asim Munir")]
    [InlineData("[PERSON Ali Dravik] met [PERSON Ali Corvane]. [ORGANIZATION Ali] spoke.", "PERSON Ali Dravik|PERSON Ali Corvane|ORGANIZATION Ali")]
    // Multi-word mentions are not name words.
    [InlineData("[PERSON Asim Munir] arrived. [ORGANIZATION Munir Group] spoke.", "PERSON Asim Munir|ORGANIZATION Munir Group")]
    public void Name_words_are_retyped_only_after_one_full_name(string marked, string expected)
    {
        var (text, mentions) = EntityGroupingTests.Parse(marked);
        var entities = new List<EntitySpan>(mentions);
        EntityGroupRules.Apply(text, NewsTokenizer.Tokenize(text), entities, GroupRuleSet.RetypeNameWords, new GroupRuleScratch());

        Assert.Equal(expected, string.Join('|', entities.Select(e => $"{e.Kind.ToLabel()} {text[e.Start..e.End]}")));
        Assert.Equal(mentions.Select(m => (m.Start, m.End)), entities.Select(e => (e.Start, e.End)));
    }

    [Fact]
    public void No_rules_change_nothing()
    {
        var (text, mentions) = EntityGroupingTests.Parse("[PERSON Asim Munir] arrived. [ORGANIZATION Munir] spoke.");
        var entities = new List<EntitySpan>(mentions);
        EntityGroupRules.Apply(text, NewsTokenizer.Tokenize(text), entities, GroupRuleSet.None, new GroupRuleScratch());
        Assert.Equal(mentions, entities);
    }
}
