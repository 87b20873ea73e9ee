using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Dates;

/// <summary>Tables of (text, reference date, expected DATE span, expected TIMEX3 value). Every text is written for these
/// tests. The default reference date, 2026-11-27, is a Friday in ISO week 48.</summary>
public sealed class DateRecognizerTests
{
    private const string Friday = "2026-11-27";

    private static readonly NewsPipeline s_mdy = new NewsPipelineBuilder().WithoutNames().UseDates(DateOrder.MonthDayYear).Build();
    private static readonly NewsPipeline s_mdySplit = new NewsPipelineBuilder(new NewsNlpOptions { JoinDateRanges = false }).WithoutNames().UseDates(DateOrder.MonthDayYear).Build();
    private static readonly NewsPipeline s_dmy = new NewsPipelineBuilder().WithoutNames().UseDates(DateOrder.DayMonthYear).Build();

    public static TheoryData<string, string?, string, string?> Absolute => new()
    {
        { "The law took effect in March 2025 after a long fight.", Friday, "March 2025", "2025-03" },
        { "She was sworn in on 27 November 2026 in the capital.", Friday, "27 November 2026", "2026-11-27" },
        { "The vote is set for Nov. 27 in the lower house.", Friday, "Nov. 27", "2026-11-27" },
        { "It happened on November 27, 2026, in a small town.", Friday, "November 27, 2026", "2026-11-27" },
        { "The filing is dated 2026-11-27 and signed by both.", Friday, "2026-11-27", "2026-11-27" },
        { "The filing is dated 11/27/2026 and signed by both.", Friday, "11/27/2026", "2026-11-27" },
        { "Exports rose sharply in 2024, the ministry said.", Friday, "2024", "2024" },
        { "Prices soared in the 1990s as demand grew.", Friday, "the 1990s", "199" },
        { "Growth peaked in mid-2023 and slowed after.", Friday, "mid-2023", "2023" },
        { "Revenue jumped in Q3 2025, the firm reported.", Friday, "Q3 2025", "2025-Q3" },
        { "The plant opens in early 2024 with 300 jobs.", Friday, "early 2024", "2024" },
        { "Profit fell in the third quarter of 2025 on weak sales.", Friday, "the third quarter of 2025", "2025-Q3" },
        { "Results for the fourth quarter beat forecasts.", Friday, "the fourth quarter", "2026-Q4" },
        { "The empire faded in the 20th century.", Friday, "the 20th century", "19" },
        { "A ’90s revival filled the stores.", Friday, "’90s", "199" },
        { "Cheap credit defined the 2000s for lenders.", Friday, "the 2000s", "200" },
        { "The treaty was signed Sept. 3, 1998, in Geneva.", Friday, "Sept. 3, 1998", "1998-09-03" },
        { "The order came Tuesday, December 9, 1997, at dawn.", Friday, "Tuesday, December 9, 1997", "1997-12-09" },
        { "Margins improved in H1 2025 across the group.", Friday, "H1 2025", "2025-H1" },
        { "Margins improved in the first half of 2025.", Friday, "the first half of 2025", "2025-H1" },
        { "The budget for fiscal 2025 was approved.", Friday, "fiscal 2025", "2025" },
        { "The festival returns in summer 2024 to the park.", Friday, "summer 2024", "2024-SU" },
        { "The city was founded in 264 BC by settlers.", Friday, "264 BC", "BC0264" },
        { "Shops close early on Christmas Eve, the union said.", Friday, "Christmas Eve", "2026-12-24" },
        { "Families gathered for Thanksgiving across the country.", Friday, "Thanksgiving", "2026-11-26" },
        { "Pilgrims arrived for Easter 2025 in large numbers.", Friday, "Easter 2025", "2025-04-20" },
        { "The ceasefire collapsed in late November, officials said.", Friday, "late November", "2026-11" },
        { "The strike began in the summer of 2022 at the port.", Friday, "the summer of 2022", "2022-SU" },
        { "Output fell in the early 1980s before recovering.", Friday, "the early 1980s", "198" },
        { "Dividends were cut at the end of 2024.", Friday, "the end of 2024", "2024" },
        { "The station first aired in nineteen ninety-six.", Friday, "nineteen ninety-six", "1996" },
        { "The decree was issued on the 4th of July, 1990, by the council.", Friday, "the 4th of July, 1990", "1990-07-04" },
        { "Polls open on November 27th, 2026, at dawn.", Friday, "November 27th, 2026", "2026-11-27" },
        { "Turnout was low over the weekend, officials said.", Friday, "the weekend", "2026-W47-WE" },
        { "The rebels regrouped the following year in the hills.", Friday, "the following year", "2027" },
        { "He came home in January nineteen ninety-seven.", Friday, "January nineteen ninety-seven", "1997-01" },
        { "Fears grew as the year two thousand approached.", Friday, "the year two thousand", "2000" },
        { "The ban lapses in the year 2030 unless renewed.", Friday, "the year 2030", "2030" },
        { "The archive dates from the year two thousand and five.", Friday, "the year two thousand and five", "2005" },
    };

