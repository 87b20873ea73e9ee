using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Tagging;

namespace NewsNlp.Fuzz;

/// <summary>Writes the small model files the model target starts from: a real model file is megabytes, and a fuzzer
/// mutates a few hundred bytes far more effectively.</summary>
/// <remarks>The models are built directly (random weights from a fixed seed, a smallest weight table, a two-entry gazetteer
/// and cluster list), so the seeds are ours and reproducible; they cover both weight encodings.</remarks>
internal static class SeedModels
{
    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        Write(Path.Combine(directory, "seed-person-single.nnm"), [EntityKind.Person], rows: 12, WeightStorage.Single);
        Write(Path.Combine(directory, "seed-three-kinds-half.nnm"), [EntityKind.Person, EntityKind.Organization, EntityKind.Location], rows: 8, WeightStorage.Half);
        Write(Path.Combine(directory, "seed-three-kinds-quantized.nnm"), [EntityKind.Person, EntityKind.Organization, EntityKind.Location], rows: 8, WeightStorage.Quantized);
    }

    private static void Write(string path, EntityKind[] kinds, int rows, WeightStorage storage)
    {
        var random = new Random(20261124);
        var labels = new BilouLabels(kinds);
        var settings = new FeatureSettings(FeatureSettings.MinBucketBits, FeatureGroups.Gazetteer | FeatureGroups.Clusters);
        var transitions = new float[(labels.Count + 1) * labels.Count];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (float)Math.Round((random.NextDouble() * 2) - 1, 2);
        }

        var weights = WeightTable.CreateEmpty(settings.BucketCount, labels.Count, 4f);
        for (int r = 0; r < rows; r++)
        {
            int bucket = random.Next(settings.BucketCount);
            weights.Set(bucket, random.Next(labels.Count), (float)Math.Round((random.NextDouble() * 8) - 4, 2));
        }

        var gazetteer = new Gazetteer(new Dictionary<ulong, ushort> { [0x1234_5678_9ABC_DEF0UL] = 1, [42UL] = 3 });
        var clusters = new WordClusters(new Dictionary<ulong, uint> { [7UL] = 0b1011, [0xFEED_FACEUL] = 0b110 });
        var phrases = new PhraseLexicon(new Dictionary<ulong, ushort> { [99UL] = PhraseLexicon.PrefixBit, [100UL] = 1 });
        var tagger = new PerceptronTagger(labels, settings, weights, transitions, gazetteer, clusters, phrases);
        var model = new NewsModel("fuzz-seed", labels.KindSet, new Dictionary<string, string> { ["origin"] = "fuzz seed" }, tagger);
        using var stream = File.Create(path);
        ModelWriter.Write(model, stream, storage);
    }
}
