using NewsNlp.Entities;
using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

public sealed class NerTrainerTests
{
    [Fact]
    public void Learns_a_tiny_corpus_perfectly()
    {
        var documents = SyntheticCorpus.Documents();
        Assert.NotEmpty(documents);
        var report = NerEvaluator.Evaluate(SyntheticCorpus.Model, documents, EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location));
        Assert.True(report.GoldCount(EntityKind.Person) > 5);
        Assert.Equal(1.0, report.F1, 6);
    }

    [Fact]
    public void Same_data_and_seed_give_identical_model_bytes()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();
        SyntheticCorpus.Train(seed: 5).Save(first);
        SyntheticCorpus.Train(seed: 5).Save(second);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Model_records_metadata()
    {
        var model = SyntheticCorpus.Model;
        Assert.Equal("synthetic", model.Name);
        Assert.Equal("3", model.Metadata["seed"]);
        Assert.True(model.Kinds.Contains(EntityKind.Person));
        Assert.False(model.Kinds.Contains(EntityKind.Date));
    }

    [Fact]
    public void Averaged_runs_are_deterministic_and_differ_from_a_single_run()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();
        var single = new MemoryStream();
        var averaged = SyntheticCorpus.Train(seed: 5, runs: 3);
        averaged.Save(first);
        SyntheticCorpus.Train(seed: 5, runs: 3).Save(second);
        SyntheticCorpus.Train(seed: 5).Save(single);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.NotEqual(single.ToArray(), first.ToArray());
        Assert.Equal("3", averaged.Metadata["runs"]);
        var report = NerEvaluator.Evaluate(averaged, SyntheticCorpus.Documents(), EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location));
        Assert.Equal(1.0, report.F1, 6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(NerTrainer.MaxRuns + 1)]
    public void Run_count_out_of_range_is_refused(int runs)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NerTrainer(new NerTrainerOptions { Runs = runs }));
    }

    [Fact]
    public void Partially_annotated_corpus_does_not_unlearn_missing_kinds()
    {
        // The second corpus never annotates dates; its "O" on "Monday" must not count against DATE.
        var dates = new AnnotatedDocument("d", "Talks resume on Monday in Dravik .", [new GoldEntity(EntityKind.Date, 16, 22), new GoldEntity(EntityKind.Location, 26, 32)]);
        var noDates = new AnnotatedDocument("n", "Crews left on Monday from Lomura .", [new GoldEntity(EntityKind.Location, 26, 32)]);
        var options = new NerTrainerOptions { Kinds = [EntityKind.Location, EntityKind.Date], Epochs = 6, BucketBits = 12, GazetteerFolds = 2 };
        var model = new NerTrainer(options).Train(
        [
            new TrainingCorpus("with-dates", Enumerable.Repeat(dates, 4).ToList(), EntityKindSet.Of(EntityKind.Location, EntityKind.Date)),
            new TrainingCorpus("without-dates", Enumerable.Repeat(noDates, 4).ToList(), EntityKindSet.Of(EntityKind.Location)),
        ]);
        var report = NerEvaluator.Evaluate(model, [dates], EntityKindSet.Of(EntityKind.Date));
        Assert.Equal(1.0, report.Recall, 6);
    }

    [Fact]
    public void Ignored_spans_are_not_taught_as_outside()
    {
        // "Zentro" is a place twice and an ignored span (a name of a kind the corpus does not annotate) four times, in
        // the same context: taught as O there, it would be unlearned; masked, it stays a place.
        var place = new AnnotatedDocument("p", "Crews left Zentro on Friday .", [new GoldEntity(EntityKind.Location, 11, 17)]);
        var ignored = new AnnotatedDocument("i", "Crews left Zentro on Friday .", [], [(11, 17)], null);
        var options = new NerTrainerOptions { Kinds = [EntityKind.Location], Epochs = 6, BucketBits = 12, GazetteerFolds = 2, Gazetteer = false, DocumentFeatures = false };
        var model = new NerTrainer(options).Train(
        [
            new TrainingCorpus("gold", Enumerable.Repeat(place, 2).ToList(), EntityKindSet.Of(EntityKind.Location)),
            new TrainingCorpus("with-ignored", Enumerable.Repeat(ignored, 4).ToList(), EntityKindSet.Of(EntityKind.Location)),
        ]);
        var report = NerEvaluator.Evaluate(model, [place], EntityKindSet.Of(EntityKind.Location));
        Assert.Equal(1.0, report.Recall, 6);
    }
}
