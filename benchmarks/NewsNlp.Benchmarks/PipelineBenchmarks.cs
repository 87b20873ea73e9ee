using BenchmarkDotNet.Attributes;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>The whole pipeline (tokenize, sentences, names, dates) with the embedded English model.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private static readonly DateOnly s_referenceDate = new(2026, 11, 27);
    private NewsPipeline _pipeline = null!;
    private string _text = "";
    private List<string> _documents = [];

    [Params(1_000, 10_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new NewsPipelineBuilder().WithReferenceDate(s_referenceDate).Build();
        _text = BenchmarkCorpus.Take(Characters);
        _documents = BenchmarkCorpus.Documents(Math.Max(Characters, 2_000_000), 3_000);
        Console.WriteLine($"// {Characters:N0} characters, {NewsTokenizer.Tokenize(_text).Length:N0} tokens; AnalyzeMany: {_documents.Count:N0} documents, "
            + $"{_documents.Sum(d => NewsTokenizer.Tokenize(d).Length):N0} tokens ({BenchmarkCorpus.Origin})");
    }

    [Benchmark(Baseline = true)]
    public int Analyze() => _pipeline.Analyze(_text).Entities.Count;

    [Benchmark]
    public int EnumerateEntities()
    {
        int count = 0;
        foreach (var entity in _pipeline.EnumerateEntities(_text, s_referenceDate))
        {
            count += entity.Length > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>About 2 MB of 3 KB documents on all cores (the same input whatever <see cref="Characters"/> is).</summary>
    [Benchmark]
    public int AnalyzeManyAllCores()
    {
        int count = 0;
        foreach (var document in _pipeline.AnalyzeMany(_documents))
        {
            count += document.Entities.Count;
        }

        return count;
    }

    /// <summary>The same documents on one thread, for the parallel speed-up.</summary>
    [Benchmark]
    public int AnalyzeEachSequentially()
    {
        int count = 0;
        foreach (var document in _documents)
        {
            count += _pipeline.Analyze(document).Entities.Count;
        }

        return count;
    }
}
