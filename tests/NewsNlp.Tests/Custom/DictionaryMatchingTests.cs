using NewsNlp.Custom;
using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Custom;

public sealed class DictionaryMatchingTests
{
    private static NewsPipeline RulesOnly(EntityDictionary dictionary) =>
        new NewsPipelineBuilder().WithoutNames().WithoutDates().UseDictionary(dictionary).Build();

    private static string[] Found(NewsPipeline pipeline, string text) =>
        [.. pipeline.Analyze(text).Entities.Select(e => $"{e.Label}:{e.Text}")];

    [Fact]
    public void The_longest_phrase_wins_over_its_prefix()
    {
        var dictionary = new EntityDictionary().Add("New York", "LOCATION").Add("New York City Ballet", "ORG");

        var found = Found(RulesOnly(dictionary), "She danced for the New York City Ballet before leaving New York.");

        Assert.Equal(["ORGANIZATION:New York City Ballet", "LOCATION:New York"], found);
    }

    [Fact]
    public void Overlapping_phrases_keep_the_leftmost_then_the_longest()
    {
        var dictionary = new EntityDictionary().Add("Red Sea", "LOCATION").Add("Sea Shepherd Global", "ORG");

        var found = Found(RulesOnly(dictionary), "Across the Red Sea Shepherd Global sent a ship.");

        Assert.Equal(["LOCATION:Red Sea"], found);
    }

    [Fact]
    public void A_longer_phrase_starting_at_the_same_token_is_preferred_even_when_it_fails_half_way()
    {
        var dictionary = new EntityDictionary().Add("Gulf", "LOCATION").Add("Gulf of Aden Task Force", "ORG");

        var found = Found(RulesOnly(dictionary), "Ships crossed the Gulf of Aden today.");

        Assert.Equal(["LOCATION:Gulf"], found);
    }

    [Fact]
    public void Case_sensitive_matching_is_the_default_and_ignore_case_matches_every_variant()
    {
        const string Text = "The Harbour Authority, harbour authority staff and the HARBOUR AUTHORITY all agreed.";
        var exact = new EntityDictionary().Add("Harbour Authority", "ORG");
        var folded = new EntityDictionary(ignoreCase: true).Add("harbour authority", "ORG");

        Assert.Equal(["ORGANIZATION:Harbour Authority"], Found(RulesOnly(exact), Text));
        Assert.Equal(["ORGANIZATION:Harbour Authority", "ORGANIZATION:harbour authority", "ORGANIZATION:HARBOUR AUTHORITY"], Found(RulesOnly(folded), Text));
    }

    [Fact]
    public void Unicode_names_match_and_fold_case_beyond_ascii()
    {
        var dictionary = new EntityDictionary(ignoreCase: true).Add("Zürich", "LOC").Add("Ōsaka", "LOC").Add("Москва", "LOC").Add("Αθήνα", "LOC");

        var found = Found(RulesOnly(dictionary), "Flights from ZÜRICH and ōsaka to МОСКВА, then Αθήνα; not Zurich.");

        Assert.Equal(["LOCATION:ZÜRICH", "LOCATION:ōsaka", "LOCATION:МОСКВА", "LOCATION:Αθήνα"], found);
    }

    [Theory]
    [InlineData("The BLA’s fighters withdrew.")]
    [InlineData("The BLA's fighters withdrew.")]
    public void A_possessive_does_not_hide_the_name(string text)
    {
        var dictionary = new EntityDictionary().Add("BLA", "ORG");

        Assert.Equal(["ORGANIZATION:BLA"], Found(RulesOnly(dictionary), text));
    }

    [Fact]
    public void A_phrase_holding_a_possessive_matches_either_apostrophe()
    {
        var dictionary = new EntityDictionary().Add("Iran’s Revolutionary Guard", "ORG").Add("Sistan-Balochistan", "LOC");

        var found = Found(RulesOnly(dictionary), "Iran's Revolutionary Guard and Iran’s Revolutionary Guard patrol Sistan-Balochistan.");

        Assert.Equal(["ORGANIZATION:Iran's Revolutionary Guard", "ORGANIZATION:Iran’s Revolutionary Guard", "LOCATION:Sistan-Balochistan"], found);
    }

