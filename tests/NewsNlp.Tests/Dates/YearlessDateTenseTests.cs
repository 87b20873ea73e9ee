using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Dates;

/// <summary>A year-less date (<c>March 9</c>, <c>January</c>) takes its year from the tense of its sentence: a schedule,
/// a modal or an infinitive of an event to come reads ahead, a past verb reads back, and a sentence with neither takes
/// the reading near the reference date (nine months back to three ahead). Every sentence is written for these tests.</summary>
public sealed class YearlessDateTenseTests
{
    private const string December1 = "2026-12-01";

    private static readonly NewsPipeline s_dates = new NewsPipelineBuilder().WithoutNames().UseDates(DateOrder.MonthDayYear).Build();

    public static TheoryData<string, string, string, string> Future => new()
    {
        { "Prosecutors pushed for the case to go to trial on March 9.", December1, "March 9", "2027-03-09" },
        { "The judge cleared the way for the case to go to trial on March 9.", December1, "March 9", "2027-03-09" },
        { "The new terminal is set to open on March 9 after delays.", December1, "March 9", "2027-03-09" },
        { "The hearing is scheduled for Feb. 12 in the capital.", December1, "Feb. 12", "2027-02-12" },
        { "The council could vote on the budget in April.", December1, "April", "2027-04" },
        { "In March, the new rail line will carry its first passengers.", "2026-11-27", "March", "2027-03" },
        { "On March 9 the two leaders will meet in Accra.", December1, "March 9", "2027-03-09" },
    };

    public static TheoryData<string, string, string, string> Past => new()
    {
        { "The rally was held on March 9, organizers said.", December1, "March 9", "2026-03-09" },
        { "On April 9, the board said it had approved the merger.", "2026-01-15", "April 9", "2025-04-09" },
        { "The reporter was jailed for refusing to testify on March 9.", December1, "March 9", "2026-03-09" },
        { "Floods made it difficult for the port to handle cargo in August.", December1, "August", "2026-08" },
        { "Talks collapsed in December, the mediators said.", "2026-01-15", "December", "2025-12" },
    };

    /// <summary>No tense before or after the date: nine months back to three months ahead of the reference date.</summary>
    public static TheoryData<string, string, string, string> NoTense => new()
    {
        { "Parliament's opening session: January 20.", December1, "January 20", "2027-01-20" },
        { "Budget hearings: February 26.", December1, "February 26", "2027-02-26" },
        { "Harvest festival: August 20.", December1, "August 20", "2026-08-20" },
        { "Harvest festival: March 9.", December1, "March 9", "2026-03-09" },
        { "Harvest festival: March 9.", "2026-01-10", "March 9", "2026-03-09" },
        { "Harvest festival: June 9.", "2026-01-10", "June 9", "2025-06-09" },
    };

    [Theory]
    [MemberData(nameof(Future))]
    [MemberData(nameof(Past))]
    [MemberData(nameof(NoTense))]
    public void The_sentence_decides_the_year(string text, string reference, string span, string value)
    {
        var document = s_dates.Analyze(new NewsInput(text, null, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture)), TestContext.Current.CancellationToken);

        var date = Assert.Single(document.Entities, e => e.Kind == EntityKind.Date);
        Assert.Equal(span, date.Text);
        Assert.Equal(value, date.Value);
    }
}
