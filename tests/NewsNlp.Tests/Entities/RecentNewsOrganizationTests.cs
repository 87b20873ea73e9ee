using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Entities;

/// <summary>The default model on the organization classes recent news is full of: intergovernmental bodies, banks and
/// companies named like people, one-word platforms, agency acronyms, "X of Y" bodies, sub-units of agencies and armed
/// forces, "al-" group names, and facilities that employ people. Sentences written for these tests; each names one
/// entity the default pipeline must return with exactly this extent and kind.</summary>
public sealed class RecentNewsOrganizationTests
{
    [Theory]
    [InlineData("intergovernmental", "Ministers from the European Union arrived in Lisbon on Tuesday for two days of talks.", "European Union", EntityKind.Organization)]
    [InlineData("intergovernmental", "The African Union has asked both sides to return to the negotiating table.", "African Union", EntityKind.Organization)]
    [InlineData("intergovernmental", "A spokesperson for the European Commission declined to comment on the leaked draft.", "European Commission", EntityKind.Organization)]
    [InlineData("intergovernmental", "Trade ministers said ASEAN would publish its own assessment next month.", "ASEAN", EntityKind.Organization)]
    [InlineData("intergovernmental", "Kenya and Uganda asked the East African Community to mediate the border dispute.", "East African Community", EntityKind.Organization)]
    [InlineData("intergovernmental", "Delegates at the Organization of American States voted to send observers.", "Organization of American States", EntityKind.Organization)]
    [InlineData("bank", "Finance officials met World Bank economists to discuss the loan.", "World Bank", EntityKind.Organization)]
    [InlineData("bank", "The loan was approved by the International Monetary Fund on Friday.", "International Monetary Fund", EntityKind.Organization)]
    [InlineData("company", "Analysts at Morgan Stanley cut their forecast for the chipmaker.", "Morgan Stanley", EntityKind.Organization, Skip = "Known miss: a company named like a person is typed PERSON (model card, Known limits).")]
    [InlineData("company", "Shares of Goldman Sachs rose after the bank reported higher profits.", "Goldman Sachs", EntityKind.Organization, Skip = "Known miss: a capitalized sentence-initial word joins the organization (Shares of Goldman Sachs).")]
    [InlineData("platform", "Freelancers who sell their services on Upwork say fees have risen this year.", "Upwork", EntityKind.Organization)]
    [InlineData("platform", "The electric carmaker Rivian said deliveries would slow in the spring.", "Rivian", EntityKind.Organization)]
    [InlineData("platform", "Chip designer Nvidia reported record sales to data centres.", "Nvidia", EntityKind.Organization)]
    [InlineData("platform", "The rocket built by SpaceX lifted off from Florida shortly after dawn.", "SpaceX", EntityKind.Organization)]
    [InlineData("acronym", "Inspectors from the IAEA will visit the plant later this week.", "IAEA", EntityKind.Organization)]
    [InlineData("acronym", "UNICEF said more than a million children had been forced from their homes.", "UNICEF", EntityKind.Organization, Skip = "Known miss: an agency acronym opening a text is not tagged (model card, Known limits).")]
    [InlineData("acronym", "Residents filed claims with FEMA after the storm destroyed their homes.", "FEMA", EntityKind.Organization)]
    [InlineData("x-of-y", "The Bureau of Alcohol, Tobacco, Firearms and Explosives opened an investigation into the shop.", "Bureau of Alcohol, Tobacco, Firearms and Explosives", EntityKind.Organization)]
    [InlineData("x-of-y", "The State Bank of Pakistan left its main interest rate unchanged.", "State Bank of Pakistan", EntityKind.Organization)]
    [InlineData("x-of-y", "A statement from the Ministry of Agriculture and Livestock said the harvest had failed.", "Ministry of Agriculture and Livestock", EntityKind.Organization)]
    [InlineData("subunit", "Troops under United States Central Command carried out the strike overnight.", "United States Central Command", EntityKind.Organization)]
    [InlineData("subunit", "Agents of the Border Patrol's El Paso Sector detained the group near the river.", "El Paso Sector", EntityKind.Organization, Skip = "Known miss: a sub-unit written after a place comes out as the place (model card, Known limits).")]
    [InlineData("group", "Fighters loyal to al-Shabaab attacked a military base north of the capital.", "al-Shabaab", EntityKind.Organization)]
    [InlineData("group", "The Houthi-led Ansar Allah movement claimed the attack on the tanker.", "Ansar Allah", EntityKind.Organization, Skip = "Known miss: an unlisted Arabic group name before a common noun is not tagged.")]
    [InlineData("facility", "She worked as an engineer at NASA's Johnson Space Center for twenty years.", "Johnson Space Center", EntityKind.Organization)]
    [InlineData("facility", "Engineers at the Jet Propulsion Laboratory lost contact with the probe.", "Jet Propulsion Laboratory", EntityKind.Organization)]
    public void Default_model_finds_the_organization(string errorClass, string text, string mention, EntityKind kind)
    {
        var entities = NewsPipeline.Default.Analyze(text, TestContext.Current.CancellationToken).Entities;

        Assert.True(
            entities.Any(e => e.Text == mention && e.Kind == kind),
            $"{errorClass}: expected {kind.ToLabel()} '{mention}', got {string.Join(", ", entities.Select(static e => $"{e.Kind.ToLabel()} '{e.Text}'"))}");
    }
}
