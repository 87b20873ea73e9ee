using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Recognition;

namespace NewsNlp.Tests.Pipeline;

public sealed class DateSourceTests
{
    private const string Text = "Ministers met on Tuesday in the harvest.";

    [Theory]
    [InlineData(DateSource.Rules, new[] { "Tuesday" }, true)]
    [InlineData(DateSource.Model, new[] { "the harvest" }, false)]
    [InlineData(DateSource.Combined, new[] { "Tuesday", "the harvest" }, true)]
    public void Date_source_chooses_which_stage_supplies_dates(DateSource source, string[] expected, bool withValues)
    {
        var pipeline = new NewsPipelineBuilder().UseModel(ModelDatingTheHarvest()).WithDateSource(source).Build();
        var dates = pipeline.Analyze(Text, new DateOnly(2026, 11, 27)).Entities.Where(e => e.Kind == EntityKind.Date).ToList();

        Assert.Equal(expected, dates.Select(d => d.Text));
        Assert.Equal(withValues, dates.Any(d => d.Value is not null));
    }

    [Fact]
    public void Model_dates_stay_when_the_rules_are_off()
    {
        var pipeline = new NewsPipelineBuilder().UseModel(ModelDatingTheHarvest()).WithoutDates().Build();
        Assert.Equal("the harvest", Assert.Single(pipeline.Analyze(Text).Entities).Text);
    }

    private static NewsModel ModelDatingTheHarvest() =>
        new("test-dates", EntityKindSet.Of(EntityKind.Date), new Dictionary<string, string>(), new HarvestRecognizer());

    private sealed class HarvestRecognizer : IEntityRecognizer
    {
        public void Recognize(scoped in AnalysisContext context, AnalysisScratch scratch, List<EntitySpan> output)
        {
            int start = context.Text.IndexOf("the harvest");
            if (start >= 0)
            {
                output.Add(new EntitySpan(EntityKind.Date, start, start + "the harvest".Length, 0.5f));
            }
        }
    }
}
