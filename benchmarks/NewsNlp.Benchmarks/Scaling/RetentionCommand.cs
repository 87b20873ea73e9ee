using System.Globalization;
using System.Text;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks.Scaling;

/// <summary>What a thread keeps after its work is done: managed heap after one very large document, and after 40 pipelines
/// (each with its own copy of the English model) were used and dropped:
/// <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- retention</c>.</summary>
internal static class RetentionCommand
{
    public static int Run(string[] args)
    {
        int millions = int.Parse(ScalingCommand.Option(args, "--million-tokens", "4"), CultureInfo.InvariantCulture);
        var pipeline = NewsPipeline.Default;
        pipeline.Analyze("Talks in Nairobi ended on Tuesday.");
        long baseline = Heap();
        int tokens = AnalyzeLarge(pipeline, millions * 1_000_000);
        long afterLarge = Heap();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"after one document of {tokens:N0} tokens: heap {Mb(afterLarge - baseline)} MB above the warm baseline, peak RSS {ScalingCommand.Rss("VmHWM"):F0} MB"));

        var bytes = EnglishModelBytes();
        long beforePipelines = Heap();
        UseAndDropPipelines(bytes, 40);
        long afterPipelines = Heap();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"after 40 pipelines (40 loads of the English model) used on this thread and dropped: heap {Mb(afterPipelines - beforePipelines)} MB above before"));
        return 0;
    }

    private static int AnalyzeLarge(NewsPipeline pipeline, int tokens)
    {
        const string unit = "Officials of Meridian Bank met in Nairobi on Tuesday. ";
        var builder = new StringBuilder(unit.Length * ((tokens / 10) + 1));
        for (int i = 0; i < tokens / 10; i++)
        {
            builder.Append(unit);
        }

        return pipeline.Analyze(builder.ToString()).Tokens.Count;
    }

    private static void UseAndDropPipelines(byte[] model, int count)
    {
        var text = HostileInputs.Create("news", 30_000);
        for (int i = 0; i < count; i++)
        {
            var pipeline = new NewsPipelineBuilder().UseModel(NewsModel.Load(new MemoryStream(model))).Build();
            pipeline.Analyze(text);
        }
    }

    private static byte[] EnglishModelBytes()
    {
        var stream = new MemoryStream();
        NewsModel.English.Save(stream);
        return stream.ToArray();
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);
}
