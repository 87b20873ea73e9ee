using System.Globalization;
using System.Text;

namespace NewsNlp.Training;

/// <summary>Expected calibration error and a reliability table over 10 equal-width confidence bins.</summary>
/// <remarks>ECE = Σ (n_b / N) · |accuracy_b − mean confidence_b| over the bins [0, 0.1), …, [0.9, 1.0]; a mention is
/// correct when a gold mention has exactly its span and kind.</remarks>
internal sealed class CalibrationReport
{
    /// <summary>The number of equal-width bins.</summary>
    public const int BinCount = 10;

    private readonly long[] _counts = new long[BinCount];
    private readonly double[] _confidence = new double[BinCount];
    private readonly long[] _correct = new long[BinCount];

    public CalibrationReport(IEnumerable<ConfidenceSample> samples)
    {
        foreach (var sample in samples)
        {
            int bin = Math.Clamp((int)(sample.Confidence * BinCount), 0, BinCount - 1);
            _counts[bin]++;
            _confidence[bin] += sample.Confidence;
            _correct[bin] += sample.Correct ? 1 : 0;
            Count++;
            Correct += sample.Correct ? 1 : 0;
            MeanConfidence += sample.Confidence;
        }

        MeanConfidence = Count == 0 ? 0 : MeanConfidence / Count;
    }

    /// <summary>Gets the number of mentions.</summary>
    public long Count { get; }

    /// <summary>Gets the number of correct mentions.</summary>
    public long Correct { get; }

    /// <summary>Gets the mean confidence.</summary>
    public double MeanConfidence { get; }

    /// <summary>Gets the share of correct mentions (the precision).</summary>
    public double Accuracy => Count == 0 ? 0 : (double)Correct / Count;

    /// <summary>Gets the expected calibration error.</summary>
    public double ExpectedCalibrationError
    {
        get
        {
            double error = 0;
            for (int b = 0; b < BinCount; b++)
            {
                if (_counts[b] > 0)
                {
                    error += (double)_counts[b] / Count * Math.Abs(((double)_correct[b] / _counts[b]) - (_confidence[b] / _counts[b]));
                }
            }

            return error;
        }
    }

    /// <summary>The summary line and the reliability table.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"calibration: {Count} mentions, ECE {ExpectedCalibrationError:F4} (10 equal-width bins; correct = exact span and type), mean confidence {MeanConfidence:F4}, accuracy {Accuracy:F4}"));
        text.AppendLine("bin         mentions  confidence  accuracy  gap");
        for (int b = 0; b < BinCount; b++)
        {
            if (_counts[b] == 0)
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{b / 10.0:F1}-{(b + 1) / 10.0:F1}  {0,10}"));
                continue;
            }

            double confidence = _confidence[b] / _counts[b];
            double accuracy = (double)_correct[b] / _counts[b];
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{b / 10.0:F1}-{(b + 1) / 10.0:F1}  {_counts[b],10}  {confidence,10:F4}  {accuracy,8:F4}  {accuracy - confidence,8:+0.0000;-0.0000}"));
        }

        return text.ToString().TrimEnd();
    }
}
