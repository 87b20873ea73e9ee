using System.Text;
using NewsNlp.Entities;
using NewsNlp.Groups;

namespace NewsNlp.Tests.Groups;

/// <summary>Entity grouping on a hostile document of many mentions: every one is grouped as on a small document.</summary>
/// <remarks>Time per mention is measured by <c>EntityGroupBenchmarks</c>, not here: a timed test fails on a busy machine.</remarks>
public sealed class EntityGroupingScalingTests
{
    [Theory]
    [InlineData(20_000)]
    [InlineData(160_000)]
    public void A_hostile_document_is_grouped_into_one_group_per_name(int mentionCount)
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
        int groups = EntityGrouping.Group(text, spans, new GroupingTables(), groupOf, canonicalOf);

        Assert.Equal(Math.Min(5_000, mentionCount / 2), groups);
        for (int i = 0; i < spans.Length; i += 2)
        {
            // The surname alone joins the full name before it.
            Assert.True(groupOf[i] >= 0, $"mention {i} is in no group");
            Assert.Equal(groupOf[i], groupOf[i + 1]);
        }
    }
}
