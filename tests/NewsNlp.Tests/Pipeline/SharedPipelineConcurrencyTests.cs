using NewsNlp.Pipeline;
using NewsNlp.Tagging;

namespace NewsNlp.Tests.Pipeline;

/// <summary>One pipeline shared by eight threads gives exactly what one thread gives, document by document.</summary>
public sealed class SharedPipelineConcurrencyTests
{
    private const int Documents = 3_000;
    private static readonly DateOnly s_referenceDate = new(2026, 11, 27);

    [Fact]
    public void Eight_threads_sharing_one_pipeline_equal_a_sequential_run()
    {
        var pipeline = NewsPipeline.Default;
        var texts = Enumerable.Range(0, Documents).Select(GeneratedNews.Document).ToArray();
        var expected = texts.Select(t => pipeline.Analyze(t, s_referenceDate)).ToArray();
        Assert.Contains(expected, d => d.Tokens.Count > PerceptronTagger.MaxWindowTokens);

        var actual = new NewsDocument[texts.Length];
        int next = -1;
        var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() =>
        {
            for (int i = Interlocked.Increment(ref next); i < texts.Length; i = Interlocked.Increment(ref next))
            {
                actual[i] = pipeline.Analyze(texts[i], s_referenceDate);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        for (int i = 0; i < texts.Length; i++)
        {
            AssertSame(expected[i], actual[i]);
        }
    }

    [Fact]
    public void Analyze_many_on_eight_workers_equals_a_sequential_run()
    {
        var sequential = new NewsPipelineBuilder().WithReferenceDate(s_referenceDate).WithMaxDegreeOfParallelism(1).Build();
        var parallel = new NewsPipelineBuilder().WithReferenceDate(s_referenceDate).WithMaxDegreeOfParallelism(8).Build();
        var texts = Enumerable.Range(Documents, Documents).Select(GeneratedNews.Document).ToArray();
        var expected = sequential.AnalyzeMany(texts, TestContext.Current.CancellationToken).ToArray();
        var actual = parallel.AnalyzeMany(texts, TestContext.Current.CancellationToken).ToArray();
        Assert.Equal(texts.Length, actual.Length);
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Same(texts[i], actual[i].Text);
            AssertSame(expected[i], actual[i]);
        }
    }

    private static void AssertSame(NewsDocument expected, NewsDocument actual)
    {
        Assert.Equal(expected.Tokens, actual.Tokens);
        Assert.Equal(expected.Sentences, actual.Sentences);
        Assert.Equal(expected.Entities, actual.Entities);
    }
}
