using NewsNlp.Dates;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Dates;

/// <summary>Date ranges are one DATE with an ISO-8601 interval value; with <see cref="NewsNlpOptions.JoinDateRanges"/> off each
/// end is its own DATE. Every text is written for these tests; the reference date 2026-11-27 is a Friday.</summary>
public sealed class DateRangeTests
{
    private static readonly DateOnly s_friday = new(2026, 11, 27);
    private static readonly NewsPipeline s_joined = new NewsPipelineBuilder().WithoutNames().Build();
    private static readonly NewsPipeline s_split = new NewsPipelineBuilder(new NewsNlpOptions { JoinDateRanges = false }).WithoutNames().Build();

    [Theory]
    [InlineData("The fair runs June 2-12 in the old port.", "June 2-12", "2026-06-02/2026-06-12")]
    [InlineData("The fair runs June 2–12 in the old port.", "June 2–12", "2026-06-02/2026-06-12")]
    [InlineData("Talks were held Sept. 24-25, 2023, near the border.", "Sept. 24-25, 2023", "2023-09-24/2023-09-25")]
    [InlineData("Voting is open Oct. 20 to Nov. 5 at every school.", "Oct. 20 to Nov. 5", "2026-10-20/2026-11-05")]
    [InlineData("The survey ran from March 3, 2021 through April 9, 2021 in two towns.", "March 3, 2021 through April 9, 2021", "2021-03-03/2021-04-09")]
    [InlineData("The mill was idle 2019-2021 for repairs.", "2019-2021", "2019/2021")]
    [InlineData("The camp ran from 2019 to 2021 on the island.", "2019 to 2021", "2019/2021")]
    public void A_range_is_one_date_with_an_interval_value(string text, string span, string value)
    {
        var date = Assert.Single(s_joined.Analyze(text, s_friday).Entities);
        Assert.Equal(span, date.Text);
        Assert.Equal(value, date.Value);
    }

    [Theory]
    [InlineData("The fair opened June 2 and closed June 12 after rain.", "June 2|June 12")]
    [InlineData("They met Monday and Tuesday at the lodge.", "Monday|Tuesday")]
    [InlineData("The bridge closed in 2019 - 40 families moved away.", "2019")]
    [InlineData("The fair runs June 12-2 in the port.", "June 12")]
    [InlineData("The fair runs June 31-32 in the port.", "")]
    public void Dates_that_are_not_ranges_stay_apart(string text, string expected)
    {
        var dates = s_joined.Analyze(text, s_friday).Entities.Select(e => e.Text);
        Assert.Equal(expected, string.Join("|", dates));
    }

    [Fact]
    public void Day_first_dates_are_not_taken_for_a_day_range()
    {
        var dates = s_joined.Analyze("The siege lasted 14 August-24 August in the valley.", s_friday).Entities;
        var date = Assert.Single(dates);
        Assert.Equal("14 August-24 August", date.Text);
        Assert.Equal("2026-08-14/2026-08-24", date.Value);
    }

    [Fact]
    public void Split_ranges_give_each_end_its_own_date()
    {
        var dates = s_split.Analyze("Voting is open Oct. 20 to Nov. 5 at every school.", s_friday).Entities;
        Assert.Equal(["Oct. 20", "Nov. 5"], dates.Select(e => e.Text));
        Assert.Equal(["2026-10-20", "2026-11-05"], dates.Select(e => e.Value));
    }
}
