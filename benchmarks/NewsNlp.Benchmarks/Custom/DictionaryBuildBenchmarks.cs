using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NewsNlp.Custom;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks.Custom;

/// <summary>Building a pipeline around a dictionary of one million generated phrases (tokenizing, interning and inserting
/// every phrase), the one-off cost an application pays at start-up.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class DictionaryBuildBenchmarks
{
    private List<string> _phrases = [];

    [Params(1_000_000)]
    public int Phrases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _phrases = GeneratedPhrases.Create(Phrases);

        // What a built pipeline keeps beyond the phrase list it was built from: the vocabulary and the trie.
        var dictionary = new EntityDictionary().AddRange("WATCH", _phrases);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var pipeline = new NewsPipelineBuilder().WithoutNames().WithoutDates().UseDictionary(dictionary).Build();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// {Phrases:N0} phrases: the built pipeline retains {(after - before) / 1e6:F0} MB beyond the phrase list");
        GC.KeepAlive(pipeline);
        GC.KeepAlive(dictionary);
    }

    /// <summary>From phrase strings to a built pipeline (names and dates off, so only the dictionary is built).</summary>
    [Benchmark]
    public NewsPipeline Build() =>
        new NewsPipelineBuilder().WithoutNames().WithoutDates().UseDictionary(new EntityDictionary().AddRange("WATCH", _phrases)).Build();

    /// <summary>Reading the same phrases from TSV text first, as <c>--dictionary</c> does.</summary>
    [Benchmark]
    public NewsPipeline ReadTsvAndBuild()
    {
        var tsv = new System.Text.StringBuilder(_phrases.Count * 24);
        foreach (var phrase in _phrases)
        {
            tsv.Append(phrase).Append("\tWATCH\n");
        }

        var dictionary = EntityDictionary.Read(new StringReader(tsv.ToString()), "generated.tsv");
        return new NewsPipelineBuilder().WithoutNames().WithoutDates().UseDictionary(dictionary).Build();
    }
}
