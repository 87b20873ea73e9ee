using BenchmarkDotNet.Attributes;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Recognition;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>The name tagger alone (features, weight lookup, Viterbi, span decoding) on pre-tokenized, pre-split input.</summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private string _text = "";
    private Token[] _tokens = [];
    private Sentence[] _sentences = [];
    private IEntityRecognizer _tagger = null!;
    private AnalysisScratch _scratch = null!;
    private readonly List<EntitySpan> _output = new(1 << 16);

    [Params(1_000, 10_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Take(Characters);
        _tokens = NewsTokenizer.Tokenize(_text);
        _sentences = SentenceSplitter.Split(_text, _tokens);
        _tagger = NewsModel.English.Recognizer;
        _scratch = new AnalysisScratch();
        Console.WriteLine($"// {Characters:N0} characters, {_tokens.Length:N0} tokens, {_sentences.Length:N0} sentences");
    }

    [Benchmark]
    public int TagPreTokenized()
    {
        _output.Clear();
        _tagger.Recognize(new AnalysisContext(_text, _tokens, _sentences, null), _scratch, _output);
        return _output.Count;
    }
}
