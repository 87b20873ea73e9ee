using System.Reflection;
using BenchmarkDotNet.Attributes;
using NewsNlp.Models;

namespace NewsNlp.Benchmarks;

/// <summary>Loading the embedded English model from its resource stream (what <c>NewsModel.English</c> does once).</summary>
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    private byte[] _model = [];

    [GlobalSetup]
    public void Setup()
    {
        using var stream = Assembly.Load("NewsNlp.Models.English").GetManifestResourceStream("english-news.nnm")
            ?? throw new InvalidOperationException("The embedded English model is missing.");

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        _model = buffer.ToArray();
        Console.WriteLine($"// model: {_model.Length:N0} bytes");
    }

    [Benchmark]
    public NewsModel LoadEnglishModel() => NewsModel.Load(new MemoryStream(_model, writable: false));
}
