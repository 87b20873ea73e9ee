using NewsNlp.Entities;
using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

public sealed class MentionNormalizerTests
{
    [Fact]
    public void A_name_with_a_dependent_tail_gets_its_dominant_kind_even_when_longer_names_contain_it()
    {
        // Orvel stands alone as a place four times and as an organization once, and opens a longer organization
        // name three times; the unannotated Orvel-led compound should become the place Orvel.
        var documents = new List<AnnotatedDocument>();
        for (int i = 0; i < 4; i++)
        {
            documents.Add(Document($"d{i}", "Ships left Orvel at dawn.", ("Orvel", EntityKind.Location)));
        }

        documents.Add(Document("org", "Orvel said nothing.", ("Orvel", EntityKind.Organization)));
        for (int i = 0; i < 3; i++)
        {
            documents.Add(Document($"long{i}", "The Orvel Harbour Authority met.", ("Orvel Harbour Authority", EntityKind.Organization)));
        }

        documents.Add(Document("tail", "An Orvel-led patrol returned."));

        var normalized = MentionNormalizer.Normalize(documents);

        var tail = normalized[^1];
        var entity = Assert.Single(tail.Entities);
        Assert.Equal("Orvel", tail.Text[entity.Start..entity.End]);
        Assert.Equal(EntityKind.Location, entity.Kind);
    }

    [Fact]
    public void A_word_mostly_left_unannotated_is_not_made_a_name()
    {
        // Western is annotated three times and left plain three times when it stands alone.
        var documents = new List<AnnotatedDocument>();
        for (int i = 0; i < 3; i++)
        {
            documents.Add(Document($"named{i}", "Western envoys met.", ("Western", EntityKind.Location)));
            documents.Add(Document($"plain{i}", "Western envoys met."));
        }

        documents.Add(Document("tail", "A Western-style vote followed."));

        var normalized = MentionNormalizer.Normalize(documents);

        Assert.Empty(normalized[^1].Entities);
    }

    private static AnnotatedDocument Document(string id, string text, params (string Mention, EntityKind Kind)[] mentions)
    {
        var entities = new List<GoldEntity>();
        foreach (var (mention, kind) in mentions)
        {
            int start = text.IndexOf(mention, StringComparison.Ordinal);
            entities.Add(new GoldEntity(kind, start, start + mention.Length));
        }

        return new AnnotatedDocument(id, text, entities);
    }
}