    public static TheoryData<string, string?, string, string?> Relative => new()
    {
        { "The minister resigned yesterday after the vote.", Friday, "yesterday", "2026-11-26" },
        { "Markets are closed today for the holiday.", Friday, "today", "2026-11-27" },
        { "The results will be announced tomorrow morning.", Friday, "tomorrow", "2026-11-28" },
        { "Police made the arrest last Tuesday in the north.", Friday, "last Tuesday", "2026-11-24" },
        { "The court will rule next Tuesday on the appeal.", Friday, "next Tuesday", "2026-12-01" },
        { "Talks resume next week in Vienna.", Friday, "next week", "2026-W49" },
        { "Talks stalled this week over funding.", Friday, "this week", "2026-W48" },
        { "The bridge was closed two years ago for repairs.", Friday, "two years ago", "2024" },
        { "The firm was sold three months ago to a rival.", Friday, "three months ago", "2026-08" },
        { "The storm hit five days ago, leaving many homeless.", Friday, "five days ago", "2026-11-22" },
        { "Rates were raised earlier this month by the bank.", Friday, "earlier this month", "2026-11" },
        { "Inflation slowed this year, the survey found.", Friday, "this year", "2026" },
        { "The company lost money last December.", Friday, "last December", "2025-12" },
        { "The new line opens later this year, the mayor said.", Friday, "later this year", "2026" },
        { "Crowds gathered last weekend in the square.", Friday, "last weekend", "2026-W47-WE" },
        { "Sales fell last quarter as costs rose.", Friday, "last quarter", "2026-Q3" },
        { "Floods struck the region last spring.", Friday, "last spring", "2026-SP" },
        { "Snow closed the pass last winter.", Friday, "last winter", "2025-WI" },
        { "The dam was finished a decade ago.", Friday, "a decade ago", "2016" },
        { "The rule was scrapped several years ago.", Friday, "several years ago", "PAST_REF" },
        { "The vote is due two weeks from now.", Friday, "two weeks from now", "2026-W50" },
        { "Two years earlier the same plan had failed.", Friday, "Two years earlier", "2024" },
        { "Output rose in June last year at the mill.", Friday, "June last year", "2025-06" },
        { "Costs were above the year-earlier level, the bank said.", Friday, "year-earlier", "2025" },
        { "Profit doubled from the year-ago quarter, the bank said.", Friday, "the year-ago quarter", "2025-Q3" },
        { "Prices fell this past weekend at the pump.", Friday, "this past weekend", "2026-W47-WE" },
        { "Wages barely moved over the last decade, the study found.", Friday, "the last decade", "201" },
        { "Membership grew in the past year, the club said.", Friday, "the past year", "2025" },
        { "Rents climbed during the last quarter in most cities.", Friday, "the last quarter", "2026-Q3" },
        { "Profit fell from the year-earlier third quarter, the bank said.", Friday, "the year-earlier third quarter", "2025-Q3" },
        { "Sales beat the quarter a year ago by a wide margin.", Friday, "the quarter a year ago", "2025-Q3" },
        { "The plant should reopen by year's end, the owner said.", Friday, "year's end", "2026" },
        { "Jobless claims hit a quarter-century low; pay was up 4% from a year earlier.", Friday, "a year earlier", "2025" },
    };

