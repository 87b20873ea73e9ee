using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Cli.Input;
using NewsNlp.Cli.Output;
using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks;

/// <summary>The CLI's per-document cost around the analysis: parsing one JSONL line into a document and writing one
/// document's entities as JSONL, for generated 3,000-character news documents.</summary>
/// <remarks>Compare with the pipeline's cost per document (<see cref="PipelineBenchmarks"/>, 10 KB row ÷ 3.3): reading and
/// writing should be a small fraction of it.</remarks>
[MemoryDiagnoser]
public class JsonlBenchmarks
{
    private const int Documents = 64;
    private readonly ReadOnlyMemory<byte>[] _lines = new ReadOnlyMemory<byte>[Documents];
    private readonly IReadOnlyList<Entity>[] _entities = new IReadOnlyList<Entity>[Documents];
    private EntityWriter _writer = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = new NewsPipelineBuilder().WithReferenceDate(new DateOnly(2026, 11, 27)).Build();
        int entities = 0;
        for (int i = 0; i < Documents; i++)
        {
            var text = NewsTextGenerator.Generate(3_000, 1_000_003 + i);
            var line = $$"""{"id":"doc-{{i:D7}}","date":"2026-03-01","text":{{JsonSerializer.Serialize(text)}}}""";
            _lines[i] = Encoding.UTF8.GetBytes(line);
            _entities[i] = pipeline.Analyze(text).Entities;
            entities += _entities[i].Count;
        }

        _writer = new EntityWriter(Stream.Null, OutputFormat.Jsonl);
        Console.WriteLine($"// {Documents} documents of 3,000 characters, {entities / (double)Documents:F1} entities per document");
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    /// <summary>One JSONL line to a <see cref="NewsInput"/>: JSON parsing, UTF-8 validation, the text's string.</summary>
    [Benchmark]
    public int ParseLine()
    {
        int i = _next++ % Documents;
        return JsonlDocumentReader.TryParse(_lines[i], i + 1, 10_000_000, out var input, out _, out _) ? input.Text.Length : -1;
    }

    /// <summary>One document's entities written as JSONL lines into the writer's buffer (flushed to a null stream).</summary>
    [Benchmark]
    public int WriteDocument()
    {
        int i = _next++ % Documents;
        _writer.WriteDocument("\"doc-0000001\"", 0, _entities[i]);
        return _entities[i].Count;
    }
}
