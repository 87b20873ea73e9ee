using System.Runtime.CompilerServices;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Recognition;
using NewsNlp.Tagging;
using NewsNlp.Tests.Training;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Pipeline;

/// <summary>Working memory per document is the token array and the output: long documents are tagged in windows, hostile
/// shapes cost time linear in their length, and what a thread keeps afterwards is capped. Figures for inputs up to 64 MB
/// come from the <c>scaling</c> command of the benchmarks project (docs/reliability.md).</summary>
public sealed class BoundedMemoryTests
{
    private static readonly string[] s_hostileShapes = ["(", "\0", "Yes. ", "Coastal Ports Agency (CPA) said. ", "Xa1-b.c,"];

    [Theory]
    [InlineData("(")]
    [InlineData("\0")]
    [InlineData("Yes. ")]
    [InlineData("x")]
    public void Allocation_per_token_does_not_include_the_taggers_buffers(string unit)
    {
        // On a warm thread (buffers sized for one window), a 600 K-token document allocates its token list and the
        // document; the tagger's ~600 bytes per token used to come on top.
        long allocated = 0;
        int tokens = 0;
        var thread = new Thread(() =>
        {
            var pipeline = NewsPipeline.Default;
            pipeline.Analyze(Repeat(unit, 3 * PerceptronTagger.MaxWindowTokens * unit.Length));
            var text = Repeat(unit, 600_000 * Math.Max(1, unit.Length / 2));
            long before = GC.GetAllocatedBytesForCurrentThread();
            var document = pipeline.Analyze(text);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            tokens = document.Tokens.Count;
        });
        thread.Start();
        thread.Join();
        Assert.True(tokens >= 1, "no tokens");
        long perToken = allocated / Math.Max(1, tokens);
        Assert.True(unit == "x" || perToken < 100, $"{perToken} bytes allocated per token over {tokens:N0} tokens");
        Assert.True(allocated < (64L << 20) + (100L * tokens), $"{allocated:N0} bytes allocated for {tokens:N0} tokens");
    }

    [Fact]
    public void Long_documents_are_tagged_in_bounded_windows()
    {
        var scratch = new AnalysisScratch();
        var text = Repeat("Coastal Ports Agency (CPA) said. ", 2_000_000);
        NewsTokenizer.AppendTokens(text, scratch.Tokens);
        NewsPipeline.Default.Run(text, null, scratch);
        Assert.True(scratch.Tokens.Count > 20 * PerceptronTagger.MaxWindowTokens);
        Assert.InRange(scratch.Tagger.Word.Length, 1, 2 * PerceptronTagger.MaxWindowTokens);
        Assert.InRange(scratch.Tagger.Emissions.Length, 1, 2 * PerceptronTagger.MaxWindowTokens * 64);

        // Every definition gives its acronym, in every window, with the name's kind.
        var entities = scratch.Entities;
        int names = 0;
        for (int i = 0; i + 1 < entities.Count; i++)
        {
            if (text[entities[i].Start..entities[i].End] == "Coastal Ports Agency")
            {
                names++;
                Assert.Equal("CPA", text[entities[i + 1].Start..entities[i + 1].End]);
                Assert.Equal(entities[i].Kind, entities[i + 1].Kind);
            }
        }

        Assert.True(names > scratch.Tokens.Count / 9, $"{names} names in {scratch.Tokens.Count} tokens");
    }

    [Fact]
    public void A_thread_keeps_at_most_its_cap_after_a_very_large_document()
    {
        var text = Repeat("Coastal Ports Agency (CPA) said on Tuesday. ", 6_000_000);
        var scratch = AnalysisScratch.Rent();
        NewsTokenizer.AppendTokens(text, scratch.Tokens);
        NewsPipeline.Default.Run(text, null, scratch);
        long used = scratch.RetainedBytes();
        AnalysisScratch.Return(scratch);
        var again = AnalysisScratch.Rent();
        try
        {
            Assert.Same(scratch, again);
            Assert.True(used > 48L << 20, $"{used:N0} bytes in use during analysis");
            Assert.True(again.RetainedBytes() < 32L << 20, $"{again.RetainedBytes():N0} bytes retained");
        }
        finally
        {
            AnalysisScratch.Return(again);
        }
    }

    [Fact]
    public void Threads_keep_no_state_per_pipeline_or_model()
    {
        var bytes = SaveSyntheticModel();
        var scratch = AnalysisScratch.Rent();
        AnalysisScratch.Return(scratch);
        var taggers = UseManyModels(bytes, 40);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.All(taggers, t => Assert.False(t.IsAlive, "a tagger is kept alive after its pipeline was dropped"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference> UseManyModels(byte[] bytes, int count)
    {
        var taggers = new List<WeakReference>();
        for (int i = 0; i < count; i++)
        {
            var model = NewsModel.Load(new MemoryStream(bytes));
            var pipeline = new NewsPipelineBuilder().UseModel(model).WithoutDates().Build();
            Assert.NotEmpty(pipeline.Analyze("Ilse Varga visited Dravik with Tomas Reyk.").Entities);
            taggers.Add(new WeakReference(model.Recognizer));
        }

        return taggers;
    }

    private static byte[] SaveSyntheticModel()
    {
        var stream = new MemoryStream();
        SyntheticCorpus.Model.Save(stream);
        return stream.ToArray();
    }

    private static string Repeat(string unit, int characters)
    {
        var chars = new char[characters];
        for (int i = 0; i < characters; i++)
        {
            chars[i] = unit[i % unit.Length];
        }

        return new string(chars);
    }
}
