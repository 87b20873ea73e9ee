using NewsNlp.Entities;
using NewsNlp.Recognition;

namespace NewsNlp.Confidence;

/// <summary>A monotone map from a stage's raw confidence to the probability that the mention is right (span and kind),
/// for one entity kind (or every kind) of one source: knots of raw confidence with their probabilities, linear between
/// knots, flat beyond the ends; for one document band or for every band.</summary>
internal sealed class CalibrationCurve
{
    /// <param name="band">The document band the curve is for (<see cref="ConfidenceCalibration.BandOf"/>), or -1 for every band.</param>
    /// <param name="kind">The kind the curve is for, or <see langword="null"/> for every kind of the source.</param>
    /// <param name="source">The source.</param>
    /// <param name="raw">The knots' raw confidences, ascending.</param>
    /// <param name="probability">The knots' probabilities, non-decreasing, between 0 and 1.</param>
    public CalibrationCurve(int band, EntityKind? kind, EntitySource source, float[] raw, float[] probability)
    {
        if (raw.Length == 0 || raw.Length != probability.Length)
        {
            throw new ArgumentException("A calibration curve needs as many probabilities as knots, at least one.", nameof(probability));
        }

        Band = band;
        Kind = kind;
        Source = source;
        Raw = raw;
        Probability = probability;
    }

    public int Band { get; }

    public EntityKind? Kind { get; }

    public EntitySource Source { get; }

    public float[] Raw { get; }

    public float[] Probability { get; }

    /// <summary>The calibrated probability of a raw confidence.</summary>
    public float Map(float raw)
    {
        var knots = Raw;
        if (raw <= knots[0])
        {
            return Probability[0];
        }

        int last = knots.Length - 1;
        if (raw >= knots[last])
        {
            return Probability[last];
        }

        // The first knot above raw (knots are few: a binary search keeps it branch-light all the same).
        int low = 1;
        int high = last;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (knots[middle] <= raw)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        float left = knots[low - 1];
        float width = knots[low] - left;
        float fraction = width > 0f ? (raw - left) / width : 1f;
        return Probability[low - 1] + (fraction * (Probability[low] - Probability[low - 1]));
    }
}
