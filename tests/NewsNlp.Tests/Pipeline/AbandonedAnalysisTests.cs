using System.Runtime.CompilerServices;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Pipeline;

/// <summary>Counts workers across the whole process, so it runs alone.</summary>
[CollectionDefinition(nameof(AbandonedAnalysisTests), DisableParallelization = true)]
public sealed class AbandonedAnalysisCollection;

[Collection(nameof(AbandonedAnalysisTests))]
public sealed class AbandonedAnalysisTests
{
    [Fact]
    public void Workers_of_an_enumerator_dropped_without_disposal_stop_after_collection()
    {
        // Workers fill the window from an endless-looking input, then wait for the consumer, who never comes back.
        StartAndDrop();
        Assert.True(OrderedAnalysis.RunningWorkers > 0, "the analysis should have workers waiting for room");

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (OrderedAnalysis.RunningWorkers > 0 && DateTime.UtcNow < deadline)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Thread.Sleep(10);
        }

        Assert.Equal(0, OrderedAnalysis.RunningWorkers);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StartAndDrop()
    {
        var pipeline = new NewsPipelineBuilder().UseModel(CapitalizedWordRecognizer.CreateModel()).WithoutDates().WithMaxDegreeOfParallelism(3).Build();
        var enumerator = pipeline.AnalyzeMany(Texts()).GetEnumerator();
        for (int i = 0; i < 5; i++)
        {
            Assert.True(enumerator.MoveNext());
        }

        // Let the workers reach the full window before the enumerator is dropped.
        Thread.Sleep(100);
    }

    private static IEnumerable<string> Texts()
    {
        for (int i = 0; i < 1_000_000; i++)
        {
            yield return "Some Text here.";
        }
    }
}
