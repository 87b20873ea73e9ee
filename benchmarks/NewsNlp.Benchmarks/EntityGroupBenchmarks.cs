using BenchmarkDotNet.Attributes;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Confidence;
using NewsNlp.Entities;
using NewsNlp.Groups;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>What entity groups, salience and calibrated confidence cost: <see cref="NewsDocument.EntityGroups"/> and
/// <see cref="NewsDocument.EntityGroupsBySalience"/> on an analysed document, and the streaming path with the name-word rule and calibration on (the default) against both off.</summary>
[MemoryDiagnoser]
public class EntityGroupBenchmarks
{
    private NewsPipeline _default = null!;
    private NewsPipeline _withoutGroupRulesOrCalibration = null!;
    private string _text = "";
    private NewsDocument _document = null!;
    private Token[] _tokens = [];
    private EntitySpan[] _rawSpans = [];
    private readonly List<EntitySpan> _spans = [];
    private readonly GroupRuleScratch _scratch = new();
    private ConfidenceCalibration _calibration = null!;
    private Sentence[] _sentences = [];

    [Params(10_000, 1_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _default = new NewsPipelineBuilder().Build();
        _withoutGroupRulesOrCalibration = new NewsPipelineBuilder().WithGroupRules(GroupRuleSet.None).WithRawConfidence().Build();
        _text = BenchmarkCorpus.Take(Characters);
        _document = _default.Analyze(_text);
        _tokens = NewsTokenizer.Tokenize(_text);
        _sentences = [.. _document.Sentences];
        var raw = new List<EntitySpan>();
        foreach (var span in _withoutGroupRulesOrCalibration.EnumerateEntities(_text))
        {
            raw.Add(span);
        }

        _rawSpans = [.. raw];
        _calibration = ConfidenceCalibration.For(_default.Model)!;
        Console.WriteLine($"// {Characters:N0} characters, {NewsTokenizer.Tokenize(_text).Length:N0} tokens, {_document.Entities.Count:N0} entities, "
            + $"{_document.EntityGroups.Count:N0} groups ({BenchmarkCorpus.Origin})");
    }

    /// <summary>Grouping alone: a fresh document each time (the groups are cached per document).</summary>
    [Benchmark]
    public int EntityGroups()
    {
        var document = new NewsDocument(_document.Text, null, null, [], [], [.. _document.Entities]);
        return document.EntityGroups.Count;
    }

    /// <summary>Grouping and then the salience of every group (the features, the scores and the sort): a fresh document each time.</summary>
    [Benchmark]
    public float EntityGroupsBySalience()
    {
        var document = new NewsDocument(_document.Text, null, null, _tokens, _sentences, [.. _document.Entities]);
        var ranked = document.EntityGroupsBySalience;
        return ranked.Count > 0 ? ranked[0].Salience : 0;
    }

    /// <summary>The two stages the default pipeline adds after merging, alone: the name-word rule (one grouping pass)
    /// and calibration, over the document's merged raw spans; free of the tagger's run-to-run noise.</summary>
    [Benchmark]
    public int GroupRuleAndCalibration()
    {
        _spans.Clear();
        _spans.AddRange(_rawSpans);
        EntityGroupRules.Apply(_text, _tokens, _spans, GroupRuleSet.RetypeNameWords, _scratch);
        _calibration.Apply(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_spans));
        return _spans.Count;
    }

    [Benchmark(Baseline = true)]
    public int EnumerateEntitiesWithoutGroupRulesOrCalibration() => Count(_withoutGroupRulesOrCalibration);

    [Benchmark]
    public int EnumerateEntitiesDefault() => Count(_default);

    private int Count(NewsPipeline pipeline)
    {
        int count = 0;
        foreach (var entity in pipeline.EnumerateEntities(_text))
        {
            count += entity.Length > 0 ? 1 : 0;
        }

        return count;
    }
}
