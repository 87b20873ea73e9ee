using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Running;

namespace NewsNlp.Benchmarks;

internal static class Program
{
    public static int Main(string[] args)
    {
        // Plain measurement commands outside BenchmarkDotNet (see Scaling/).
        switch (args.FirstOrDefault())
        {
            case "scaling":
                return Scaling.ScalingCommand.Run(args);
            case "scaling-one":
                return Scaling.ScalingCommand.RunOne(args);
            case "cancellation":
                return Scaling.CancellationCommand.Run(args);
            case "retention":
                return Scaling.RetentionCommand.Run(args);
            case "throughput":
                return Scaling.ThroughputCommand.Run(args);
        }

        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(JsonExporter.Full);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
