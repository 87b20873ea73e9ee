using NewsNlp.Entities;
using NewsNlp.Models.English.Research;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Entities;

/// <summary>Decoding rules checked on the research model, the one trained with MISC names (CoNLL-2003), through the
/// real loader; <see cref="OpenModelRegressionTests"/> checks the default open model.</summary>
public sealed class EnglishModelRegressionTests
{
    private static readonly NewsPipeline s_research = new NewsPipelineBuilder().UseModel(EnglishResearchModel.Model).Build();

    [Theory]
    [InlineData("Officials said Pakistan’s border crossings reopened after the talks.", "Pakistan", EntityKind.Location)]
    [InlineData("Officials said Pakistan's border crossings reopened after the talks.", "Pakistan", EntityKind.Location)]
    [InlineData("The delegation was received by the army chief, Field Marshal Asim Munir, on arrival.", "Asim Munir", EntityKind.Person)]
    [InlineData("Police arrested members of an India-linked network near the coast.", "India", EntityKind.Location)]
    public void Mention_has_the_expected_extent_and_kind(string text, string mention, EntityKind kind)
    {
        var entities = s_research.Analyze(text, TestContext.Current.CancellationToken).Entities;
        Assert.Contains(entities, e => e.Text == mention && e.Kind == kind);
        foreach (var entity in entities)
        {
            Assert.Equal(text[entity.Start..entity.End], entity.Text);
            Assert.DoesNotContain("’s", entity.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("-linked", entity.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Name_and_acronym_in_parentheses_are_two_organizations()
    {
        const string text = "Security forces blamed the Balochistan Liberation Army (BLA) for the attack on the convoy.";
        var entities = s_research.Analyze(text, TestContext.Current.CancellationToken).Entities;
        Assert.Contains(entities, e => e.Text == "Balochistan Liberation Army" && e.Kind == EntityKind.Organization);
        Assert.Contains(entities, e => e.Text == "BLA" && e.Kind == EntityKind.Organization);
    }

    [Theory]
    [InlineData("Delegates of the Coastal People’s Party met the governor in Karachi.", "Coastal People’s Party")]
    [InlineData("Money from the Lakeside Children's Fund paid for a clinic in Lahore.", "Lakeside Children's Fund")]
    public void A_possessive_after_a_common_noun_stays_inside_the_name(string text, string mention)
    {
        var entities = s_research.Analyze(text, TestContext.Current.CancellationToken).Entities;
        Assert.Contains(entities, e => e.Text == mention && e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void A_possessive_after_a_place_ends_the_place()
    {
        const string text = "A spokesman for Kenya’s Wildlife Service said the park would reopen.";
        var entities = s_research.Analyze(text, TestContext.Current.CancellationToken).Entities;
        Assert.Contains(entities, e => e.Text == "Kenya" && e.Kind == EntityKind.Location);
        Assert.DoesNotContain(entities, e => e.Text.Contains("’s", StringComparison.Ordinal));
    }

    [Fact]
    public void A_common_noun_after_an_acronym_in_a_title_case_headline_is_not_part_of_the_name()
    {
        const string text = "Harbour Council Backs Plan to Curb KLF Violence\n\n"
            + "The harbour council on Tuesday backed a plan to curb the violence blamed on the KLF, a separatist group.";
        var entities = s_research.Analyze(text, TestContext.Current.CancellationToken).Entities;
        Assert.Contains(entities, e => e.Text == "KLF" && e.Start < 50 && e.Kind == EntityKind.Organization);
        Assert.DoesNotContain(entities, e => e.Text.Contains("Violence", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Police said fighters of Jaish al-Nasr crossed the river at night.", "Jaish al-Nasr")]
    [InlineData("The ministry banned Harakat al-Tahrir and two smaller parties.", "Harakat al-Tahrir")]
    [InlineData("A statement from Jamaat ul-Mujahideen claimed the attack on Monday.", "Jamaat ul-Mujahideen")]
    [InlineData("Police blamed Lashkar-e-Qadim for the attack on the depot.", "Lashkar-e-Qadim")]
    [InlineData("A spokesman for Hizb-ut-Noor denied the report.", "Hizb-ut-Noor")]
    [InlineData("Leaders of the Sindh Tehreek-e-Adl met in Karachi.", "Sindh Tehreek-e-Adl")]
    public void Transliterated_group_names_are_organizations(string text, string mention)
    {
        var entities = s_research.Analyze(text, TestContext.Current.CancellationToken).Entities;
        Assert.Contains(entities, e => e.Text == mention && e.Kind == EntityKind.Organization);
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void Operation_names_are_misc_with_their_opening_word()
    {
        const string text = "The navy ended Operation Silver Kestrel after three weeks at sea.";
        var hidden = s_research.Analyze(text, TestContext.Current.CancellationToken).Entities;
        Assert.DoesNotContain(hidden, e => e.Text.Contains("Kestrel", StringComparison.Ordinal));

        var withMisc = new NewsPipelineBuilder().UseModel(EnglishResearchModel.Model).WithKinds(EntityKindSet.Default.With(EntityKind.Misc)).Build();
        var entities = withMisc.Analyze(text, TestContext.Current.CancellationToken).Entities;
        Assert.Contains(entities, e => e.Text == "Operation Silver Kestrel" && e.Kind == EntityKind.Misc);
    }

    [Fact]
    public void Misc_is_hidden_by_default_and_kinds_stay_within_the_default_set()
    {
        const string text = "Iranian and Pakistani officials met in Quetta on Tuesday to discuss the border.";
        foreach (var entity in s_research.Analyze(text, TestContext.Current.CancellationToken).Entities)
        {
            Assert.NotEqual(EntityKind.Misc, entity.Kind);
        }
    }
}
