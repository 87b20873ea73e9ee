using System.Diagnostics;
using System.Globalization;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks.Scaling;

/// <summary>Tokens per second of the full pipeline on one core (<c>EnumerateEntities</c> over the benchmark corpus, best of
/// several passes), a quick check to run alternately against two builds:
/// <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- throughput [--mb 1] [--passes 10]</c>.</summary>
internal static class ThroughputCommand
{
    public static int Run(string[] args)
    {
        int mb = int.Parse(ScalingCommand.Option(args, "--mb", "1"), CultureInfo.InvariantCulture);
        int passes = int.Parse(ScalingCommand.Option(args, "--passes", "10"), CultureInfo.InvariantCulture);
        var reference = new DateOnly(2026, 11, 27);
        var pipeline = new NewsPipelineBuilder().WithReferenceDate(reference).Build();
        var text = Corpus.BenchmarkCorpus.Take(mb * 1_000_000);
        int tokens = Tokenization.NewsTokenizer.Tokenize(text).Length;
        double best = double.MaxValue;
        for (int pass = 0; pass < passes; pass++)
        {
            var watch = Stopwatch.StartNew();
            int count = 0;
            foreach (var entity in pipeline.EnumerateEntities(text, reference))
            {
                count += entity.Length > 0 ? 1 : 0;
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tokens:N0} tokens ({Corpus.BenchmarkCorpus.Origin}): best of {passes} {best * 1000:F1} ms, {tokens / best / 1e6:F2} M tokens/s"));
        return 0;
    }
}
