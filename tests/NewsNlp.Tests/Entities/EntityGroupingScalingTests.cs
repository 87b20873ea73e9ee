using System.Diagnostics;
using System.Text;
using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

[CollectionDefinition(nameof(EntityGroupingScalingTests), DisableParallelization = true)]
public sealed class EntityGroupingScalingCollection;

/// <summary>Entity grouping stays near-linear on a hostile document; timed alone, without other tests beside it.</summary>
[Collection(nameof(EntityGroupingScalingTests))]
public sealed class EntityGroupingScalingTests
{
    [Fact]
    public void Grouping_a_document_of_many_mentions_is_near_linear()
    {
        // Coarse: eight times the mentions may cost at most 32 times the time (quadratic would be 64 times); the slack is
        // for the larger tables' cache misses and for the other tests running beside this one.
        double small = BestOfFive(20_000);
        double large = BestOfFive(160_000);
        TestContext.Current.TestOutputHelper?.WriteLine($"20,000 mentions: {small:F1} ms; 160,000: {large:F1} ms");
        Assert.True(large < small * 32, $"20,000 mentions: {small:F1} ms; 160,000: {large:F1} ms");
    }

    private static double BestOfFive(int mentionCount)
    {
        // Hostile: every full name shares its first name with all the others (ambiguous), every surname repeats, and
        // every name is followed by a parenthesis that almost defines an acronym.
        var builder = new StringBuilder();
        var mentions = new List<EntitySpan>(mentionCount);
        for (int i = 0; mentions.Count < mentionCount; i++)
        {
            int start = builder.Length;
            builder.Append("Ali Surname").Append(i % 5_000);
            mentions.Add(new EntitySpan(EntityKind.Person, start, builder.Length, 0.9f));
            builder.Append(" (AS) met ");
            start = builder.Length;
            builder.Append("Surname").Append(i % 5_000);
            mentions.Add(new EntitySpan(EntityKind.Person, start, builder.Length, 0.9f));
            builder.Append(" and Ali. ");
        }

        var text = builder.ToString();
        var spans = mentions.ToArray();
        var groupOf = new int[spans.Length];
        var canonicalOf = new int[spans.Length];
        var tables = new GroupingTables();
        double best = double.MaxValue;
        for (int run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            int groups = EntityGrouping.Group(text, spans, tables, groupOf, canonicalOf);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            Assert.Equal(Math.Min(5_000, mentionCount / 2), groups);
        }

        return Math.Max(best, 0.01);
    }
}
