using NewsNlp.Groups;

namespace NewsNlp.Tests.Groups;

/// <summary>The headline, dateline and short-line readings salience relies on.</summary>
public sealed class NewsLayoutTests
{
    [Theory]
    [InlineData("Harbour Deal Signed in Lomura\n\nThe port authority signed a deal.", 29)]
    [InlineData("  Corvane Group Buys Dravik Inc.\nThe deal closed.", 32)]
    [InlineData("The port authority signed a deal on Monday.\n\nIt takes effect in May.", 0)]
    [InlineData("One line without a break", 0)]
    [InlineData("Headline with nothing after it\n   \n", 0)]
    public void The_headline_is_a_short_first_line_that_ends_no_sentence(string text, int end) =>
        Assert.Equal(end, NewsLayout.HeadlineEnd(text));

    [Fact]
    public void A_first_line_longer_than_a_headline_is_none() =>
        Assert.Equal(0, NewsLayout.HeadlineEnd(new string('a', NewsLayout.MaxHeadline + 1) + "\nbody"));

    [Theory]
    [InlineData("WASHINGTON, D.C. – On Friday the bureau acted.", 0, 17)]
    [InlineData("Headline\n\nACCRA, Ghana -- Troops arrived.", 10, 23)]
    [InlineData("Headline\n\nALEXANDRIA, Va. - Two men were charged.", 20, 26)]
    [InlineData("SAN ANTONIO, TEXAS (July 2, 2018)- Athletes won.", 0, 33)]
    [InlineData("The Pakistan-based group denied it.", 4, -1)]
    public void A_dateline_ends_at_its_dash(string text, int position, int dash) =>
        Assert.Equal(dash, NewsLayout.DatelineEnd(text, position));

    [Fact]
    public void A_dash_far_into_the_line_is_no_dateline()
    {
        string text = "Officials of the port said on Monday that the talks with the unions were over — for now.";
        Assert.Equal(-1, NewsLayout.DatelineEnd(text, 0));
    }

    [Theory]
    [InlineData("Remarks\n\nAmbassador Ilse Varga\n\nThank you, Mr. President.", 20, true)]
    [InlineData("Remarks\n\nAmbassador Ilse Varga spoke.\n\nThank you.", 20, false)]
    [InlineData("Thank you, Mr. President, and thank you all for coming to this long meeting of the council today.", 30, false)]
    public void A_short_line_of_its_own_ends_no_sentence(string text, int position, bool expected) =>
        Assert.Equal(expected, NewsLayout.IsShortLine(text, position));
}
