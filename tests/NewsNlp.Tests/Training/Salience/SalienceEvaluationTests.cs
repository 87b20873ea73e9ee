using NewsNlp.Entities;
using NewsNlp.Groups;
using NewsNlp.Tests.Groups;
using NewsNlp.Training;

namespace NewsNlp.Tests.Training.Salience;

/// <summary>The salience metric (P@1, R@3), its baselines and the fitter, on small documents written for the test.</summary>
public sealed class SalienceEvaluationTests
{
    private const string Text =
        "Varga Wins Lomura Vote\n\nIlse Varga won the Lomura election on Sunday, the Tessaly Electoral Board said. "
        + "Kestrel Party officials conceded. Varga thanked voters in Lomura and in Dravik.";

    private static SalienceInstance Instance(params SalientEntity[] salient) => SalienceInstance.FromGroups(
        MentionDocument.Of(Text, ("Ilse Varga", EntityKind.Person), ("Varga", EntityKind.Person), ("Lomura", EntityKind.Location),
            ("Tessaly Electoral Board", EntityKind.Organization), ("Kestrel Party", EntityKind.Organization), ("Dravik", EntityKind.Location)),
        salient);

    [Fact]
    public void A_group_matches_a_salient_entity_by_one_of_its_mentions_name_and_kind()
    {
        var instance = Instance(new("Varga", EntityKind.Person, 1), new("Lomura", EntityKind.Organization, 2), new("Dravik", EntityKind.Location, 3));

        Assert.Equal(5, instance.Groups);
        Assert.Equal([0], instance.Matching[0]); // "Varga" is a mention of the group named Ilse Varga
        Assert.Empty(instance.Matching[1]); // Lomura is a place here
        Assert.Equal([4], instance.Matching[2]);
        Assert.Equal([3, 3, 1, 1, 1], instance.MentionCounts);
    }

    [Fact]
    public void Precision_at_1_and_recall_at_3_count_texts_and_entities()
    {
        var instance = Instance(new("Ilse Varga", EntityKind.Person, 1), new("Kestrel Party", EntityKind.Organization, 2), new("Dravik", EntityKind.Location, 3));
        var score = new SalienceScore();

        score.Add(instance, [5, 4, 3, 2, 1]); // Varga, Lomura, Board first: 1 of 3 salient in the top 3
        score.Add(instance, [0, 0, 0, 9, 8]); // Kestrel Party, Dravik, then Varga (first mention breaks the tie): all 3

        Assert.Equal(2, score.Texts);
        Assert.Equal(2, score.TopMatches);
        Assert.Equal(1.0, score.PrecisionAt1);
        Assert.Equal(4 / 6.0, score.RecallAt3, 6);
    }

    [Fact]
    public void The_baselines_rank_by_mention_count_and_by_first_mention()
    {
        var instance = Instance(new SalientEntity("Lomura", EntityKind.Location, 1));
        var report = new SalienceReport();
        report.Add(instance, SalienceWeights.Values);

        Assert.Equal(0, report.MentionCount.TopMatches); // Ilse Varga has most mentions
        Assert.Equal(0, report.FirstMention.TopMatches); // and the first
        Assert.Equal(1, report.MentionCount.FoundInTop3); // Lomura, as many mentions but later, second
        Assert.Equal(1, report.Ceiling.TopMatches);
    }

    [Fact]
    public void The_fitter_learns_to_put_the_salient_group_first()
    {
        // The salient entity is always the last named, once, after a dateline-free lead: only the weights can find it.
        var instances = new List<SalienceInstance>();
        for (int i = 0; i < 12; i++)
        {
            instances.Add(Instance(new SalientEntity("Dravik", EntityKind.Location, 1)));
        }

        var weights = SalienceFitter.Fit(instances, iterations: 300);
        var report = new SalienceReport();
        instances.ForEach(instance => report.Add(instance, weights));

        Assert.Equal(1.0, report.Scorer.PrecisionAt1);
        Assert.Equal(0, report.MentionCount.TopMatches);
    }

    [Fact]
    public void Exact_surface_groups_keep_surname_and_full_name_apart()
    {
        var document = MentionDocument.Of(Text, ("Ilse Varga", EntityKind.Person), ("Varga", EntityKind.Person), ("Lomura", EntityKind.Location));
        var instance = SalienceInstance.FromExactSurfaces(document, [new("Ilse Varga", EntityKind.Person, 1)]);

        Assert.Equal(3, instance.Groups);
        Assert.Equal([2, 3, 1], instance.MentionCounts);
    }
}
