using NewsNlp.Groups;

namespace NewsNlp.Tests.Groups;

/// <summary>The words around a mention that the salience features read: reporting verbs, <c>said</c> before a name, the
/// headline's words, and the looser alias keys.</summary>
public sealed class SalienceCuesTests
{
    [Theory]
    [InlineData("EXIM today approved a loan.", "EXIM", true)]
    [InlineData("Kerry said the talks went well.", "Kerry", true)]
    [InlineData("The agency has also announced a fund.", "agency", true)]
    [InlineData("EXIM financing supports jobs.", "EXIM", false)]
    [InlineData("He met Kerry in Lomura.", "Kerry", false)]
    public void A_verb_after_the_name_makes_it_the_agent(string text, string name, bool agent)
    {
        int end = text.IndexOf(name, StringComparison.Ordinal) + name.Length;

        Assert.Equal(agent, SalienceCues.IsAgent(text, end));
    }

    [Theory]
    [InlineData("\u201cWe are thrilled,\u201d said Acting District Director Robert Lane.", "Robert Lane", true)]
    [InlineData("The report said that Robert Lane left.", "Robert Lane", false)]
    [InlineData("Robert Lane said nothing.", "Robert Lane", false)]
    public void Said_before_the_name_makes_it_the_speaker(string text, string name, bool speaker)
    {
        Assert.Equal(speaker, SalienceCues.IsSpeaker(text, text.IndexOf(name, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Floods in Malawi displaced thousands.", "Malawi", true)]
    [InlineData("Aid flowed to the region and in the Lomura Valley.", "Lomura Valley", true)]
    [InlineData("Malawi asked for aid.", "Malawi", false)]
    [InlineData("The Malawi office opened.", "Malawi", false)]
    public void A_place_preposition_before_the_name_marks_where_the_story_happens(string text, string name, bool place)
    {
        Assert.Equal(place, SalienceCues.FollowsPlacePreposition(text, text.IndexOf(name, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Jonathan Congratulates Buhari", "Muhammadu Buhari", 0.5f)]
    [InlineData("BOARD APPROVES EXPORT FINANCING", "Export Bank", 0.5f)]
    [InlineData("Board Approves Loans", "Lomura Port", 0f)]
    [InlineData("", "Lomura Port", 0f)]
    public void The_headline_words_share_is_the_share_of_the_name_words_written_there(string headline, string name, float share)
    {
        Assert.Equal(share, SalienceCues.HeadlineWordShare(headline, name));
    }

    [Theory]
    [InlineData("EXIM", "Export-Import Bank of the United States", true)]
    [InlineData("Ex-Im Bank", "Export-Import Bank of the United States", true)]
    [InlineData("CDC", "Centers for Disease Control and Prevention", true)]
    [InlineData("Zebra", "Lomura Port Authority", false)]
    [InlineData("XPB", "Export Bank", false)]
    public void A_short_form_abbreviates_a_name_whose_letters_it_takes_in_order(string shortForm, string name, bool abbreviates)
    {
        Assert.Equal(abbreviates, LooseAliases.Abbreviates(shortForm, name));
    }

    [Theory]
    [InlineData("Department of the Treasury", "Treasury")]
    [InlineData("Department of Commerce", "Commerce")]
    [InlineData("State Department", "State")]
    [InlineData("Department of Homeland Security", "")]
    [InlineData("Lomura Port", "")]
    public void A_department_has_its_subject(string name, string subject)
    {
        Assert.Equal(subject, LooseAliases.DepartmentSubject(name).ToString());
    }

    [Theory]
    [InlineData("Republic of Korea", "Korea")]
    [InlineData("Kingdom of Saudi Arabia", "Saudi Arabia")]
    [InlineData("Federated States of Micronesia", "Micronesia")]
    [InlineData("People's Republic of China", "China")]
    [InlineData("Bank of Korea", "")]
    [InlineData("Secretary of State", "")]
    public void A_country_formal_name_has_its_short_name(string name, string shortName)
    {
        Assert.Equal(shortName, LooseAliases.CountryShortName(name).ToString());
    }

    [Theory]
    [InlineData("Tokai Rika Co. Ltd.", "Tokai Rika")]
    [InlineData("Your Baby Can, LLC", "Your Baby Can")]
    [InlineData("Boeing Company", "Boeing")]
    [InlineData("Lomura Port", "Lomura Port")]
    [InlineData("Company", "Company")]
    public void A_company_name_loses_its_legal_form(string name, string bare)
    {
        Assert.Equal(bare, LooseAliases.WithoutLegalForm(name).ToString());
    }
}
