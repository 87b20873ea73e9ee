using System.Diagnostics;
using System.Globalization;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks.Scaling;

/// <summary>How long a cancelled analysis of a large document takes to stop, for <c>Analyze</c> and for <c>AnalyzeMany</c>
/// with the document in flight: <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- cancellation</c>.</summary>
internal static class CancellationCommand
{
    public static int Run(string[] args)
    {
        int mb = int.Parse(ScalingCommand.Option(args, "--mb", "16"), CultureInfo.InvariantCulture);
        var pipeline = NewsPipeline.Default;
        var text = HostileInputs.Create("news", mb << 20);
        pipeline.Analyze(HostileInputs.Create("news", 200_000));
        var whole = Stopwatch.StartNew();
        int tokens = pipeline.Analyze(text).Tokens.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mb} MB of news, {tokens:N0} tokens: uncancelled Analyze takes {whole.Elapsed.TotalSeconds:F2} s"));
        Console.WriteLine("| Call | Cancelled after (ms) | Stopped after cancel (ms) |");
        Console.WriteLine("|---|---:|---:|");
        var latencies = new List<double>();
        foreach (int delay in new[] { 20, 100, 300, 600, 1000, 1500, 2000, 3000 })
        {
            double latency = AnalyzeLatency(pipeline, text, delay);
            latencies.Add(latency);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Analyze | {delay} | {latency:F1} |"));
        }

        foreach (int delay in new[] { 100, 1000 })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| AnalyzeMany, large document in flight | {delay} | {AnalyzeManyLatency(text, delay):F1} |"));
        }

        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Analyze: median {latencies[latencies.Count / 2]:F1} ms, max {latencies[^1]:F1} ms"));
        return 0;
    }

    private static double AnalyzeLatency(NewsPipeline pipeline, string text, int delay)
    {
        using var source = new CancellationTokenSource();
        double stopped = double.NaN;
        var cancelled = new Stopwatch();
        var worker = new Thread(() =>
        {
            try
            {
                pipeline.Analyze(text, source.Token);
            }
            catch (OperationCanceledException)
            {
            }

            stopped = cancelled.Elapsed.TotalMilliseconds;
        });
        worker.Start();
        Thread.Sleep(delay);
        cancelled.Start();
        source.Cancel();
        worker.Join();
        return stopped;
    }

    /// <summary>Small documents around the large one; the consumer cancels <paramref name="delay"/> ms after taking the
    /// first result, and the time is until the enumeration has thrown and its disposal has stopped every worker.</summary>
    private static double AnalyzeManyLatency(string large, int delay)
    {
        var pipeline = new NewsPipelineBuilder().WithMaxDegreeOfParallelism(2).Build();
        var small = HostileInputs.Create("news", 3_000);
        var inputs = new[] { small, large, large, small, small };
        using var source = new CancellationTokenSource();
        var cancelled = new Stopwatch();
        var timer = new Thread(() =>
        {
            Thread.Sleep(delay);
            cancelled.Start();
            source.Cancel();
        });
        try
        {
            foreach (var document in pipeline.AnalyzeMany(inputs, source.Token))
            {
                if (!timer.IsAlive && !cancelled.IsRunning)
                {
                    timer.Start();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        timer.Join();
        return cancelled.Elapsed.TotalMilliseconds;
    }
}
