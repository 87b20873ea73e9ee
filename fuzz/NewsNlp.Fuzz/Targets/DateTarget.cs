using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Fuzz.Targets;

/// <summary>Fuzz target: the rule-based date recognizer, through pipelines that recognize dates only.</summary>
/// <remarks>Defined behaviour: no exception, and every result keeps the document invariants of <see cref="OffsetChecks"/>
/// (each entity a DATE with a value). Both day orders run, one with and one without a reference date, since relative
/// expressions take different paths when there is nothing to resolve them against.</remarks>
internal static class DateTarget
{
    private static readonly DateOnly s_reference = new(2026, 11, 24);
    private static readonly EntityKindSet s_dates = EntityKindSet.Of(EntityKind.Date);
    private static readonly NewsPipeline s_monthFirst = new NewsPipelineBuilder().WithoutNames().UseDates(DateOrder.MonthDayYear).Build();
    private static readonly NewsPipeline s_dayFirst = new NewsPipelineBuilder().WithoutNames().UseDates(DateOrder.DayMonthYear).Build();

    public static void Run(ReadOnlySpan<byte> data)
    {
        string text = FuzzText.Decode(data);
        OffsetChecks.Document(s_monthFirst.Analyze(text, s_reference), s_dates);
        OffsetChecks.Document(s_dayFirst.Analyze(text), s_dates);
    }
}
