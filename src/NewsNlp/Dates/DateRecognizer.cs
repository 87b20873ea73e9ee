using NewsNlp.Entities;

namespace NewsNlp.Dates;

/// <summary>The rule-based date recognizer and normalizer.</summary>
internal sealed class DateRecognizer : IEntityRecognizer
{
    public DateRecognizer(DateOrder order)
    {
        Order = order;
    }

    public DateOrder Order { get; }

    public void Recognize(scoped in AnalysisContext context, AnalysisScratch scratch, List<EntitySpan> output)
    {
    }
}
