using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>Tokenizer throughput against naive baselines; divide the token count by the mean time for tokens/s.</summary>
[MemoryDiagnoser]
public partial class TokenizerBenchmarks
{
    private string _text = "";

    [Params(1_000, 10_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Take(Characters);
        int tokens = 0;
        foreach (var token in NewsTokenizer.EnumerateTokens(_text))
        {
            tokens++;
        }

        Console.WriteLine($"// {Characters:N0} characters, {tokens:N0} tokens ({BenchmarkCorpus.Origin})");
    }

    [Benchmark(Baseline = true, Description = "string.Split (naive baseline)")]
    public int SplitOnSpaces() => _text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [Benchmark(Description = "Regex \\w+|\\S (naive baseline)")]
    public int RegexTokens()
    {
        int count = 0;
        foreach (var match in WordOrSymbol().EnumerateMatches(_text))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "NewsTokenizer.EnumerateTokens (span)")]
    public int EnumerateTokens()
    {
        int count = 0;
        foreach (var token in NewsTokenizer.EnumerateTokens(_text))
        {
            count += token.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "NewsTokenizer.Tokenize (array)")]
    public int TokenizeToArray() => NewsTokenizer.Tokenize(_text).Length;

    [GeneratedRegex(@"\w+|\S")]
    private static partial Regex WordOrSymbol();
}
