using NewsNlp.Entities;

namespace NewsNlp.Tests.Groups;

/// <summary>Acronyms used without a definition and names after a country qualifier join the name a reader takes them for.</summary>
public sealed class AliasJoinTests
{
    private const EntityKind Org = EntityKind.Organization;

    [Theory]
    [InlineData("The Federal Trade Commission sued the firm. The FTC said more would follow.", "Federal Trade Commission", "FTC")]
    [InlineData("Officers of U.S. Customs and Border Protection seized gloves. CBP said the gloves were made by forced labour.", "U.S. Customs and Border Protection", "CBP")]
    [InlineData("USAID announced aid. The U.S. Agency for International Development said it would last a year.", "U.S. Agency for International Development", "USAID")]
    [InlineData("The Department of Defense said DoD staff would travel.", "Department of Defense", "DoD")]
    [InlineData("The Coast Guard rescued two sailors. A U.S. Coast Guard cutter found them.", "U.S. Coast Guard", "Coast Guard")]
    public void The_alias_joins_the_name(string text, string name, string alias)
    {
        var document = MentionDocument.Of(text, (name, Org), (alias, Org));

        var group = MentionDocument.GroupOf(document, name);
        Assert.Same(group, MentionDocument.GroupOf(document, alias));
        Assert.Equal(name, group.Name);
        Assert.Single(document.EntityGroups);
    }

    [Fact]
    public void Initials_two_names_share_join_neither()
    {
        const string Text = "The Central Bank and the Cricket Board met. CB officials left early.";
        var document = MentionDocument.Of(Text, ("Central Bank", Org), ("Cricket Board", Org), ("CB", Org));

        Assert.Equal(3, document.EntityGroups.Count);
        Assert.Single(MentionDocument.GroupOf(document, "CB").Mentions);
    }

    [Fact]
    public void An_acronym_of_another_kind_stays_apart()
    {
        const string Text = "Nadia Ruiz Tamar arrived. NRT said nothing.";
        var document = MentionDocument.Of(Text, ("Nadia Ruiz Tamar", EntityKind.Person), ("NRT", Org));

        Assert.Equal(2, document.EntityGroups.Count);
    }

    [Fact]
    public void A_word_that_is_not_an_acronym_spells_nothing()
    {
        // "Fact" has one capital; "United" alone is no qualifier, so "Nations Fund" is not "United Nations Fund".
        const string Text = "The Fund Auditing Committee Team met. Fact checkers and the United Nations Fund wrote to the Nations Fund.";
        var document = MentionDocument.Of(Text, ("Fund Auditing Committee Team", Org), ("Fact", Org), ("United Nations Fund", Org), ("Nations Fund", Org));

        Assert.Equal(4, document.EntityGroups.Count);
    }

    [Fact]
    public void Groups_stay_in_order_of_first_mention_and_every_mention_keeps_one_group()
    {
        const string Text = "FTC staff met Lomura Port officials. The Federal Trade Commission later fined Lomura Port.";
        var document = MentionDocument.Of(Text, ("FTC", Org), ("Lomura Port", Org), ("Federal Trade Commission", Org));

        Assert.Equal(["Federal Trade Commission", "Lomura Port"], document.EntityGroups.Select(g => g.Name));
        Assert.Equal(document.Entities.Count, document.EntityGroups.Sum(g => g.Mentions.Count));
        Assert.Equal([0, 2], document.EntityGroups[0].MentionIndexes);
    }
}
