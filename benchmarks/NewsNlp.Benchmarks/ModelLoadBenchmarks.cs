using System.Reflection;
using BenchmarkDotNet.Attributes;
using NewsNlp.Models;

namespace NewsNlp.Benchmarks;

/// <summary>Loading an embedded English model from its resource stream (what <c>NewsModel.English</c> and
/// <c>EnglishResearchModel.Model</c> do once): the default open model and the research model.</summary>
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    private byte[] _model = [];

    /// <summary>The model, as <c>assembly/resource</c>.</summary>
    [Params("NewsNlp.Models.English/english-open.nnm", "NewsNlp.Models.English.Research/english-news.nnm")]
    public string Model { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Model.Split('/');
        using var stream = Assembly.Load(parts[0]).GetManifestResourceStream(parts[1])
            ?? throw new InvalidOperationException($"The embedded model {Model} is missing.");

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        _model = buffer.ToArray();
        Console.WriteLine($"// model: {_model.Length:N0} bytes");
    }

    [Benchmark]
    public NewsModel LoadEnglishModel() => NewsModel.Load(new MemoryStream(_model, writable: false));
}
