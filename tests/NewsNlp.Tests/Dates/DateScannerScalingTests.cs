using System.Text;
using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Recognition;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Dates;

/// <summary>The recognizer's cost does not depend on the input's shape: a large input of digits and month names is
/// scanned in one pass, and text without dates allocates nothing. There are no timing assertions here; speed is
/// measured by the benchmarks.</summary>
public sealed class DateScannerScalingTests
{
    [Fact]
    public void Ten_megabytes_of_digits_and_month_names_are_scanned_completely()
    {
        // Each unit holds exactly four dates and many near-misses (numbers, months without days, stray articles).
        const string unit = "March 12 2024 the of 31 1 May 11/27/2026 Nov. the 12 12 12 June, ";
        int repeats = (10 * 1024 * 1024) / unit.Length;
        var builder = new StringBuilder(unit.Length * repeats);
        for (int i = 0; i < repeats; i++)
        {
            builder.Append(unit);
        }

        var text = builder.ToString();
        var pipeline = new NewsPipelineBuilder().WithoutNames().Build();
        int dates = 0;
        foreach (var entity in pipeline.EnumerateEntities(text))
        {
            dates += entity.Kind == EntityKind.Date ? 1 : 0;
        }

        // "March 12 2024", "1 May", "11/27/2026" and "June" (a full month name followed by a comma).
        Assert.Equal(4 * repeats, dates);
    }

    [Fact]
    public void A_run_of_month_names_and_numbers_matches_each_date_once()
    {
        var text = string.Concat(Enumerable.Repeat("Nov. 27, 2026 ", 10_000));
        var pipeline = new NewsPipelineBuilder().WithoutNames().Build();
        var document = pipeline.Analyze(text, new DateOnly(2026, 11, 27), TestContext.Current.CancellationToken);
        Assert.Equal(10_000, document.Entities.Count);
        Assert.All(document.Entities, e => Assert.Equal("2026-11-27", e.Value));
    }

    [Fact]
    public void Text_without_dates_allocates_nothing()
    {
        const string text = "The committee met in the capital and discussed the proposal with 40 members of the public, "
            + "who asked about costs, roads, schools and the new 1,500-seat hall near the river.";
        var tokens = NewsTokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var recognizer = new DateRecognizer(DateOrder.MonthDayYear);
        var scratch = new AnalysisScratch();
        var output = new List<EntitySpan>(16);
        for (int i = 0; i < 1000; i++)
        {
            Run(recognizer, text, tokens, sentences, scratch, output);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            Run(recognizer, text, tokens, sentences, scratch, output);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(output);
        Assert.Equal(0, allocated);
    }

    private static void Run(DateRecognizer recognizer, string text, Token[] tokens, Sentence[] sentences, AnalysisScratch scratch, List<EntitySpan> output)
    {
        output.Clear();
        var context = new AnalysisContext(text, tokens, sentences, new DateOnly(2026, 11, 27));
        recognizer.Recognize(context, scratch, output);
    }
}
