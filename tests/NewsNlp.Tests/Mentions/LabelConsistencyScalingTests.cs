using System.Text;
using NewsNlp.Collections;
using NewsNlp.Entities;
using NewsNlp.Mentions;
using NewsNlp.Recognition;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Mentions;

/// <summary>The acronym rule gives the same labels as its first, quadratic form (kept here as the reference), also on a
/// document of tens of thousands of definitions.</summary>
public sealed class LabelConsistencyScalingTests
{
    private static readonly string[] s_names = ["Coastal Ports Agency", "Union of Grain Traders", "Northern Development Bank", "Halden Energy Corp"];
    private static readonly string[] s_acronyms = ["CPA", "UGT", "NDB", "HEC"];
    private static readonly EntityKind[] s_kinds = [EntityKind.Organization, EntityKind.Location, EntityKind.Person, EntityKind.Misc];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Labels_equal_the_quadratic_reference_on_random_documents(int seed)
    {
        var (text, spans) = RandomDocument(new Random(seed), 400);
        var tokens = NewsTokenizer.Tokenize(text);
        var expected = new List<EntitySpan>(spans);
        ReferenceApply(text, tokens, expected, 0);
        var actual = new List<EntitySpan>(spans);
        LabelConsistency.Apply(text, tokens, actual, 0);
        Assert.Equal(expected, actual);
        Assert.NotEqual(spans.Count, actual.Count); // some acronyms were added
    }

    [Fact]
    public void Spans_before_the_start_index_are_left_alone()
    {
        var (text, spans) = RandomDocument(new Random(9), 200);
        var tokens = NewsTokenizer.Tokenize(text);
        int from = spans.Count / 2;
        var expected = new List<EntitySpan>(spans);
        ReferenceApply(text, tokens, expected, from);
        var actual = new List<EntitySpan>(spans);
        LabelConsistency.Apply(text, tokens, actual, from, new SurfaceKindTable(), new ExtentSet());
        Assert.Equal(expected, actual);
        Assert.Equal(spans.Take(from), actual.Take(from));
    }

    [Fact]
    public void A_document_of_32_000_definitions_gets_every_acronym_with_its_name_kind()
    {
        // Time per definition is measured by `benchmarks -- scaling` (the "acronyms" shape), not here.
        var copy = Define(32_000);
        Assert.All(copy, span => Assert.Equal(EntityKind.Organization, span.Kind));
    }

    private static List<EntitySpan> Define(int definitions)
    {
        var builder = new StringBuilder();
        var spans = new List<EntitySpan>();
        for (int i = 0; i < definitions; i++)
        {
            int start = builder.Length;
            builder.Append("Coastal Ports Agency (CPA) said. ");
            spans.Add(new EntitySpan(EntityKind.Organization, start, start + "Coastal Ports Agency".Length, 0.9f));
        }

        var text = builder.ToString();
        var tokens = NewsTokenizer.Tokenize(text);
        var copy = new List<EntitySpan>(spans);
        LabelConsistency.Apply(text, tokens, copy, 0, new SurfaceKindTable(), new ExtentSet());
        Assert.Equal(2 * definitions, copy.Count);
        return copy;
    }

    /// <summary>Definitions of four acronyms by names of varying kinds, bare mentions (some already spans of another kind),
    /// acronyms in parentheses after names that do not match, and spans that are not followed by anything.</summary>
    private static (string Text, List<EntitySpan> Spans) RandomDocument(Random random, int sentences)
    {
        var builder = new StringBuilder();
        var spans = new List<EntitySpan>();
        for (int s = 0; s < sentences; s++)
        {
            int which = random.Next(s_names.Length);
            switch (random.Next(4))
            {
                case 0:
                {
                    int start = builder.Length;
                    builder.Append(s_names[which]);
                    spans.Add(new EntitySpan(s_kinds[random.Next(s_kinds.Length)], start, builder.Length, 0.8f));
                    int acronym = builder.Length + 2;
                    builder.Append(" (").Append(s_acronyms[which]).Append(") said.");
                    if (random.Next(3) == 0)
                    {
                        spans.Add(new EntitySpan(s_kinds[random.Next(s_kinds.Length)], acronym, acronym + 3, 0.4f));
                    }

                    break;
                }

                case 1:
                {
                    builder.Append("Later ");
                    int start = builder.Length;
                    builder.Append(s_acronyms[which]).Append(" agreed.");
                    if (random.Next(2) == 0)
                    {
                        spans.Add(new EntitySpan(s_kinds[random.Next(s_kinds.Length)], start, start + 3, 0.5f));
                    }

                    break;
                }

                case 2:
                {
                    int start = builder.Length;
                    builder.Append(s_names[which]);
                    spans.Add(new EntitySpan(s_kinds[random.Next(s_kinds.Length)], start, builder.Length, 0.7f));
                    builder.Append(" (").Append(s_acronyms[(which + 1) % s_acronyms.Length]).Append(") left.");
                    break;
                }

                default:
                    builder.Append("Talks went on.");
                    break;
            }

            builder.Append(' ');
        }

        return (builder.ToString(), spans);
    }

    /// <summary>The rule as first written: every definition relabels every mention at once (quadratic).</summary>
    private static void ReferenceApply(string text, Token[] tokens, List<EntitySpan> spans, int from)
    {
        int count = spans.Count;
        for (int i = from; i < count; i++)
        {
            var name = spans[i];
            int next = Array.FindIndex(tokens, t => t.Start >= name.End);
            if (next < 0 || next + 2 >= tokens.Length || text[tokens[next].Start..tokens[next].End] != "(" || text[tokens[next + 2].Start..tokens[next + 2].End] != ")")
            {
                continue;
            }

            var acronym = tokens[next + 1];
            var acronymText = text[acronym.Start..acronym.End];
            if (acronym.Kind != TokenKind.Word || acronymText.Length is < 2 or > 8 || !char.IsUpper(acronymText[0]) || !Initials(acronymText, text, tokens, name))
            {
                continue;
            }

            bool defined = false;
            for (int j = from; j < spans.Count; j++)
            {
                var other = spans[j];
                if (text[other.Start..other.End] == acronymText)
                {
                    spans[j] = other with { Kind = name.Kind };
                    defined |= other.Start == acronym.Start;
                }
            }

            if (!defined)
            {
                spans.Add(new EntitySpan(name.Kind, acronym.Start, acronym.End, name.Confidence) { Source = EntitySource.DefinedAcronym });
            }
        }
    }

    private static bool Initials(string acronym, string text, Token[] tokens, EntitySpan name)
    {
        var capitals = new string([.. acronym.Where(char.IsUpper)]);
        var initials = new string([.. tokens.Where(t => t.Start >= name.Start && t.End <= name.End).Select(t => text[t.Start]).Where(char.IsUpper)]);
        return initials.Length >= 2 && capitals == initials;
    }
}
