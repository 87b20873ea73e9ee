using NewsNlp.Custom;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Custom;

public sealed class TokenPatternTests
{
    private static string[] Found(string rules, string text)
    {
        var pipeline = new NewsPipelineBuilder().WithoutNames().WithoutDates().UsePatterns(TokenPatternSet.Parse(rules)).Build();
        return [.. pipeline.Analyze(text).Entities.Select(e => $"{e.Label}:{e.Text}")];
    }

    [Fact]
    public void Capitalized_words_before_a_literal_make_one_organization()
    {
        var found = Found("ORGANIZATION\t[shape=Xxxx]+ \"Army\"", "Yesterday the Baloch Liberation Army said the army had left.");

        // "Yesterday" is capitalized too but is not followed by "Army" through capitalized words only.
        Assert.Equal(["ORGANIZATION:Baloch Liberation Army"], found);
    }

    [Fact]
    public void Lower_case_alternatives_prefix_shapes_and_token_kinds_combine()
    {
        const string Rules = "MINISTER\t[lower=minister|ministre] [shape^=X]{1,3}\nAMOUNT\t[text=$] [kind=Number] [lower=million|billion]?";

        var found = Found(Rules, "Finance Minister Ada Obi and ministre Jean Dupont pledged $ 40 billion, then $ 5 more.");

        Assert.Equal(["MINISTER:Minister Ada Obi", "MINISTER:ministre Jean Dupont", "AMOUNT:$ 40 billion", "AMOUNT:$ 5"], found);
    }

    [Fact]
    public void A_quoted_literal_of_several_words_is_matched_token_by_token()
    {
        var found = Found("WEAPON\t\"AK-47\" | \"Type 56\" \"rifle\"?", "An AK-47, a Type 56 rifle and a Type 56 were shown.");

        Assert.Equal(["WEAPON:AK-47", "WEAPON:Type 56 rifle", "WEAPON:Type 56"], found);
    }

    [Fact]
    public void Negation_and_suffix_tests_exclude_tokens()
    {
        var found = Found("GROUP\t[shape^=X, text!=The] [text$=ists|ites]", "The Loyalists met Ulster Loyalists and The Maronites.");

        Assert.Equal(["GROUP:Ulster Loyalists"], found);
    }

    [Fact]
    public void The_longest_match_wins_and_on_equal_length_the_first_rule()
    {
        const string Rules = "SHORT\t[shape=Xxxx] [shape=Xxxx]\nLONG\t[shape=Xxxx]+ \"Front\"\nSAME\t[shape=Xxxx] [shape=Xxxx]";

        Assert.Equal(["LONG:Ogaden National Liberation Front"], Found(Rules, "the Ogaden National Liberation Front said"));
        Assert.Equal(["SHORT:Ogaden National"], Found(Rules, "the Ogaden National said"));
    }

    [Fact]
    public void A_pattern_match_stops_at_a_line_break()
    {
        var found = Found("NAME\t[shape^=X]{2,}", "KENYA AGREES\nRail Link Opens Today");

        Assert.Equal(["NAME:KENYA AGREES", "NAME:Rail Link Opens Today"], found);
    }

    [Fact]
    public void Groups_and_counted_repetition_follow_their_bounds()
    {
        const string Rules = "CODE\t[shape=X] ( \"-\" [kind=Number] ){2}";

        Assert.Equal(["CODE:A-1-2"], Found(Rules, "Grid A-1-2-3 and B-4 are closed."));
    }

    [Fact]
    public void A_repetition_stops_at_the_bound_on_match_length()
    {
        var words = string.Join(' ', Enumerable.Range(0, 40).Select(i => DictionaryMatchingTests.Word(i * 31 + 5) + "xxx"));

        var found = new NewsPipelineBuilder().WithoutNames().WithoutDates().UsePatterns(new TokenPatternSet().Add("RUN", "[shape=Xxxx]+")).Build()
            .Analyze(words).Entities;

        Assert.Equal(2, found.Count);
        Assert.Equal(words.Split(' ').Take(32), found[0].Text.Split(' '));
        Assert.Equal(words.Split(' ').Skip(32), found[1].Text.Split(' '));
    }

