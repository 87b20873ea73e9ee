using BenchmarkDotNet.Attributes;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks;

/// <summary>Tokenization plus the rule-based date recognizer alone (no name model).</summary>
[MemoryDiagnoser]
public class DateBenchmarks
{
    private static readonly DateOnly s_referenceDate = new(2026, 11, 27);
    private NewsPipeline _datesOnly = null!;
    private NewsPipeline _tokensOnly = null!;
    private string _text = "";

    [Params(10_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _datesOnly = new NewsPipelineBuilder().WithoutNames().WithReferenceDate(s_referenceDate).Build();
        _tokensOnly = new NewsPipelineBuilder().WithoutNames().WithoutDates().Build();
        _text = BenchmarkCorpus.Take(Characters);
    }

    [Benchmark(Baseline = true, Description = "tokens + sentences only")]
    public int TokensAndSentences() => Count(_tokensOnly);

    [Benchmark(Description = "tokens + sentences + dates")]
    public int Dates() => Count(_datesOnly);

    private int Count(NewsPipeline pipeline)
    {
        int count = 0;
        foreach (var entity in pipeline.EnumerateEntities(_text, s_referenceDate))
        {
            count += entity.Length > 0 ? 1 : 0;
        }

        return count;
    }
}
