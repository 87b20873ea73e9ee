using NewsNlp.Entities;
using NewsNlp.Mentions;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Mentions;

public sealed class LabelConsistencyTests
{
    [Theory]
    [InlineData("The Coastal Ports Agency (CPA) said the CPA would act.", "Coastal Ports Agency", "CPA")]
    [InlineData("The Union of Grain Traders (UGT) met.", "Union of Grain Traders", "UGT")]
    [InlineData("The Northern Development Bank (NoDB) lent more.", "Northern Development Bank", "NoDB")]
    public void Acronyms_take_the_label_of_the_name_they_define(string text, string name, string acronym)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        int nameStart = text.IndexOf(name, StringComparison.Ordinal);
        var spans = new List<EntitySpan> { new(EntityKind.Organization, nameStart, nameStart + name.Length, 0.8f) };
        int later = text.LastIndexOf(acronym, StringComparison.Ordinal);
        bool repeated = later != text.IndexOf(acronym, StringComparison.Ordinal);
        if (repeated)
        {
            spans.Add(new EntitySpan(EntityKind.Location, later, later + acronym.Length, 0.4f));
        }

        LabelConsistency.Apply(text, tokens, spans, 0);

        var acronyms = spans.Where(s => text[s.Start..s.End] == acronym).ToList();
        Assert.Equal(repeated ? 2 : 1, acronyms.Count);
        Assert.All(acronyms, s => Assert.Equal(EntityKind.Organization, s.Kind));
    }

    [Theory]
    [InlineData("The Coastal Ports Agency (XYZ) said.")]
    [InlineData("The Coastal Ports Agency (cpa) said.")]
    [InlineData("The Coastal Ports Agency (CP) said.")]
    [InlineData("Nairobi (N) said.")]
    public void Parentheses_that_are_not_the_names_initials_change_nothing(string text)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        int end = text.IndexOf(" (", StringComparison.Ordinal);
        int start = text.StartsWith("The ", StringComparison.Ordinal) ? 4 : 0;
        var spans = new List<EntitySpan> { new(EntityKind.Organization, start, end, 0.8f) };

        LabelConsistency.Apply(text, tokens, spans, 0);

        Assert.Single(spans);
    }
}