    [Fact]
    public void Typographic_and_straight_apostrophes_inside_a_name_are_the_same()
    {
        var dictionary = new EntityDictionary().Add("Siobhan O’Reilly", "PERSON");

        var found = Found(RulesOnly(dictionary), "Siobhan O'Reilly spoke, then Siobhan O’Reilly answered.");

        Assert.Equal(["PERSON:Siobhan O'Reilly", "PERSON:Siobhan O’Reilly"], found);
    }

    [Fact]
    public void Hyphenated_names_match_only_when_the_hyphen_touches_both_words()
    {
        var dictionary = new EntityDictionary().Add("Al-Shabaab", "ORG");

        var found = Found(RulesOnly(dictionary), "Al-Shabaab said so; Al - Shabaab is a typo; al-Shabaab differs in case.");

        Assert.Equal(["ORGANIZATION:Al-Shabaab"], found);
    }

    [Fact]
    public void Matches_start_and_end_on_token_boundaries()
    {
        var dictionary = new EntityDictionary().Add("Army", "ORG").Add("Nile", "LOC");

        var found = Found(RulesOnly(dictionary), "Armyworms hit the Niles farm; the Army (Nile) watched.");

        Assert.Equal(["ORGANIZATION:Army", "LOCATION:Nile"], found);
    }

    [Fact]
    public void Spaces_between_words_are_not_compared_but_a_line_break_ends_a_match()
    {
        var dictionary = new EntityDictionary().Add("Baloch Liberation Army", "ORG").Add("Baloch", "PEOPLE");

        var found = Found(RulesOnly(dictionary), "The Baloch \u00A0Liberation\tArmy claimed it.\n\nBaloch\nLiberation Army members left.");

        Assert.Equal(["ORGANIZATION:Baloch \u00A0Liberation\tArmy", "PEOPLE:Baloch"], found);
    }

