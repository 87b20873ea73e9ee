using NewsNlp.Confidence;
using NewsNlp.Entities;
using NewsNlp.Recognition;

namespace NewsNlp.Training;

/// <summary>Fits a <see cref="ConfidenceCalibration"/> to raw confidences: document bands, then binned isotonic regression
/// per band, kind and source.</summary>
/// <remarks>
/// Each data set weighs the same whatever its size (or the weight the caller gives it), so that no one corpus sets the curves. Documents are cut into
/// <see cref="BandCount"/> bands of equal weight by their <see cref="ConfidenceCalibration.DocumentEase"/>; curves are
/// fitted within each band and over all of them (the fallback). Within a (kind, source)
/// group the samples are sorted by raw confidence and cut into bins of equal weight; pool-adjacent-violators then makes
/// the bins' accuracies non-decreasing, and each bin becomes a knot (its mean raw confidence, its pooled accuracy).
/// A group with fewer than <see cref="MinKindSamples"/> samples gets no curve of its own and falls back to its source's
/// curve over every kind, fitted when the source has at least <see cref="MinSourceSamples"/>.
/// </remarks>
internal static class CalibrationFitter
{
    /// <summary>The number of document bands.</summary>
    public const int BandCount = 3;

    /// <summary>The fewest samples for a curve of one kind and source.</summary>
    public const int MinKindSamples = 200;

    /// <summary>The fewest samples for a source's curve over every kind.</summary>
    public const int MinSourceSamples = 30;

    /// <summary>The most knots a curve has.</summary>
    public const int MaxBins = 20;

    /// <summary>The fewest samples in a bin.</summary>
    public const int MinBinSamples = 40;

    /// <summary>Fits the calibration of one model from the raw samples of each data set.</summary>
    /// <param name="modelName">The model's name.</param>
    /// <param name="payloadChecksum">The CRC-32 of the model's payload, which the calibration is keyed by.</param>
    /// <param name="sets">The samples of each data set.</param>
    /// <param name="setWeights">Each set's total weight (default: 1 each).</param>
    public static ConfidenceCalibration Fit(string modelName, uint payloadChecksum, IReadOnlyList<IReadOnlyList<ConfidenceSample>> sets, IReadOnlyList<double>? setWeights = null)
    {
        if (setWeights is not null && (setWeights.Count != sets.Count || setWeights.Any(static w => !(w > 0) || double.IsInfinity(w))))
        {
            throw new ArgumentException("Each set needs a positive, finite weight.", nameof(setWeights));
        }

        var weighted = new List<(ConfidenceSample Sample, double Weight)>();
        for (int s = 0; s < sets.Count; s++)
        {
            double setWeight = setWeights?[s] ?? 1.0;
            foreach (var sample in sets[s])
            {
                weighted.Add((sample, setWeight / sets[s].Count));
            }
        }

        var limits = BandLimits(weighted);
        var probe = new ConfidenceCalibration(modelName, payloadChecksum, limits, []);
        var curves = new List<CalibrationCurve>();
        for (int band = -1; band <= limits.Length; band++)
        {
            var inBand = band < 0 ? weighted : weighted.Where(w => probe.BandOf(w.Sample.DocumentEase) == band).ToList();
            foreach (var source in Enum.GetValues<EntitySource>())
            {
                var ofSource = inBand.Where(w => w.Sample.Source == source).ToList();
                if (ofSource.Count >= MinSourceSamples)
                {
                    curves.Add(FitCurve(band, null, source, ofSource));
                }

                foreach (var kind in Enum.GetValues<EntityKind>())
                {
                    var ofKind = ofSource.Where(w => w.Sample.Kind == kind).ToList();
                    if (ofKind.Count >= MinKindSamples)
                    {
                        curves.Add(FitCurve(band, kind, source, ofKind));
                    }
                }
            }
        }

        return new ConfidenceCalibration(modelName, payloadChecksum, limits, [.. curves]);
    }

    /// <summary>The document-ease limits that cut the tagger's weighted mentions into bands of equal weight.</summary>
    private static float[] BandLimits(List<(ConfidenceSample Sample, double Weight)> weighted)
    {
        var tagger = weighted.Where(static w => w.Sample.Source == EntitySource.Tagger).OrderBy(static w => w.Sample.DocumentEase).ToList();
        double total = tagger.Sum(static w => w.Weight);
        var limits = new List<float>();
        double seen = 0;
        foreach (var (sample, weight) in tagger)
        {
            seen += weight;
            if (limits.Count < BandCount - 1 && seen >= total * (limits.Count + 1) / BandCount)
            {
                limits.Add(sample.DocumentEase);
            }
        }

        return [.. limits.Distinct()];
    }

    private static CalibrationCurve FitCurve(int band, EntityKind? kind, EntitySource source, List<(ConfidenceSample Sample, double Weight)> samples)
    {
        samples.Sort(static (a, b) => a.Sample.Confidence.CompareTo(b.Sample.Confidence));
        int binCount = Math.Clamp(samples.Count / MinBinSamples, 1, MaxBins);
        double total = samples.Sum(static s => s.Weight);

        // Equal-weight bins; ties of raw confidence stay in one bin, so a constant-confidence rule gets a single knot.
        var bins = new List<(double Raw, double Correct, double Weight)>();
        double raw = 0, correct = 0, weight = 0;
        for (int i = 0; i < samples.Count; i++)
        {
            var (sample, w) = samples[i];
            raw += sample.Confidence * w;
            correct += sample.Correct ? w : 0;
            weight += w;
            bool lastOfValue = i + 1 == samples.Count || samples[i + 1].Sample.Confidence != sample.Confidence;
            if (lastOfValue && (weight >= total / binCount || i + 1 == samples.Count))
            {
                bins.Add((raw / weight, correct, weight));
                raw = correct = weight = 0;
            }
        }

        // Pool adjacent violators: merge neighbours until accuracy never falls as raw confidence rises.
        var pooled = new List<(double Raw, double Correct, double Weight)>();
        foreach (var bin in bins)
        {
            pooled.Add(bin);
            while (pooled.Count > 1 && Accuracy(pooled[^2]) >= Accuracy(pooled[^1]))
            {
                var (r1, c1, w1) = pooled[^2];
                var (r2, c2, w2) = pooled[^1];
                pooled.RemoveRange(pooled.Count - 2, 2);
                pooled.Add((((r1 * w1) + (r2 * w2)) / (w1 + w2), c1 + c2, w1 + w2));
            }
        }

        return new CalibrationCurve(band, kind, source,
            [.. pooled.Select(static b => (float)b.Raw)],
            [.. pooled.Select(static b => (float)Accuracy(b))]);
    }

    private static double Accuracy((double Raw, double Correct, double Weight) bin) => bin.Correct / bin.Weight;
}
