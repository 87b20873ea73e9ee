using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

/// <summary>Short names derived from listed legal company names.</summary>
public sealed class CompanyShortFormsTests
{
    [Theory]
    [InlineData("Tesla, Inc.", "Tesla")]
    [InlineData("Rivian Automotive, Inc. / DE", "Rivian Automotive")]
    [InlineData("COSTCO WHOLESALE CORP /NEW", "COSTCO WHOLESALE")]
    [InlineData("BANK OF AMERICA CORP /DE/", "BANK OF AMERICA")]
    [InlineData("Pandora A/S / ADR", "Pandora")]
    [InlineData("Procter & Gamble Co", "Procter & Gamble")]
    [InlineData("JPMORGAN CHASE & CO", "JPMORGAN CHASE")]
    [InlineData("SAP SE", "SAP")]
    [InlineData("Sanofi", "Sanofi")]
    [InlineData("Inc.", "Inc.")]
    public void Legal_suffixes_and_registry_tags_are_dropped(string legal, string expected)
    {
        Assert.Equal(expected, CompanyShortForms.WithoutLegalSuffixes(legal));
    }

    [Fact]
    public void A_distinctive_name_before_a_business_word_stands_alone()
    {
        var forms = CompanyShortForms.Expand(["Palantir Technologies Inc.", "Rivian Automotive, Inc. / DE"]).ToList();
        Assert.Equal(["Palantir Technologies Inc.", "Palantir Technologies", "Palantir", "Rivian Automotive, Inc. / DE", "Rivian Automotive", "Rivian"], forms);
    }

    [Theory]
    [InlineData("United Therapeutics Corp")]
    [InlineData("General Motors Co")]
    [InlineData("CISCO SYSTEMS INC")]
    [InlineData("Ace Holdings")]
    [InlineData("Acme Widget Holdings")]
    public void Ordinary_words_all_capitals_and_short_words_never_stand_alone(string legal)
    {
        var forms = CompanyShortForms.Expand([legal]).ToList();
        Assert.DoesNotContain(forms, form => !form.Contains(' ', StringComparison.Ordinal));
    }

    [Fact]
    public void A_recipe_switch_adds_the_short_forms_to_company_lists_only()
    {
        var directory = Directory.CreateTempSubdirectory("newsnlp-short");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "c.tsv"), "name\nNorvex Robotics, Inc.\n");
            File.WriteAllText(Path.Combine(directory.FullName, "g.tsv"), "name\nOffice of Tallow Technologies, Inc.\n");
            File.WriteAllText(Path.Combine(directory.FullName, "t.iob2"), "Orvel\tB-LOC\n");
            string recipe = Path.Combine(directory.FullName, "r.json");
            File.WriteAllText(recipe, """
                { "companyShortForms": true, "epochs": 1, "bucketBits": 12, "kinds": ["LOCATION"], "gazetteerFolds": 2,
                  "nameLists": [ { "category": "company", "path": "c.tsv" }, { "category": "government", "path": "g.tsv" } ],
                  "train": [ { "path": "t.iob2" } ] }
                """);
            var loaded = TrainingRecipe.Load(recipe);
            loaded.Run();
            var lists = loaded.Options.NameLists;
            Assert.Equal(["Norvex", "Norvex Robotics", "Norvex Robotics, Inc."], lists.Single(l => l.Category == NameListCategory.Company).Names);
            Assert.Equal(["Office of Tallow Technologies, Inc."], lists.Single(l => l.Category == NameListCategory.Government).Names);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
