using CsCheck;
using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Fuzz.Targets;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Pipeline;

/// <summary>Property-based checks of whole-pipeline offsets (tokens, sentences, entities) on generated hostile Unicode
/// text, with the embedded English model and with dates alone; the invariants are those of <see cref="OffsetChecks"/>.</summary>
public sealed class PipelinePropertyTests
{
    private static readonly DateOnly s_reference = new(2026, 11, 24);
    private static readonly Gen<string> s_text = HostileText.Text(maxPieces: 40);
    private static readonly NewsPipeline s_datesDayFirst = new NewsPipelineBuilder().WithoutNames().UseDates(DateOrder.DayMonthYear).Build();

    [Fact]
    public void Default_pipeline_keeps_document_invariants() =>
        s_text.Sample(static text =>
        {
            var pipeline = NewsPipeline.Default;
            OffsetChecks.Document(pipeline.Analyze(text, s_reference), pipeline.Kinds);
        }, iter: 400, print: HostileText.Escape);

    [Fact]
    public void Date_pipeline_without_reference_date_keeps_document_invariants() =>
        s_text.Sample(static text =>
        {
            var document = s_datesDayFirst.Analyze(text);
            OffsetChecks.Document(document, EntityKindSet.Of(EntityKind.Date));
        }, iter: 1000, print: HostileText.Escape);

    [Fact]
    public void Enumerated_entities_equal_the_document_entities() =>
        s_text.Sample(static text =>
        {
            var pipeline = NewsPipeline.Default;
            var expected = pipeline.Analyze(text, s_reference).Entities.Select(static e => (e.Kind, e.Start, e.End, e.Value)).ToList();
            var enumerated = new List<(EntityKind, int, int, string?)>();
            foreach (var span in pipeline.EnumerateEntities(text, s_reference))
            {
                enumerated.Add((span.Kind, span.Start, span.End, span.Value));
            }

            Assert.Equal(expected, enumerated);
        }, iter: 200, print: HostileText.Escape);

    [Fact]
    public void Pre_tokenized_analysis_with_the_same_tokens_gives_the_same_entities() =>
        s_text.Sample(static text =>
        {
            var pipeline = NewsPipeline.Default;
            var document = pipeline.Analyze(text, s_reference);
            var again = pipeline.Analyze(text, document.Tokens, s_reference);
            Assert.Equal(document.Sentences, again.Sentences);
            Assert.Equal(document.Entities, again.Entities);
        }, iter: 200, print: HostileText.Escape);
}
