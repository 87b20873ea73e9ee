using NewsNlp.Entities;
using NewsNlp.Input;
using NewsNlp.Models;
using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

/// <summary>The scoring-set layout (docs, gold and ignore files) and the evaluator's unscored regions.</summary>
public sealed class NewsSetReaderTests
{
    [Fact]
    public void Reads_documents_mentions_ignored_regions_and_dates()
    {
        var folder = WriteSet(
            """{"id": "d1", "text": "Marta Quillon visited Orvel Tarn for the Tarn Games.", "date": "2025-03-04"}""",
            """{"doc": "d1", "start": 0, "end": 13, "text": "Marta Quillon", "type": "PERSON"}""",
            """{"doc": "d1", "start": 41, "end": 51, "text": "Tarn Games", "type": "MISC"}""");
        try
        {
            var document = Assert.Single(new NewsSetReader().Read(folder.FullName, LabelMapping.Standard));

            var person = Assert.Single(document.Entities);
            Assert.Equal(EntityKind.Person, person.Kind);
            Assert.Equal((41, 51), Assert.Single(document.Ignored));
            Assert.Equal(new DateOnly(2025, 3, 4), document.ReferenceDate);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_mention_whose_text_does_not_match_its_offsets_is_an_error()
    {
        var folder = WriteSet(
            """{"id": "d1", "text": "Marta Quillon spoke."}""",
            """{"doc": "d1", "start": 0, "end": 5, "text": "Quill", "type": "PERSON"}""",
            ignore: null);
        try
        {
            var error = Assert.Throws<InputFormatException>(() => new NewsSetReader().Read(folder.FullName, LabelMapping.Standard).ToList());
            Assert.Equal(1, error.LineNumber);
            Assert.EndsWith("gold.jsonl", error.SourceName, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Predictions_inside_an_ignored_region_are_not_scored()
    {
        const string text = "Marta Quillon flew to Paris and Berlin last week.";
        var gold = new List<GoldEntity> { new(EntityKind.Person, 0, 13) };
        var plain = new AnnotatedDocument("d", text, gold);
        var masked = new AnnotatedDocument("d", text, gold, [(22, 38)], null);

        var unmasked = NerEvaluator.Evaluate(NewsModel.English, [plain], EntityKindSet.Default);
        var report = NerEvaluator.Evaluate(NewsModel.English, [masked], EntityKindSet.Default);

        Assert.True(unmasked.Spurious > 0, "the places are predicted and not in the gold");
        Assert.Equal(0, report.Spurious);
    }

    private static DirectoryInfo WriteSet(string docs, string gold, string? ignore)
    {
        var folder = Directory.CreateTempSubdirectory("newsnlp-set");
        File.WriteAllText(Path.Combine(folder.FullName, "docs.jsonl"), docs + "\n");
        File.WriteAllText(Path.Combine(folder.FullName, "gold.jsonl"), gold + "\n");
        if (ignore is not null)
        {
            File.WriteAllText(Path.Combine(folder.FullName, "ignore.jsonl"), ignore + "\n");
        }

        return folder;
    }
}
