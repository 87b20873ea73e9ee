using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Custom;
using NewsNlp.Pipeline;
using NewsNlp.Recognition;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks.Custom;

/// <summary>The cost of a dictionary of 0, 10 K and 1 M generated phrases: the whole pipeline, and the dictionary stage
/// alone on already tokenized text (divide by the token count printed at setup for ns per token).</summary>
[MemoryDiagnoser]
public class DictionaryBenchmarks
{
    private const int Characters = 100_000;
    private NewsPipeline _pipeline = null!;
    private CustomEntityMatcher? _matcher;
    private string _text = "";
    private Token[] _tokens = [];
    private Sentence[] _sentences = [];

    [Params(0, 10_000, 1_000_000)]
    public int Phrases { get; set; }

    [Params(false, true)]
    public bool IgnoreCase { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Take(Characters);
        _tokens = NewsTokenizer.Tokenize(_text);
        _sentences = [.. SentenceSplitter.Split(_text, _tokens)];
        var builder = new NewsPipelineBuilder().WithReferenceDate(new DateOnly(2026, 11, 27));
        var dictionary = new EntityDictionary(IgnoreCase).AddRange("WATCH", GeneratedPhrases.Create(Phrases));
        if (Phrases > 0)
        {
            builder.UseDictionary(dictionary);
        }

        _pipeline = builder.Build();
        _matcher = CustomEntityMatcher.Create([dictionary], [], DictionaryPrecedence.Override);
        int matches = Phrases == 0 ? 0 : _pipeline.Analyze(_text).Entities.Count(e => e.Label == "WATCH");
        Console.WriteLine($"// {Phrases:N0} phrases (ignore case: {IgnoreCase}); {_tokens.Length:N0} tokens of {BenchmarkCorpus.Origin}; {matches:N0} dictionary matches");
    }

    [Benchmark(Baseline = true)]
    public int Pipeline() => _pipeline.Analyze(_text).Entities.Count;

    /// <summary>Only the dictionary stage: token ids, trie walks, merge and precedence against no model entities.</summary>
    [Benchmark]
    public int DictionaryStage()
    {
        if (_matcher is null)
        {
            return 0;
        }

        var scratch = AnalysisScratch.Rent();
        try
        {
            var context = new AnalysisContext(_text, _tokens, _sentences, null);
            _matcher.Apply(context, scratch);
            return scratch.Entities.Count;
        }
        finally
        {
            AnalysisScratch.Return(scratch);
        }
    }
}