    public static TheoryData<string, string?, string, string?> Weekdays => new()
    {
        { "The talks ended on Saturday without a deal.", Friday, "Saturday", "2026-11-21" },
        { "The talks will resume on Monday in Geneva.", Friday, "Monday", "2026-11-30" },
        { "The spokesman said Friday that the plan stands.", Friday, "Friday", "2026-11-27" },
        { "Voters went to the polls on Sunday.", Friday, "Sunday", "2026-11-22" },
        { "The team planned to leave the city on Thursday.", Friday, "Thursday", "2026-12-03" },
        { "On Tuesday Mr. Kim met the envoy.", Friday, "Tuesday", "2026-11-24" },
        { "The ministry said Monday President Lee would travel.", Friday, "Monday", "2026-11-23" },
        { "The summit will be held on Friday in Oslo.", Friday, "Friday", "2026-12-04" },
        { "Rebels shelled the town Wednesday night, witnesses said.", Friday, "Wednesday night", "2026-11-25" },
        { "The talks ended on Saturday morning without a deal.", Friday, "Saturday morning", "2026-11-21" },
        { "Flights were cut last Friday evening after the storm.", Friday, "last Friday evening", "2026-11-20" },
        { "The board meets Monday afternoon to vote.", null, "Monday afternoon", "XXXX-WXX-1" },
    };

    /// <summary>Year boundaries, ISO weeks at the turn of the year, and year-less dates.</summary>
    public static TheoryData<string, string?, string, string?> Boundaries => new()
    {
        { "The company lost money last December.", "2026-01-15", "last December", "2025-12" },
        { "The plant reopens next January, the owner said.", "2026-12-10", "next January", "2027-01" },
        { "Profits fell last year across the sector.", "2026-01-02", "last year", "2025" },
        { "Fighting flared last week near the border.", "2026-01-02", "last week", "2025-W52" },
        { "Fighting flared this week near the border.", "2026-01-02", "this week", "2026-W01" },
        { "Fighting flared this week near the border.", "2027-01-01", "this week", "2026-W53" },
        { "The rally was held in December, organizers said.", "2026-01-15", "December", "2025-12" },
        { "The deal was signed on Dec. 30 by both sides.", "2026-01-04", "Dec. 30", "2025-12-30" },
        { "The museum reopened in March after repairs.", Friday, "March", "2026-03" },
        { "The summit will be held in January in Davos.", Friday, "January", "2027-01" },
        { "The report was published yesterday.", "2026-01-01", "yesterday", "2025-12-31" },
        { "The court sat last quarter on the case.", "2026-02-10", "last quarter", "2025-Q4" },
    };

    /// <summary>29 February exists only in leap years; an impossible date is not reported at all.</summary>
    public static TheoryData<string, string?, string, string?> LeapDays => new()
    {
        { "The leap-day sale ran on February 29, 2024, nationwide.", Friday, "February 29, 2024", "2024-02-29" },
        { "The bill passed on 29 February 2028 in a late session.", Friday, "29 February 2028", "2028-02-29" },
        { "Markets were calm on Feb. 29, the report said.", "2028-03-10", "Feb. 29", "2028-02-29" },
        { "Markets were calm on Feb. 29, the report said.", Friday, "Feb. 29", null },
        { "Records show 02/29/2024 as the filing date.", Friday, "02/29/2024", "2024-02-29" },
    };

    public static TheoryData<string, string?, string, string?> WithoutReferenceDate => new()
    {
        { "The minister resigned yesterday after the vote.", null, "yesterday", null },
        { "The vote is set for Nov. 27 in the lower house.", null, "Nov. 27", "XXXX-11-27" },
        { "The law took effect in March 2025 after a long fight.", null, "March 2025", "2025-03" },
        { "Fighting flared last week near the border.", null, "last week", null },
        { "The talks ended on Saturday without a deal.", null, "Saturday", "XXXX-WXX-6" },
        { "Prices soared in the 1990s as demand grew.", null, "the 1990s", "199" },
        { "Results for the fourth quarter beat forecasts.", null, "the fourth quarter", "XXXX-Q4" },
        { "The museum reopened in March after repairs.", null, "March", "XXXX-03" },
    };

    [Theory]
    [MemberData(nameof(Absolute))]
    [MemberData(nameof(Relative))]
    [MemberData(nameof(Weekdays))]
    [MemberData(nameof(Boundaries))]
    [MemberData(nameof(LeapDays))]
    [MemberData(nameof(WithoutReferenceDate))]
    public void Finds_the_date_with_its_value(string text, string? reference, string span, string? value)
    {
        var dates = Dates(s_mdy, text, reference);
        var date = Assert.Single(dates);
        Assert.Equal(span, date.Text);
        Assert.Equal(value, date.Value);
        Assert.Equal(text[date.Start..date.End], date.Text);
    }

