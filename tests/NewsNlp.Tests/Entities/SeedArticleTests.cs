using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Training;

namespace NewsNlp.Tests.Entities;

public sealed class SeedArticleTests
{
    [Theory]
    // The product targets: F1 of at least 0.90 per type and 0.95 over all four kinds (default pipeline, rule dates).
    [InlineData(EntityKind.Person)]
    [InlineData(EntityKind.Organization)]
    [InlineData(EntityKind.Location)]
    [InlineData(EntityKind.Date)]
    public void Default_pipeline_meets_the_per_type_target_on_the_seed_article(EntityKind kind)
    {
        var report = Evaluate();
        Assert.True(report.GoldCount(kind) > 0, report.ToString());
        Assert.True(report.F1Of(kind) >= 0.90, $"{kind} F1 {report.F1Of(kind):P1} < 90 %\n{report}");
    }

    [Fact]
    public void Default_pipeline_meets_the_micro_target_on_the_seed_article()
    {
        var report = Evaluate();
        Assert.True(report.F1 >= 0.95, report.ToString());
    }

    private static EvaluationReport Evaluate()
    {
        var path = SharedData.RequireFile("samples/seed-article.txt");
        var document = Assert.Single(new JsonlGoldReader().Read(path, LabelMapping.Standard));
        foreach (var entity in document.Entities)
        {
            Assert.True(entity.End <= document.Text.Length);
        }

        var pipeline = NewsPipeline.Default;
        var kinds = EntityKindSet.Default;
        return NerEvaluator.Evaluate(pipeline.Model!, [document], kinds, withDates: true);
    }
}
