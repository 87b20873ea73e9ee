using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Entities;

/// <summary>The default model is the openly licensed one, and it handles the boundary classes of modern news. Texts
/// written for these tests.</summary>
public sealed class OpenModelRegressionTests
{
    [Fact]
    public void The_default_pipeline_uses_the_open_model()
    {
        Assert.Equal("english-open", NewsModel.English.Name);
        Assert.Equal("english-open", NewsPipeline.Default.Model?.Name);
        Assert.False(NewsModel.English.Kinds.Contains(EntityKind.Misc));
        Assert.DoesNotContain(NewsModel.English.Metadata["train"].Split(", "), corpus => corpus.Contains("conll", StringComparison.OrdinalIgnoreCase) || corpus.Contains("gmb", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Secretary of State Mara Quillon met reporters in Dravik on Monday.", "Mara Quillon", EntityKind.Person)]
    [InlineData("Tankers slowed in the Strait of Hormuz after the warning.", "Strait of Hormuz", EntityKind.Location)]
    [InlineData("Taiwan's leader Lai Ching-te spoke in Taipei.", "Lai Ching-te", EntityKind.Person)]
    [InlineData("The contract went to Corvane Widgets, Inc. after a long review.", "Corvane Widgets, Inc.", EntityKind.Organization)]
    [InlineData("Fighters of al-Shabaab attacked the base at dawn.", "al-Shabaab", EntityKind.Organization)]
    public void Mention_has_the_expected_extent_and_kind(string text, string mention, EntityKind kind)
    {
        var entities = NewsPipeline.Default.Analyze(text, TestContext.Current.CancellationToken).Entities;

        Assert.Contains(entities, e => e.Text == mention && e.Kind == kind);
    }
}
