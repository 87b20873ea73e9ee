using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Training;

namespace NewsNlp.Tests.Training;

/// <summary>A tiny corpus of invented sentences in CoNLL format, and a model trained on it.</summary>
internal static class SyntheticCorpus
{
    private static readonly Lazy<NewsModel> s_model = new(() => Train(seed: 3));

    // Invented names and places; each line is "word TAG" pairs.
    private static readonly string[] s_sentences =
    [
        "Marta B-PER Quillon I-PER visited O Dravik B-LOC on O Monday O .",
        "The O Corvane B-ORG Group I-ORG hired O Ilse B-PER Varga I-PER .",
        "Ilse B-PER Varga I-PER flew O to O Dravik B-LOC .",
        "Officials O in O Lomura B-LOC praised O the O Corvane B-ORG Group I-ORG .",
        "Tomas B-PER Reyk I-PER leads O Helvix B-ORG .",
        "Helvix B-ORG opened O an O office O in O Lomura B-LOC .",
        "Marta B-PER Quillon I-PER met O Tomas B-PER Reyk I-PER in O Dravik B-LOC .",
        "The O office O of O Helvix B-ORG in O Dravik B-LOC closed O .",
        "Tomas B-PER Reyk I-PER said O the O talks O went O well O .",
        "Workers O at O the O Corvane B-ORG Group I-ORG in O Lomura B-LOC went O home O .",
    ];

    public static NewsModel Model => s_model.Value;

    public static string WriteConll(string directory)
    {
        var path = Path.Combine(directory, "synthetic.conll");
        var lines = new List<string> { "-DOCSTART- O", "" };
        foreach (var sentence in s_sentences)
        {
            var parts = sentence.Split(' ');
            for (int i = 0; i + 1 < parts.Length; i += 2)
            {
                lines.Add($"{parts[i]} {parts[i + 1]}");
            }

            lines.Add(parts[^1] + " O");
            lines.Add("");
        }

        File.WriteAllLines(path, lines);
        return path;
    }

    public static IReadOnlyList<AnnotatedDocument> Documents()
    {
        var directory = Directory.CreateTempSubdirectory("newsnlp-synthetic");
        try
        {
            return new ConllReader().Read(WriteConll(directory.FullName), LabelMapping.Standard).ToList();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    public static NewsModel Train(int seed, int bucketBits = 12, int runs = 1)
    {
        var options = new NerTrainerOptions
        {
            Name = "synthetic",
            Kinds = [EntityKind.Person, EntityKind.Organization, EntityKind.Location],
            Epochs = 8,
            Seed = seed,
            BucketBits = bucketBits,
            GazetteerFolds = 2,
            Runs = runs,
        };
        var corpus = new TrainingCorpus("synthetic", Documents(), EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location));
        return new NerTrainer(options).Train([corpus]);
    }
}