    /// <summary>Anaphoric dates resolve against the story's latest date with a known year, or the reference date before
    /// the first one; the expected span and value are those of the last date in the text.</summary>
    [Theory]
    [InlineData("Troops reached the river on June 3, 1944. The next day they crossed it.", "The next day", "1944-06-04")]
    [InlineData("The mill opened in 1998 and closed the following year.", "the following year", "1999")]
    [InlineData("The strike began in March 1990; later that year the mine closed.", "later that year", "1990")]
    [InlineData("The treaty was signed in 1921, and that year the border moved.", "that year", "1921")]
    [InlineData("The storm hit on May 2, 2011, and the bridge fell that same day.", "that same day", "2011-05-02")]
    [InlineData("Sales peaked in the third quarter of 2019, and that quarter the plant shut.", "that quarter", "2019-Q3")]
    [InlineData("Rebels took the port in June 1998 after failing the previous month.", "the previous month", "1998-05")]
    [InlineData("The town fell in June 1998; the next day nobody could say.", "the next day", null)]
    [InlineData("Nobody could say what happened that day.", "that day", "2026-11-27")]
    [InlineData("The dam burst in 1953. In August of that year the valley flooded.", "August of that year", "1953-08")]
    [InlineData("The party split in 1961, and on May 4 of the same year a rival formed.", "May 4 of the same year", "1961-05-04")]
    public void Resolves_anaphoric_dates_against_the_story(string text, string span, string? value)
    {
        var date = Dates(s_mdy, text, Friday)[^1];
        Assert.Equal(span, date.Text);
        Assert.Equal(value, date.Value);
    }

    [Theory]
    [InlineData("The memo is dated 03/04/2025 in the archive.", "03/04/2025", "2025-03-04", "2025-04-03")]
    [InlineData("The memo is dated 04/03/2025 in the archive.", "04/03/2025", "2025-04-03", "2025-03-04")]
    [InlineData("The memo is dated 27/11/2026 in the archive.", "27/11/2026", "2026-11-27", "2026-11-27")]
    [InlineData("The memo is dated 11/27/2026 in the archive.", "11/27/2026", "2026-11-27", "2026-11-27")]
    [InlineData("The memo is dated 03.04.2025 in the archive.", "03.04.2025", "2025-03-04", "2025-04-03")]
    [InlineData("The memo is dated 27.11.2026 in the archive.", "27.11.2026", "2026-11-27", "2026-11-27")]
    [InlineData("The memo is dated 10/30/89 in the archive.", "10/30/89", "1989-10-30", "1989-10-30")]
    [InlineData("The memo is dated 2026/11/27 in the archive.", "2026/11/27", "2026-11-27", "2026-11-27")]
    public void Reads_numeric_dates_in_the_configured_order(string text, string span, string monthFirst, string dayFirst)
    {
        var mdy = Assert.Single(Dates(s_mdy, text, "1989-11-01"));
        var dmy = Assert.Single(Dates(s_dmy, text, "1989-11-01"));
        Assert.Equal(span, mdy.Text);
        Assert.Equal(span, dmy.Text);
        Assert.Equal(monthFirst, mdy.Value);
        Assert.Equal(dayFirst, dmy.Value);
    }

