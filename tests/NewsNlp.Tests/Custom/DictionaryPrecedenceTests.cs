using Microsoft.Extensions.DependencyInjection;
using NewsNlp.Custom;
using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Custom;

public sealed class DictionaryPrecedenceTests
{
    // The test model reads every capitalized word after the first of a sentence as a one-word LOCATION.
    private const string Text = "Troops from Kenya and Uganda reached Lake Turkana with peacekeepers.";

    private static string[] Found(DictionaryPrecedence precedence, EntityDictionary dictionary) =>
        [.. new NewsPipelineBuilder().UseModel(CapitalizedWordRecognizer.CreateModel()).WithoutDates()
            .UseDictionary(dictionary).WithDictionaryPrecedence(precedence).Build()
            .Analyze(Text).Entities.Select(e => $"{e.Label}:{e.Text}")];

    private static EntityDictionary Watch() =>
        new EntityDictionary().Add("Lake Turkana", "WATER").Add("peacekeepers", "ROLE").Add("and Uganda reached", "ROUTE");

    [Fact]
    public void Override_replaces_every_model_entity_a_match_overlaps()
    {
        var found = Found(DictionaryPrecedence.Override, Watch());

        Assert.Equal(["LOCATION:Kenya", "ROUTE:and Uganda reached", "WATER:Lake Turkana", "ROLE:peacekeepers"], found);
    }

    [Fact]
    public void Fill_gaps_adds_matches_only_where_the_model_found_nothing()
    {
        var found = Found(DictionaryPrecedence.FillGaps, Watch());

        Assert.Equal(["LOCATION:Kenya", "LOCATION:Uganda", "LOCATION:Lake", "LOCATION:Turkana", "ROLE:peacekeepers"], found);
    }

    [Fact]
    public void The_default_precedence_is_override()
    {
        Assert.Equal(DictionaryPrecedence.Override, new NewsPipelineBuilder().WithoutNames().Build().DictionaryPrecedence);
        Assert.Equal(Found(DictionaryPrecedence.Override, Watch()),
            new NewsPipelineBuilder().UseModel(CapitalizedWordRecognizer.CreateModel()).WithoutDates().UseDictionary(Watch()).Build()
                .Analyze(Text).Entities.Select(e => $"{e.Label}:{e.Text}"));
    }

    [Fact]
    public void An_unknown_precedence_is_rejected_at_build()
    {
        var builder = new NewsPipelineBuilder().WithoutNames().WithDictionaryPrecedence((DictionaryPrecedence)9);

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Build());
    }

    [Theory]
    [InlineData(DictionaryPrecedence.Override)]
    [InlineData(DictionaryPrecedence.FillGaps)]
    public void With_the_english_model_the_output_stays_ordered_and_keeps_the_winning_side_whole(DictionaryPrecedence precedence)
    {
        var text = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "samples", "harbour-rail-deal.txt"));
        var model = NewsPipeline.Default.Analyze(text).Entities;

        // Phrases cut across the model's entities: each model entity's text with the word after it.
        var phrases = model.Where(e => e.Kind != EntityKind.Date).Select(e => text[e.Start..NextWordEnd(text, e.End)]).Distinct().ToArray();
        var pipeline = new NewsPipelineBuilder().UseDictionary("WATCH", phrases).WithDictionaryPrecedence(precedence).Build();
        var rulesOnly = new NewsPipelineBuilder().WithoutNames().WithoutDates().UseDictionary("WATCH", phrases).Build();
        var combined = pipeline.Analyze(text).Entities;
        var rules = rulesOnly.Analyze(text).Entities;

        Assert.NotEmpty(rules);
        for (int i = 1; i < combined.Count; i++)
        {
            Assert.True(combined[i - 1].End <= combined[i].Start, $"{combined[i - 1]} overlaps {combined[i]}");
        }

        var winners = precedence == DictionaryPrecedence.Override ? rules : model;
        var losers = precedence == DictionaryPrecedence.Override ? model : rules;
        Assert.All(winners, w => Assert.Contains(w, combined));
        Assert.All(losers, l => Assert.Equal(!winners.Any(w => w.Start < l.End && l.Start < w.End), combined.Contains(l)));
    }

    [Fact]
    public void A_dictionary_that_matches_nothing_leaves_the_default_output_unchanged()
    {
        var text = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "samples", "harbour-rail-deal.txt"));
        var pipeline = new NewsPipelineBuilder().UseDictionary("WEAPON", ["Zzyzx Qwv"]).UsePatterns(new TokenPatternSet().Add("NONE", "\"Qwvzz\"")).Build();

        Assert.Equal(NewsPipeline.Default.Analyze(text).Entities, pipeline.Analyze(text).Entities);
    }

    [Fact]
    public void Dependency_injection_options_carry_dictionaries_patterns_and_precedence()
    {
        var services = new ServiceCollection().AddNewsNlp(options =>
        {
            options.RecognizeNames = false;
            options.RecognizeDates = false;
            options.Dictionaries.Add(new EntityDictionary(ignoreCase: true).Add("lake turkana", "WATER"));
            options.Patterns.Add(new TokenPatternSet().Add("ROLE", "[lower$=keepers]"));
            options.DictionaryPrecedence = DictionaryPrecedence.FillGaps;
        });

        using var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<NewsPipeline>();

        Assert.Equal(DictionaryPrecedence.FillGaps, pipeline.DictionaryPrecedence);
        Assert.Equal(["WATER:Lake Turkana", "ROLE:peacekeepers"], pipeline.Analyze(Text).Entities.Select(e => $"{e.Label}:{e.Text}"));
    }

    [Fact]
    public void Builder_options_are_copied_so_a_later_dictionary_does_not_reach_a_built_pipeline()
    {
        var options = new NewsNlpOptions { RecognizeNames = false, RecognizeDates = false };
        var builder = new NewsPipelineBuilder(options).UseDictionary("ROLE", ["peacekeepers"]);
        var first = builder.Build();
        builder.UseDictionary("WATER", ["Lake Turkana"]);

        Assert.Empty(options.Dictionaries);
        Assert.Single(first.Analyze(Text).Entities);
        Assert.Equal(2, builder.Build().Analyze(Text).Entities.Count);
    }

    private static int NextWordEnd(string text, int end)
    {
        int i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }
}
