using NewsNlp.Entities;

namespace NewsNlp.Tests.Groups;

/// <summary>Looser aliases join the name a reader takes them for: short forms defined in parentheses, a department's
/// subject, a company without its legal form or by its first word, a name without <c>the</c>, initials that count
/// <c>of</c>, and a person's surname or last two words; shared or mismatched keys join nothing.</summary>
public sealed class LooseAliasJoinTests
{
    private const EntityKind Org = EntityKind.Organization;
    private const EntityKind Per = EntityKind.Person;

    [Theory]
    [InlineData("The Export-Import Bank of the Republic (EXIM) approved a loan. EXIM said the loan helps exporters.", "Export-Import Bank of the Republic", "EXIM", Org)]
    [InlineData("The Export-Import Bank of the Republic (Ex-Im Bank) approved a loan. Ex-Im Bank said more would follow.", "Export-Import Bank of the Republic", "Ex-Im Bank", Org)]
    [InlineData("The Treasury imposed sanctions. The U.S. Department of the Treasury named four firms.", "U.S. Department of the Treasury", "Treasury", Org)]
    [InlineData("The Commerce Department opened an office. The Department of Commerce said it would hire.", "Department of Commerce", "Commerce Department", Org)]
    [InlineData("Tokai Rika Co. Ltd. pleaded guilty. Tokai Rika agreed to pay a fine.", "Tokai Rika Co. Ltd.", "Tokai Rika", Org)]
    [InlineData("The National Endowment for the Arts named nine fellows. The National Endowment for Arts pays each.", "National Endowment for the Arts", "National Endowment for Arts", Org)]
    [InlineData("The Department of Energy sold oil. DOE said the sale was planned.", "Department of Energy", "DOE", Org)]
    [InlineData("Micron Technology will build two plants. Micron said the first opens soon.", "Micron Technology", "Micron", Org)]
    [InlineData("Secretary Lloyd J. Austin III spoke in Lomura. Austin said the talks went well.", "Lloyd J. Austin III", "Austin", Per)]
    [InlineData("The UN Verification Mission in Colombia reported. The United Nations Verification Mission in Colombia met.", "United Nations Verification Mission in Colombia", "UN Verification Mission in Colombia", Org)]
    [InlineData("Troops of the Republic of Guatemala trained. Guatemala hosted the exercise.", "Republic of Guatemala", "Guatemala", EntityKind.Location)]
    [InlineData("The United States of America signed. The United States will pay.", "United States of America", "United States", EntityKind.Location)]
    [InlineData("Derek Chollet flew to Lomura. Counselor Chollet met the minister there.", "Derek Chollet", "Counselor Chollet", Per)]
    [InlineData("Jenniffer González Colón spoke first. Gonzalez thanked the committee.", "Jenniffer González Colón", "Gonzalez", Per)]
    [InlineData("Juan Alecio Samayoa Cabrera was removed. Samayoa Cabrera had been convicted.", "Juan Alecio Samayoa Cabrera", "Samayoa Cabrera", Per)]
    public void The_loose_alias_joins_the_name(string text, string name, string alias, EntityKind kind)
    {
        var document = MentionDocument.Of(text, (name, kind), (alias, kind));

        var group = MentionDocument.GroupOf(document, name);
        Assert.Same(group, MentionDocument.GroupOf(document, alias));
        Assert.Equal(name, group.Name);
        Assert.Single(document.EntityGroups);
    }

    [Fact]
    public void Names_of_one_company_with_different_legal_forms_join()
    {
        const string Text = "Boeing Co. won the order. Boeing Company will deliver in May, Boeing said.";
        var document = MentionDocument.Of(Text, ("Boeing Company", Org), ("Boeing Co.", Org), ("Boeing", Org));

        Assert.Single(document.EntityGroups);
        Assert.Equal(3, document.EntityGroups[0].Mentions.Count);
    }

    [Fact]
    public void A_company_name_without_its_legal_form_joins_whatever_kind_a_model_gave_it()
    {
        const string Text = "Tokai Rika Co. Ltd. pleaded guilty. Tokai Rika agreed to pay a fine.";
        var document = MentionDocument.Of(Text, ("Tokai Rika Co. Ltd.", Org), ("Tokai Rika", Per));

        var group = Assert.Single(document.EntityGroups);
        Assert.Equal(Org, group.Kind);
        Assert.Equal("Tokai Rika Co. Ltd.", group.Name);
    }

    [Fact]
    public void An_acronym_before_its_unit_stays_apart()
    {
        // "NASA Television" is a unit of NASA, not its longer name.
        const string Text = "NASA Television showed the launch. NASA said the crew was well.";
        var document = MentionDocument.Of(Text, ("NASA Television", Org), ("NASA", Org));

        Assert.Equal(2, document.EntityGroups.Count);
    }

    [Fact]
    public void Only_a_person_loses_a_title_word()
    {
        // "General" opens a company's name here, not a title: "General Electric" is not "Electric Board".
        const string Text = "General Electric built the turbine. Electric Board staff installed it.";
        var document = MentionDocument.Of(Text, ("General Electric", Org), ("Electric Board", Org));

        Assert.Equal(2, document.EntityGroups.Count);
    }

    [Fact]
    public void A_surname_two_people_share_joins_neither()
    {
        const string Text = "Traver W. Silbernagel and Jennifer Silbernagel attended. Silbernagel thanked the crew.";
        var document = MentionDocument.Of(Text, ("Traver W. Silbernagel", Per), ("Jennifer Silbernagel", Per), ("Silbernagel", Per));

        Assert.Equal(3, document.EntityGroups.Count);
        Assert.Single(MentionDocument.GroupOf(document, "Silbernagel").Mentions);
    }

    [Fact]
    public void A_parenthesis_that_does_not_abbreviate_the_name_defines_nothing()
    {
        const string Text = "The Lomura Port Authority (Zebra) met. Zebra left early.";
        var document = MentionDocument.Of(Text, ("Lomura Port Authority", Org), ("Zebra", Org));

        Assert.Equal(2, document.EntityGroups.Count);
    }

    [Fact]
    public void A_loose_alias_of_another_kind_stays_apart()
    {
        const string Text = "The Department of State met in Lomura. State officials and the people of State agreed.";
        var document = MentionDocument.Of(Text, ("Department of State", Org), ("State", EntityKind.Location));

        Assert.Equal(2, document.EntityGroups.Count);
    }
}