    /// <summary>Not dates: times of day, bare durations, vague words, amounts and labels that look like years, names that
    /// look like months or weekdays, and impossible calendar dates. A four-digit number followed by a counted noun
    /// (<c>2024 people</c>) is an amount, not a year.</summary>
    [Theory]
    [InlineData("The meeting starts at 9:15 in the main hall.")]
    [InlineData("The meeting starts at 9 a.m. sharp.")]
    [InlineData("The war lasted three years and cost dearly.")]
    [InlineData("The plan took 18 months to draft.")]
    [InlineData("Prices have risen recently, traders say.")]
    [InlineData("We need action now, the activist said.")]
    [InlineData("The company hired 1,000 workers at the site.")]
    [InlineData("The company hired 2024 people at the site.")]
    [InlineData("The fund lost 1999 dollars on the trade.")]
    [InlineData("Turnout rose 2024% in the district, a typo said.")]
    [InlineData("The jet was listed as Flight 1999 on the board.")]
    [InlineData("The debt stood at $2024 before fees.")]
    [InlineData("Theresa May said the plan would work.")]
    [InlineData("May I ask a question, the reporter said.")]
    [InlineData("April Ryan asked the first question.")]
    [InlineData("The Sunday Times reported the leak.")]
    [InlineData("Fans watched ABC's Monday Night Football at the bar.")]
    [InlineData("The senator said on ABC's This Week that talks failed.")]
    [InlineData("The march began at noon in the rain.")]
    [InlineData("The leap-day sale ran on February 29, 2025, nationwide.")]
    [InlineData("The form says 31/04/2026, which cannot be right.")]
    [InlineData("The score was 3/4 in the second half.")]
    [InlineData("Version 2.1.3 fixed the bug.")]
    [InlineData("Thousands joined the Long March across the country.")]
    [InlineData("Historians still debate the fall of Rome.")]
    [InlineData("The train leaves at twelve thirty each night.")]
    [InlineData("She was named player of the year by the league.")]
    [InlineData("The second half brought two more goals.")]
    [InlineData("The club met on the last day of the season.")]
    [InlineData("The market opens each Thursday near the station.")]
    [InlineData("Every December the town lights the square.")]
    [InlineData("The phone number 1999-55-0123 is out of service.")]
    [InlineData("Rents climbed over the past two years.")]
    public void Does_not_report_non_dates(string text)
    {
        Assert.Empty(Dates(s_mdy, text, Friday));
    }

    [Fact]
    public void Keeps_several_dates_apart_in_one_sentence()
    {
        var dates = Dates(s_mdy, "Sales rose in 2024 and fell last year, but on Nov. 27 they recovered.", Friday);
        Assert.Equal(["2024", "last year", "Nov. 27"], dates.Select(d => d.Text));
        Assert.Equal(["2024", "2025", "2026-11-27"], dates.Select(d => d.Value));
    }

    [Theory]
    [InlineData("year-ago in the first quarter", "9999-12-31")]
    [InlineData("Christmas next year, then Easter", "9999-12-31")]
    [InlineData("yesterday and last week", "0001-01-01")]
    [InlineData("year-earlier", null)]
    public void Survives_expressions_at_the_edges_of_the_text_and_of_the_calendar(string text, string? reference)
    {
        var dates = Dates(s_mdy, text, reference);
        Assert.All(dates, d => Assert.Equal(text[d.Start..d.End], d.Text));
    }

    [Theory]
    [InlineData("The drought of 1915-17 ruined the farms.", "1915", "1917")]
    [InlineData("Rents rose in 2007\u201308 and fell after.", "2007", "2008")]
    [InlineData("The treaty held from 1998-2003 in name only.", "1998", "2003")]
    public void A_year_range_is_one_date_or_two_years_when_ranges_are_split(string text, string first, string last)
    {
        var joined = Assert.Single(Dates(s_mdy, text, Friday));
        Assert.Equal($"{first}/{last}", joined.Value);

        var split = Dates(s_mdySplit, text, Friday);
        Assert.Equal([first, last], split.Select(d => d.Value));
    }

    [Fact]
    public void A_day_range_is_one_date_or_its_first_day_and_the_full_date_when_ranges_are_split()
    {
        const string text = "The battle raged on 22-25 April 1951 near the river.";
        var joined = Assert.Single(Dates(s_mdy, text, Friday));
        Assert.Equal("22-25 April 1951", joined.Text);
        Assert.Equal("1951-04-22/1951-04-25", joined.Value);

        var split = Dates(s_mdySplit, text, Friday);
        Assert.Equal(["22", "25 April 1951"], split.Select(d => d.Text));
        Assert.Equal(["1951-04-22", "1951-04-25"], split.Select(d => d.Value));
    }

    private static List<Entity> Dates(NewsPipeline pipeline, string text, string? reference)
    {
        DateOnly? referenceDate = reference is null ? null : DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture);
        var document = pipeline.Analyze(new NewsInput(text, null, referenceDate), TestContext.Current.CancellationToken);
        return document.Entities.Where(e => e.Kind == EntityKind.Date).ToList();
    }
}
