using System.Text;
using NewsNlp.Entities;
using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

public sealed class DateEvaluatorTests
{
    // A made-up TimeML document, written for this test.
    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>test-1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2026-11-27" temporalFunction="false" functionInDocument="CREATION_TIME">11/27/2026</TIMEX3></DCT>
        <TEXT>
        The board met <TIMEX3 tid="t1" type="DATE" value="2026-11-26">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3> &amp; agreed to meet <TIMEX3 tid="t3" type="DATE" value="2026-WXX">next week</TIMEX3>, as it did in <TIMEX3 tid="t4" type="DATE" value="2025-03">early March 2025</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reads_text_reference_date_and_timex_offsets()
    {
        var document = TimeMlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Tml)), "test-1");
        Assert.Equal(new DateOnly(2026, 11, 27), document.CreationDate);
        Assert.Equal(4, document.Timexes.Count);
        Assert.Equal(["yesterday", "three hours", "next week", "early March 2025"], document.Timexes.Select(t => document.Text[t.Start..t.End]));
        Assert.Equal(["DATE", "DURATION", "DATE", "DATE"], document.Timexes.Select(t => t.Type));
        Assert.Contains("hours & agreed", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_strict_relaxed_and_value_accuracy()
    {
        var document = TimeMlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Tml)), "test-1");
        string text = document.Text;
        Entity Date(string span, string? value)
        {
            int start = text.IndexOf(span, StringComparison.Ordinal);
            return new Entity(EntityKind.Date, start, start + span.Length, span, 0.9f, value);
        }

        var evaluator = new DateEvaluator();
        evaluator.Add(document.Id, text, document.Timexes,
        [
            Date("yesterday", "2026-11-26"),     // exact, right value
            Date("next week", "2026-W49"),       // exact, refines 2026-WXX
            Date("March 2025", "2025-03"),       // overlap only
            Date("board", null),                 // spurious
        ]);

        var result = evaluator.All;
        Assert.Equal(3, result.Gold);
        Assert.Equal(4, result.Predicted);
        Assert.Equal(2, result.StrictMatches);
        Assert.Equal(3, result.RelaxedMatches);
        Assert.Equal(2, result.RelaxedValueCorrect);
        Assert.Equal(3, result.RelaxedValueLenient);
        Assert.Equal(0.5, result.StrictPrecision, 6);
        Assert.Equal(2.0 / 3, result.StrictRecall, 6);
    }

    [Theory]
    [InlineData("2000-W7", "2000-W07", true)]
    [InlineData("1989-Q3", "1989-Q3", true)]
    [InlineData("1989-Q3", "1989-Q4", false)]
    [InlineData("1989", null, false)]
    public void Compares_values_after_canonicalization(string gold, string? predicted, bool same)
    {
        Assert.Equal(same, DateEvaluator.SameValue(gold, predicted));
    }

    [Theory]
    [InlineData("1989-WXX", "1989-W42", true)]
    [InlineData("1949-XX", "1949", true)]
    [InlineData("199X", "199", true)]
    [InlineData("1988-QX", "1988-Q3", true)]
    [InlineData("1988-QX", "1987-Q3", false)]
    [InlineData("1989-10", "1989-10-02", false)]
    public void Accepts_refinements_of_unspecified_gold_values_only_leniently(string gold, string predicted, bool refines)
    {
        Assert.Equal(refines, DateEvaluator.RefinesValue(gold, predicted));
    }
}
