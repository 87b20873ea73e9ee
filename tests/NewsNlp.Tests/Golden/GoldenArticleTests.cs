using System.Text.Json;
using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Training;

namespace NewsNlp.Tests.Golden;

/// <summary>The default pipeline on the articles written for this project (<c>samples/*.txt</c> with <c>Golden/*.gold.jsonl</c>):
/// per-type floors for names and dates, and exact date values.</summary>
public sealed class GoldenArticleTests(ITestOutputHelper output)
{
    // The date every sample article is read against.
    private static readonly DateOnly s_referenceDate = new(2026, 11, 24);

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var gold in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.gold.jsonl").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(gold)[..^".gold.jsonl".Length]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Fixture_is_consistent(string name)
    {
        var (text, gold) = Load(name);
        Assert.NotEmpty(gold);
        foreach (var entity in gold)
        {
            Assert.Equal(text[entity.Start..entity.End], entity.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Default_pipeline_meets_floors(string name)
    {
        var (text, gold) = Load(name);
        var predicted = NewsPipeline.Default.Analyze(text, s_referenceDate).Entities;

        var report = new List<string>();
        var scores = new List<(double Precision, double Recall)>();
        foreach (var (kind, _, _) in Floors)
        {
            var goldSpans = gold.Where(g => g.Kind == kind).Select(g => (g.Start, g.End)).ToHashSet();
            var predictedSpans = predicted.Where(p => p.Kind == kind).Select(p => (p.Start, p.End)).ToHashSet();
            int correct = goldSpans.Count(predictedSpans.Contains);
            double precision = predictedSpans.Count == 0 ? 0 : (double)correct / predictedSpans.Count;
            double recall = goldSpans.Count == 0 ? 1 : (double)correct / goldSpans.Count;
            report.Add($"{kind.ToLabel(),-12} P {precision:P1} R {recall:P1} (gold {goldSpans.Count}, predicted {predictedSpans.Count})");
            scores.Add((precision, recall));
        }

        output.WriteLine(string.Join('\n', report));
        for (int i = 0; i < Floors.Length; i++)
        {
            Assert.True(scores[i].Precision >= Floors[i].Precision && scores[i].Recall >= Floors[i].Recall, $"{name}: {report[i]} under the floor P {Floors[i].Precision:P0} R {Floors[i].Recall:P0}");
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Date_values_match_the_gold_values(string name)
    {
        var (text, gold) = Load(name);
        var predicted = NewsPipeline.Default.Analyze(text, s_referenceDate).Entities
            .Where(e => e.Kind == EntityKind.Date)
            .ToDictionary(e => (e.Start, e.End), e => e.Value);
        foreach (var date in gold.Where(g => g.Kind == EntityKind.Date && g.Value is not null))
        {
            Assert.True(predicted.TryGetValue((date.Start, date.End), out var value), $"{name}: DATE '{date.Text}' missed");
            Assert.Equal(date.Value, value);
        }
    }

    // Per-type floors (precision, recall): regression guards just under what the shipped model measures on these articles,
    // not targets. Known errors they allow: the title-case headline's "Kenya" tagged as a person, "East African Community"
    // missed.
    private static readonly (EntityKind Kind, double Precision, double Recall)[] Floors =
    [
        (EntityKind.Person, 0.70, 0.90),
        (EntityKind.Location, 0.90, 0.75),
        (EntityKind.Organization, 0.70, 0.70),
        (EntityKind.Date, 0.90, 0.90),
    ];

    private static (string Text, List<GoldMention> Gold) Load(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Golden");
        var text = File.ReadAllText(Path.Combine(folder, name + ".txt"));
        var gold = new List<GoldMention>();
        foreach (var line in File.ReadLines(Path.Combine(folder, name + ".gold.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.True(EntityKindLabels.TryParse(root.GetProperty("type").GetString(), out var kind));
            gold.Add(new GoldMention(
                kind,
                root.GetProperty("start").GetInt32(),
                root.GetProperty("end").GetInt32(),
                root.GetProperty("text").GetString()!,
                root.TryGetProperty("value", out var value) ? value.GetString() : null));
        }

        return (text, gold);
    }

    private sealed record GoldMention(EntityKind Kind, int Start, int End, string Text, string? Value);
}