    [Fact]
    public void A_custom_kind_carries_its_label_on_entities_and_spans()
    {
        var pipeline = new NewsPipelineBuilder().WithoutNames().WithoutDates().UseDictionary("weapon", ["AK-47", "Kalashnikov"]).Build();
        const string Text = "Police seized an AK-47 and two Kalashnikov rifles.";

        var entities = pipeline.Analyze(Text).Entities;
        var spans = new List<EntitySpan>();
        foreach (var span in pipeline.EnumerateEntities(Text))
        {
            spans.Add(span);
        }

        Assert.Equal(["AK-47", "Kalashnikov"], entities.Select(e => e.Text));
        Assert.All(entities, e => Assert.Equal(EntityKind.Custom, e.Kind));
        Assert.All(entities, e => Assert.Equal("WEAPON", e.Label));
        Assert.Equal(["WEAPON", "WEAPON"], spans.Select(s => s.Label));
        Assert.StartsWith("WEAPON [", entities[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Built_in_kinds_keep_their_usual_labels()
    {
        var entity = new Entity(EntityKind.Organization, 0, 3, "BLA", 1f);

        Assert.Equal("ORGANIZATION", entity.Label);
        Assert.Equal("PERSON", new EntitySpan(EntityKind.Person, 0, 1, 1f).Label);
    }

    [Fact]
    public void A_phrase_matches_a_token_the_tokenizer_kept_with_its_final_period_and_the_entity_ends_on_the_token()
    {
        var dictionary = new EntityDictionary().Add("Model Y", "PRODUCT").Add("Acme Inc", "ORG").Add("U.S.", "LOC");

        var found = Found(RulesOnly(dictionary), "Acme Inc. sold the Model Y. Sales in the U.S. rose.");

        Assert.Equal(["ORGANIZATION:Acme Inc.", "PRODUCT:Model Y.", "LOCATION:U.S."], found);
    }

    [Fact]
    public void The_first_entry_of_a_repeated_phrase_wins()
    {
        var dictionary = new EntityDictionary().Add("Jaguar", "ORG").Add("Jaguar", "ANIMAL");

        Assert.Equal(["ORGANIZATION:Jaguar"], Found(RulesOnly(dictionary), "Jaguar sold more cars."));
    }

    [Fact]
    public void Repeated_phrases_are_compiled_once_per_case_mode()
    {
        var exact = new EntityDictionary().Add("Jaguar", "ORG").Add("jaguar", "ANIMAL").Add("Jaguar", "ANIMAL");
        var folded = new EntityDictionary(ignoreCase: true).Add("Jaguar", "ORG").Add("JAGUAR", "ANIMAL").Add("Puma", "ORG");

        var matcher = CustomEntityMatcher.Create([exact, folded], [], DictionaryPrecedence.Override);

        Assert.NotNull(matcher);
        Assert.Equal(2 + 2, matcher.PhraseCount);
        Assert.Null(CustomEntityMatcher.Create([], [], DictionaryPrecedence.Override));
    }

    [Fact]
    public void Dictionary_kinds_are_emitted_even_when_the_kind_set_leaves_them_out()
    {
        var pipeline = new NewsPipelineBuilder().WithoutNames().WithoutDates()
            .WithKinds(EntityKindSet.Of(EntityKind.Person))
            .UseDictionary("MISC", ["World Cup"])
            .UseDictionary("PRODUCT", ["Model Y"])
            .Build();

        Assert.Equal(["MISC:World Cup", "PRODUCT:Model Y"], Found(pipeline, "Before the World Cup it sold the Model Y in Oslo."));
    }

    [Fact]
    public void Ordinal_and_case_insensitive_dictionaries_combine_with_the_longest_match_winning()
    {
        var pipeline = new NewsPipelineBuilder().WithoutNames().WithoutDates()
            .UseDictionary("ORG", ["National Grid"])
            .UseDictionary("ORG", ["national grid operator"], ignoreCase: true)
            .Build();

        Assert.Equal(["ORGANIZATION:National Grid Operator"], Found(pipeline, "The National Grid Operator warned of cuts."));
    }

    [Fact]
    public void Thousands_of_generated_phrases_each_match_where_they_occur()
    {
        var phrases = Enumerable.Range(0, 5000).Select(i => $"Minister {Word(i)} {Word(i * 7 + 3)}").ToArray();
        var pipeline = RulesOnly(new EntityDictionary().AddRange("MINISTER", phrases));
        var picked = new[] { 0, 17, 999, 4999 };
        string text = string.Join(" met ", picked.Select(i => phrases[i])) + ".";

        var found = pipeline.Analyze(text).Entities.Select(e => e.Text).ToArray();

        Assert.Equal(picked.Select(i => phrases[i]), found);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_phrase_is_rejected(string phrase)
    {
        Assert.Throws<ArgumentException>(() => new EntityDictionary().Add(phrase, "ORG"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("9LIVES")]
    [InlineData("WEAPON TYPE")]
    [InlineData("A\"B")]
    public void A_malformed_kind_is_rejected(string kind)
    {
        Assert.Throws<ArgumentException>(() => new EntityDictionary().Add("Nairobi", kind));
    }

    [Fact]
    public void A_phrase_longer_than_the_bound_is_rejected()
    {
        var phrase = string.Join(' ', Enumerable.Repeat("word", EntityDictionary.MaxPhraseTokens + 1));

        Assert.Throws<ArgumentException>(() => new EntityDictionary().Add(phrase, "ORG"));
    }

    [Fact]
    public void A_dictionary_changed_after_build_does_not_change_the_pipeline()
    {
        var dictionary = new EntityDictionary().Add("Lake Volta", "LOC");
        var pipeline = RulesOnly(dictionary);
        dictionary.Add("Accra", "LOC");

        Assert.Equal(["LOCATION:Lake Volta"], Found(pipeline, "From Accra to Lake Volta."));
    }

    // Letters from the index, so generated names never collide with one another.
    internal static string Word(int index)
    {
        var chars = new List<char> { (char)('A' + (index % 26)) };
        for (index /= 26; index > 0; index /= 26)
        {
            chars.Add((char)('a' + (index % 26)));
        }

        chars.Add('o');
        return new string([.. chars]);
    }
}
