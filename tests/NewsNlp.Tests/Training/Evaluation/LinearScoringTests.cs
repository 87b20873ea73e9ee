using System.Diagnostics;
using NewsNlp.Entities;
using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

/// <summary>Scoring is near-linear inside a document: a document of 100,000 mentions scores in well under a second, and the
/// span-index scorers give exactly what the pairwise definitions (every mention against every mention) give.</summary>
public sealed class LinearScoringTests
{
    [Fact]
    public void A_document_of_a_hundred_thousand_mentions_scores_at_once()
    {
        // Every prediction misses every gold mention: a pairwise scan makes 2 × 10^10 comparisons here.
        var gold = Enumerable.Range(0, 100_000).Select(static i => new GoldEntity(EntityKind.Person, i * 10, (i * 10) + 3)).ToList();
        var predicted = Enumerable.Range(0, 100_000).Select(static i => new GoldEntity(EntityKind.Person, (i * 10) + 5, (i * 10) + 8)).ToList();
        var report = new EvaluationReport(EntityKindSet.Default);

        var watch = Stopwatch.StartNew();
        report.Add(gold, predicted);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{watch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(100_000, report.Spurious);
        Assert.Equal(100_000, report.Missed);
    }

    [Fact]
    public void A_date_document_of_a_hundred_thousand_spans_scores_at_once()
    {
        string text = new('x', 1_000_010);
        var gold = Enumerable.Range(0, 100_000).Select(static i => new TimexAnnotation(i * 10, (i * 10) + 4, "DATE", "2025")).ToList();
        var predicted = Enumerable.Range(0, 100_000).Select(i => new Entity(EntityKind.Date, (i * 10) + 6, (i * 10) + 9, "xxx", 1f, "2025")).ToList();
        var evaluator = new DateEvaluator();

        var watch = Stopwatch.StartNew();
        evaluator.Add("d", text, gold, predicted);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{watch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(0, evaluator.All.RelaxedMatches);
    }

    [Fact]
    public void The_indexed_entity_scorer_equals_the_pairwise_definition()
    {
        var random = new Random(11);
        for (int round = 0; round < 300; round++)
        {
            var gold = RandomSpans(random, 30);
            var predicted = RandomSpans(random, 30);
            var report = new EvaluationReport(EntityKindSet.All);
            report.Add(gold, predicted);

            var (boundary, missed, spurious, confusions) = Pairwise(gold, predicted);
            Assert.Equal(boundary, report.BoundaryErrors);
            Assert.Equal(missed, report.Missed);
            Assert.Equal(spurious, report.Spurious);
            foreach (var g in EntityKindLabels.All)
            {
                foreach (var p in EntityKindLabels.All)
                {
                    Assert.Equal(confusions[(int)g, (int)p], report.TypeConfusions(g, p));
                }
            }
        }
    }

    [Fact]
    public void The_indexed_date_scorer_equals_the_pairwise_definition()
    {
        var random = new Random(5);
        string text = new('x', 400);
        for (int round = 0; round < 300; round++)
        {
            var gold = RandomSpans(random, 20).Select(s => new TimexAnnotation(s.Start, s.End, "DATE", random.Next(3) == 0 ? "PAST_REF" : "2025-0" + random.Next(1, 4))).ToList();
            var predicted = RandomSpans(random, 20).Select(s => new Entity(EntityKind.Date, s.Start, s.End, text[s.Start..s.End], 1f, "2025-0" + random.Next(1, 4))).ToList();
            var evaluator = new DateEvaluator();
            evaluator.Add("d", text, gold, predicted);

            Assert.Equal(PairwiseDates(gold, predicted, vagueRemoved: false), Counts(evaluator.All));
            Assert.Equal(PairwiseDates(gold, predicted, vagueRemoved: true), Counts(evaluator.WithoutVague));
        }
    }

    private static List<GoldEntity> RandomSpans(Random random, int count)
    {
        // Overlapping, nested, equal and unsorted spans: the pairwise scan defines the result in every case.
        var spans = new List<GoldEntity>();
        for (int i = 0; i < count; i++)
        {
            int start = random.Next(0, 300);
            spans.Add(new GoldEntity((EntityKind)random.Next(0, 3), start, start + random.Next(1, 25)));
        }

        return spans;
    }

    // The definition the scorer had before its span index: every prediction against every gold mention.
    private static (int Boundary, int Missed, int Spurious, int[,] Confusions) Pairwise(List<GoldEntity> gold, List<GoldEntity> predicted)
    {
        var goldSet = new HashSet<GoldEntity>(gold);
        int boundary = 0, missed = 0, spurious = 0;
        var confusions = new int[8, 8];
        foreach (var p in predicted)
        {
            if (goldSet.Contains(p))
            {
                continue;
            }

            bool overlaps = false;
            foreach (var g in gold)
            {
                if (g.Start == p.Start && g.End == p.End)
                {
                    confusions[(int)g.Kind, (int)p.Kind]++;
                    overlaps = true;
                    break;
                }

                if (g.Start < p.End && p.Start < g.End)
                {
                    overlaps = true;
                    boundary++;
                    break;
                }
            }

            spurious += overlaps ? 0 : 1;
        }

        foreach (var g in gold)
        {
            missed += predicted.Exists(p => g.Start < p.End && p.Start < g.End) ? 0 : 1;
        }

        return (boundary, missed, spurious, confusions);
    }

    private static (int Gold, int Predicted, int Strict, int Relaxed, int StrictValue, int RelaxedValue) PairwiseDates(List<TimexAnnotation> timexes, List<Entity> entities, bool vagueRemoved)
    {
        var gold = timexes.Select(static t => (t.Start, t.End, t.Value)).ToList();
        var predicted = entities.Select(static e => (e.Start, e.End, e.Value)).ToList();
        if (vagueRemoved)
        {
            var vague = gold.FindAll(static g => g.Value == "PAST_REF");
            gold.RemoveAll(static g => g.Value == "PAST_REF");
            predicted.RemoveAll(p => vague.Exists(g => p.Start < g.End && g.Start < p.End));
        }

        var used = new bool[gold.Count];
        int strict = 0, relaxed = 0, strictValue = 0, relaxedValue = 0;
        foreach (var p in predicted)
        {
            int match = -1;
            for (int g = 0; g < gold.Count; g++)
            {
                if (!used[g] && p.Start < gold[g].End && gold[g].Start < p.End)
                {
                    match = g;
                    if (gold[g].Start == p.Start && gold[g].End == p.End)
                    {
                        break;
                    }
                }
            }

            if (match < 0)
            {
                continue;
            }

            used[match] = true;
            bool valueOk = DateEvaluator.SameValue(gold[match].Value, p.Value);
            relaxed++;
            relaxedValue += valueOk ? 1 : 0;
            if (gold[match].Start == p.Start && gold[match].End == p.End)
            {
                strict++;
                strictValue += valueOk ? 1 : 0;
            }
        }

        return (gold.Count, predicted.Count, strict, relaxed, strictValue, relaxedValue);
    }

    private static (int, int, int, int, int, int) Counts(DateEvaluation e) =>
        (e.Gold, e.Predicted, e.StrictMatches, e.RelaxedMatches, e.StrictValueCorrect, e.RelaxedValueCorrect);
}
