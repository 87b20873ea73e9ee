using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Recognition;

namespace NewsNlp.Tests.Pipeline;

/// <summary>A cancellation token is observed inside a document, not only before it. Latency is measured by the
/// <c>cancellation</c> command of the benchmarks project, not asserted here.</summary>
public sealed class CancellationTests
{
    [Fact]
    public void A_token_cancelled_during_recognition_stops_the_document()
    {
        using var source = new CancellationTokenSource();
        var model = new NewsModel("cancels", EntityKindSet.Default, new Dictionary<string, string>(), new CancellingRecognizer(source));
        var pipeline = new NewsPipelineBuilder().UseModel(model).Build();
        Assert.Throws<OperationCanceledException>(() => pipeline.Analyze("Talks in Nairobi ended on Tuesday.", source.Token));
    }

    [Fact]
    public void A_large_document_stops_soon_after_cancellation()
    {
        // About 900 K tokens: seconds of analysis, cancelled after a twentieth of a second (from a thread of its own, so a
        // busy thread pool cannot delay the cancellation past the end of the analysis).
        var text = string.Concat(Enumerable.Range(0, 4_000).Select(GeneratedNews.Document));
        using var source = new CancellationTokenSource();
        var canceller = new Thread(() =>
        {
            Thread.Sleep(50);
            source.Cancel();
        });
        canceller.Start();
        Assert.Throws<OperationCanceledException>(() => NewsPipeline.Default.Analyze(text, source.Token));
        canceller.Join();
    }

    [Fact]
    public void Analyze_many_hands_the_token_to_a_document_in_flight()
    {
        using var source = new CancellationTokenSource();
        var recognizer = new BlockingRecognizer();
        var model = new NewsModel("blocks", EntityKindSet.Default, new Dictionary<string, string>(), recognizer);
        var pipeline = new NewsPipelineBuilder().UseModel(model).WithoutDates().WithMaxDegreeOfParallelism(2).Build();
        var canceller = new Thread(() =>
        {
            recognizer.Started.Wait(TimeSpan.FromSeconds(30));
            source.Cancel();
        });
        canceller.Start();
        Assert.ThrowsAny<OperationCanceledException>(() => pipeline.AnalyzeMany(["Rain in Lisbon.", "block", "Talks in Nairobi ended."], source.Token).ToList());
        canceller.Join();
        Assert.True(recognizer.ObservedCancellation, "the document in flight never saw the token");
    }

    /// <summary>Blocks on the document "block" until the analysis is cancelled (or half a minute has passed).</summary>
    private sealed class BlockingRecognizer : IEntityRecognizer
    {
        public ManualResetEventSlim Started { get; } = new();

        public bool ObservedCancellation { get; private set; }

        public void Recognize(scoped in AnalysisContext context, AnalysisScratch scratch, List<EntitySpan> output)
        {
            if (context.Text is not "block")
            {
                return;
            }

            Started.Set();
            ObservedCancellation = context.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            context.CancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Cancels the caller's token, as another thread would, while the document is being recognized.</summary>
    private sealed class CancellingRecognizer(CancellationTokenSource source) : IEntityRecognizer
    {
        public void Recognize(scoped in AnalysisContext context, AnalysisScratch scratch, List<EntitySpan> output) => source.Cancel();
    }
}
