using NewsNlp.Tagging;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tagging;

/// <summary>The name-list phrase trie: longest match left to right, case-insensitive, category bits and positions.</summary>
public sealed class PhraseLexiconTests
{
    private static readonly PhraseLexicon s_lexicon = PhraseLexicon.Create(
    [
        (PhraseCategory.Company, "Corvane Group"),
        (PhraseCategory.Company, "Corvane Group Holdings, Inc."),
        (PhraseCategory.City, "Orvel"),
        (PhraseCategory.Country, "Orvel"),
        (PhraseCategory.Government, "Department of Orvel Affairs"),
        (PhraseCategory.Person, "a"),
        (PhraseCategory.Person, "and"),
        (PhraseCategory.Company, "One Two Three Four Five Six Seven Eight Nine"),
    ]);

    [Fact]
    public void The_longest_listed_name_wins()
    {
        var marks = Match("Shares of Corvane Group Holdings, Inc. rose.");

        Assert.Equal(0u, marks[1]);
        Assert.Equal((uint)(1 << (int)PhraseCategory.Company) | (PhraseLexicon.Begin << 16), marks[2]);
        Assert.Equal(PhraseLexicon.Inside, marks[3] >> 16);
        Assert.Equal(PhraseLexicon.Last, marks[6] >> 16);
        Assert.Equal(0u, marks[7]);
    }

    [Fact]
    public void A_prefix_that_is_not_a_name_marks_nothing()
    {
        var marks = Match("The Department of Orvel rested.");

        Assert.Equal(0u, marks[1]);
        Assert.Equal(0u, marks[2]);
        // "Orvel" alone is listed, so the walk that failed at "rested" leaves it to its own match.
        Assert.Equal(PhraseLexicon.Unit, marks[3] >> 16);
    }

    [Fact]
    public void Matching_ignores_case_and_merges_categories_of_one_name()
    {
        var marks = Match("ORVEL and corvane group");

        uint orvel = (uint)((1 << (int)PhraseCategory.City) | (1 << (int)PhraseCategory.Country));
        Assert.Equal(orvel | (PhraseLexicon.Unit << 16), marks[0]);
        Assert.Equal(0u, marks[1]);
        Assert.Equal(PhraseLexicon.Begin, marks[2] >> 16);
    }

    [Fact]
    public void Short_lower_case_and_overlong_names_are_left_out()
    {
        var marks = Match("a and One Two Three Four Five Six Seven Eight Nine");

        Assert.All(marks, mark => Assert.Equal(0u, mark));
    }

    [Fact]
    public void Matching_stays_inside_the_sentence_bounds()
    {
        var text = "Corvane Group";
        var tokens = NewsTokenizer.Tokenize(text);
        var lower = tokens.Select(t => FeatureExtractor.LowerHash(text.AsSpan(t.Start, t.End - t.Start))).ToArray();
        var marks = new uint[lower.Length];

        s_lexicon.Match(lower, 0, 1, marks);

        Assert.Equal(0u, marks[0]);
    }

    private static uint[] Match(string text)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        var lower = tokens.Select(t => FeatureExtractor.LowerHash(text.AsSpan(t.Start, t.End - t.Start))).ToArray();
        var marks = new uint[lower.Length];
        s_lexicon.Match(lower, 0, lower.Length, marks);
        return marks;
    }
}
