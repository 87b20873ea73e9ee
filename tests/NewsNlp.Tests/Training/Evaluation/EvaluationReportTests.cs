using NewsNlp.Entities;
using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

public sealed class EvaluationReportTests
{
    [Fact]
    public void Scores_exact_matches_per_type_and_micro_like_conlleval()
    {
        var report = new EvaluationReport(EntityKindSet.Of(EntityKind.Person, EntityKind.Location));
        GoldEntity[] gold = [new(EntityKind.Person, 0, 5), new(EntityKind.Location, 10, 15), new(EntityKind.Location, 20, 25)];
        GoldEntity[] predicted =
        [
            new(EntityKind.Person, 0, 5),       // exact: true positive
            new(EntityKind.Person, 10, 15),     // right span, wrong type: a false positive and a false negative
            new(EntityKind.Location, 20, 24),   // boundary error
            new(EntityKind.Location, 30, 35),   // spurious
        ];
        report.Add(gold, predicted);

        Assert.Equal(1.0 / 4, report.Precision, 6);
        Assert.Equal(1.0 / 3, report.Recall, 6);
        Assert.Equal(2 * (0.25 * (1.0 / 3)) / (0.25 + (1.0 / 3)), report.F1, 6);
        Assert.Equal(1.0 / 2, report.PrecisionOf(EntityKind.Person), 6);
        Assert.Equal(1.0, report.RecallOf(EntityKind.Person), 6);
        Assert.Equal(0.0, report.F1Of(EntityKind.Location), 6);
        Assert.Equal(1, report.TypeConfusions(EntityKind.Location, EntityKind.Person));
        Assert.Equal(1, report.BoundaryErrors);
        Assert.Equal(1, report.Spurious);
        Assert.Equal(0, report.Missed);
        Assert.Contains("LOCATION→PERSON 1", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_scores_zero_without_dividing_by_zero()
    {
        var report = new EvaluationReport(EntityKindSet.Default);
        report.Add([], []);
        Assert.Equal(0.0, report.F1);
        Assert.Equal(1, report.Documents);
    }
}
