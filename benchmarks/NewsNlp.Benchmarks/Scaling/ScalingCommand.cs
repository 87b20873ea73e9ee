using System.Diagnostics;
using System.Globalization;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks.Scaling;

/// <summary>Time and peak memory of one <c>Analyze</c> call against input size and shape, each size in a fresh process so
/// that its peak RSS is its own: <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- scaling</c>.</summary>
/// <remarks>Not a BenchmarkDotNet benchmark: one run per cell, after a warm-up, on inputs up to hundreds of megabytes,
/// where the question is whether time per MB stays flat and memory bounded, not the last few percent.</remarks>
internal static class ScalingCommand
{
    private static readonly DateOnly s_referenceDate = new(2026, 11, 27);

    public static int Run(string[] args)
    {
        var sizes = Option(args, "--sizes", "1,4,16,64").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var shapes = Option(args, "--shapes", string.Join(',', HostileInputs.Shapes)).Split(',');
        Console.WriteLine("| Input | MB | Tokens | Time (s) | ms per MB | Peak RSS (MB) | Peak − RSS before input (MB) | Bytes per token |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var shape in shapes)
        {
            foreach (int mb in sizes)
            {
                var result = RunChild(["scaling-one", shape, mb.ToString(CultureInfo.InvariantCulture)]);
                var f = result.Split(' ');
                long tokens = long.Parse(f[0], CultureInfo.InvariantCulture);
                double seconds = double.Parse(f[1], CultureInfo.InvariantCulture);
                double peak = double.Parse(f[2], CultureInfo.InvariantCulture);
                double before = double.Parse(f[3], CultureInfo.InvariantCulture);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {HostileInputs.Describe(shape)} | {mb} | {tokens:N0} | {seconds:F2} | {seconds * 1000 / mb:F0} | {peak:F0} | {peak - before:F0} | {(peak - before) * (1 << 20) / Math.Max(1, tokens):F0} |"));
            }
        }

        return 0;
    }

    /// <summary>One cell: builds the input, resets the peak-RSS counter, analyses once, prints tokens, seconds, peak and
    /// before (MB).</summary>
    public static int RunOne(string[] args)
    {
        string shape = args[1];
        int mb = int.Parse(args[2], CultureInfo.InvariantCulture);
        var pipeline = NewsPipeline.Default;
        pipeline.Analyze(HostileInputs.Create("news", 200_000), s_referenceDate);
        pipeline.Analyze(HostileInputs.Create(shape, 200_000), s_referenceDate);
        var text = HostileInputs.Create(shape, mb << 20);
        GC.Collect();
        ResetPeak();
        double before = Rss("VmRSS");
        var watch = Stopwatch.StartNew();
        var document = pipeline.Analyze(text, s_referenceDate);
        watch.Stop();
        double peak = Rss("VmHWM");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{document.Tokens.Count} {watch.Elapsed.TotalSeconds:F3} {peak:F1} {before:F1}"));
        GC.KeepAlive(document);
        return 0;
    }

    internal static string RunChild(string[] arguments)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        string self = Environment.ProcessPath!;
        start.FileName = self;
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ScalingCommand).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' exited with {process.ExitCode}: {output}");
        }

        return output.Trim().Split('\n')[^1];
    }

    internal static string Option(string[] args, string name, string fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    /// <summary>Resets the kernel's peak-RSS counter (VmHWM) of this process, so the next reading is the peak from here on.</summary>
    private static void ResetPeak() => File.WriteAllText("/proc/self/clear_refs", "5");

    /// <summary>A memory figure of this process from /proc/self/status, in MB.</summary>
    internal static double Rss(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return double.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
            }
        }

        return double.NaN;
    }
}
