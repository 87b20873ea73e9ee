using BenchmarkDotNet.Attributes;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Custom;
using NewsNlp.Recognition;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks.Custom;

/// <summary>The token pattern stage alone on already tokenized text: a few typical rules, and one hostile rule (nested
/// repetitions of any token) whose cost the 32-token bound on a match keeps linear.</summary>
[MemoryDiagnoser]
public class PatternBenchmarks
{
    private const string Typical =
        "ORGANIZATION\t[shape=Xxxx]+ \"Army\" | [shape=Xxxx]+ \"Front\"\n"
        + "OFFICIAL\t[lower=minister|president|governor] [shape^=X]{1,3}\n"
        + "AMOUNT\t[text=$] [kind=Number] [lower=million|billion]?\n";

    private const string Hostile = "HOSTILE\t([]* []*)* ([lower=a]+ | [shape=x]+)* \"never-there\"\n";

    private CustomEntityMatcher _matcher = null!;
    private string _text = "";
    private Token[] _tokens = [];
    private Sentence[] _sentences = [];

    [Params("typical", "hostile", "amount")]
    public string Rules { get; set; } = "typical";

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Take(100_000);
        _tokens = NewsTokenizer.Tokenize(_text);
        _sentences = [.. SentenceSplitter.Split(_text, _tokens)];
        var patterns = TokenPatternSet.Parse(Rules switch { "typical" => Typical, "amount" => "AMOUNT\t[text=$] [kind=Number]\n", _ => Hostile });
        _matcher = CustomEntityMatcher.Create([], [patterns], DictionaryPrecedence.Override)!;
        Console.WriteLine($"// {Rules} rules; {_tokens.Length:N0} tokens of {BenchmarkCorpus.Origin}; {Stage():N0} matches");
    }

    [Benchmark]
    public int Stage()
    {
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