    [Fact]
    public void On_the_same_span_a_dictionary_phrase_wins_over_a_pattern()
    {
        var pipeline = new NewsPipelineBuilder().WithoutNames().WithoutDates()
            .UsePatterns(new TokenPatternSet().Add("ORG", "[shape=Xxxx]+ \"Army\""))
            .UseDictionary("ARMED_GROUP", ["Liberation Army"])
            .Build();

        var found = pipeline.Analyze("The Liberation Army and the Baloch Liberation Army.").Entities.Select(e => $"{e.Label}:{e.Text}");

        // Equal spans go to the dictionary; the pattern's longer match keeps its own span.
        Assert.Equal(["ARMED_GROUP:Liberation Army", "ORGANIZATION:Baloch Liberation Army"], found);
    }

    [Fact]
    public void Across_dictionaries_and_patterns_the_longer_overlapping_match_wins()
    {
        var pipeline = new NewsPipelineBuilder().WithoutNames().WithoutDates()
            .UseDictionary("LOC", ["Red Sea"])
            .UsePatterns(new TokenPatternSet().Add("ORG", "[text=Sea] [shape=Xxxx]{2}"))
            .Build();

        var found = pipeline.Analyze("Across the Red Sea Shepherd Global sent a ship.").Entities.Select(e => $"{e.Label}:{e.Text}");

        Assert.Equal(["ORGANIZATION:Sea Shepherd Global"], found);
    }

    [Theory]
    [InlineData("ORG\t[shape=Xxxx", 1, 16, "expected ']' at the end")]
    [InlineData("ORG\t[colour=red]", 1, 6, "unknown field 'colour'")]
    [InlineData("ORG\t\"Army", 1, 5, "not closed")]
    [InlineData("ORG\t[kind=Verb]", 1, 11, "unknown token kind 'Verb'")]
    [InlineData("ORG\t[]{40}", 1, 8, "at most 32")]
    [InlineData("ORG\t[]{3,1}", 1, 7, "bounds reversed")]
    [InlineData("ORG\tArmy", 1, 5, "expected '['")]
    [InlineData("ORG\t[] | | []", 1, 10, "expected a token before '|'")]
    [InlineData("ORG\t([]", 1, 8, "expected ')' at the end")]
    [InlineData("ORG\t[])", 1, 7, "unexpected ')'")]
    [InlineData("ORG\t[shape^=]", 1, 13, "expected a value")]
    [InlineData("ORG\t[kind^=Word]", 1, 10, "only '=' or '!='")]
    [InlineData("ORG\t\"  \"", 1, 5, "no token")]
    [InlineData("# rules\n\nORG\t[]\nORG [shape=X]", 4, 14, "no tab")]
    [InlineData("ORG\t[]\n9ORG\t[]", 2, 1, "start with a letter")]
    [InlineData("ORG\t   ", 1, 5, "empty")]
    public void A_malformed_rule_names_its_line_and_column(string rules, int line, int column, string reason)
    {
        var error = Assert.Throws<CustomEntityFormatException>(() => TokenPatternSet.Parse(rules, "rules.tsv"));

        Assert.Equal(line, error.LineNumber);
        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"rules.tsv:{line}:{column}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_added_in_code_reports_its_column()
    {
        var error = Assert.Throws<CustomEntityFormatException>(() => new TokenPatternSet().Add("ORG", "[shape=Xx] [lower=a"));

        Assert.Equal(1, error.LineNumber);
        Assert.Equal(20, error.Column);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var pattern = new string('(', 10_000) + "[]" + new string(')', 10_000);

        var error = Assert.Throws<CustomEntityFormatException>(() => new TokenPatternSet().Add("ORG", pattern));

        Assert.Contains("nest deeper", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Counted_repetitions_that_would_compile_too_large_fail_at_build()
    {
        // 32 × 32 × 32 × 32 copies of one test: over a million instructions.
        var patterns = new TokenPatternSet().Add("ORG", "(((([]{32}){32}){32}){32})");

        Assert.Throws<ArgumentException>(() => new NewsPipelineBuilder().WithoutNames().WithoutDates().UsePatterns(patterns).Build());
    }
}
