using System.Globalization;
using System.Text;
using NewsNlp.Entities;

namespace NewsNlp.Training;

/// <summary>Exact-match precision, recall and F1 per entity kind and overall (conlleval semantics), with an error summary.</summary>
public sealed class EvaluationReport
{
    private readonly int[] _truePositives = new int[8];
    private readonly int[] _falsePositives = new int[8];
    private readonly int[] _falseNegatives = new int[8];
    private readonly int[,] _typeConfusions = new int[8, 8];

    internal EvaluationReport(EntityKindSet kinds)
    {
        Kinds = kinds;
    }

    /// <summary>Gets the kinds that were scored.</summary>
    public EntityKindSet Kinds { get; }

    /// <summary>Gets the number of documents scored.</summary>
    public int Documents { get; internal set; }

    /// <summary>Gets the number of predicted mentions overlapping a gold mention but with other boundaries.</summary>
    public int BoundaryErrors { get; internal set; }

    /// <summary>Gets the number of gold mentions that no prediction overlaps.</summary>
    public int Missed { get; internal set; }

    /// <summary>Gets the number of predictions that overlap no gold mention.</summary>
    public int Spurious { get; internal set; }

    /// <summary>Gets the micro-averaged precision over all scored kinds, between 0 and 1.</summary>
    public double Precision => Ratio(Sum(_truePositives), Sum(_truePositives) + Sum(_falsePositives));

    /// <summary>Gets the micro-averaged recall, between 0 and 1.</summary>
    public double Recall => Ratio(Sum(_truePositives), Sum(_truePositives) + Sum(_falseNegatives));

    /// <summary>Gets the micro-averaged F1, between 0 and 1.</summary>
    public double F1 => Harmonic(Precision, Recall);

    /// <summary>Gets the precision for one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The precision, between 0 and 1.</returns>
    public double PrecisionOf(EntityKind kind) => Ratio(_truePositives[(int)kind], _truePositives[(int)kind] + _falsePositives[(int)kind]);

    /// <summary>Gets the recall for one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The recall, between 0 and 1.</returns>
    public double RecallOf(EntityKind kind) => Ratio(_truePositives[(int)kind], _truePositives[(int)kind] + _falseNegatives[(int)kind]);

    /// <summary>Gets the F1 for one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The F1, between 0 and 1.</returns>
    public double F1Of(EntityKind kind) => Harmonic(PrecisionOf(kind), RecallOf(kind));

    /// <summary>Gets the number of gold mentions of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The count.</returns>
    public int GoldCount(EntityKind kind) => _truePositives[(int)kind] + _falseNegatives[(int)kind];

    /// <summary>Gets the number of predicted mentions of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The count.</returns>
    public int PredictedCount(EntityKind kind) => _truePositives[(int)kind] + _falsePositives[(int)kind];

    /// <summary>Gets how often a gold mention of <paramref name="gold"/> was predicted with exactly its boundaries as <paramref name="predicted"/>.</summary>
    /// <param name="gold">The gold kind.</param>
    /// <param name="predicted">The predicted kind.</param>
    /// <returns>The count.</returns>
    public int TypeConfusions(EntityKind gold, EntityKind predicted) => _typeConfusions[(int)gold, (int)predicted];

    /// <summary>Formats the report as a small table followed by the error summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"{"type",-13} {"gold",6} {"pred",6} {"P",7} {"R",7} {"F1",7}");
        foreach (var kind in EntityKindLabels.All)
        {
            if (Kinds.Contains(kind))
            {
                sb.AppendLine(c, $"{kind.ToLabel(),-13} {GoldCount(kind),6} {PredictedCount(kind),6} {PrecisionOf(kind) * 100,7:F2} {RecallOf(kind) * 100,7:F2} {F1Of(kind) * 100,7:F2}");
            }
        }

        sb.AppendLine(c, $"{"micro",-13} {Sum(_truePositives) + Sum(_falseNegatives),6} {Sum(_truePositives) + Sum(_falsePositives),6} {Precision * 100,7:F2} {Recall * 100,7:F2} {F1 * 100,7:F2}");
        sb.Append(c, $"errors: {BoundaryErrors} boundary, {Missed} missed, {Spurious} spurious");
        var confusions = new List<string>();
        foreach (var gold in EntityKindLabels.All)
        {
            foreach (var predicted in EntityKindLabels.All)
            {
                int n = TypeConfusions(gold, predicted);
                if (gold != predicted && n > 0)
                {
                    confusions.Add($"{gold.ToLabel()}→{predicted.ToLabel()} {n}");
                }
            }
        }

        if (confusions.Count > 0)
        {
            sb.Append("; type confusions: ").Append(string.Join(", ", confusions));
        }

        return sb.ToString();
    }

    internal void Add(IReadOnlyList<GoldEntity> gold, IReadOnlyList<GoldEntity> predicted)
    {
        Documents++;
        var goldSet = new HashSet<GoldEntity>(gold);
        var predictedSet = new HashSet<GoldEntity>(predicted);
        foreach (var p in predicted)
        {
            if (goldSet.Contains(p))
            {
                _truePositives[(int)p.Kind]++;
            }
            else
            {
                _falsePositives[(int)p.Kind]++;
            }
        }

        foreach (var g in gold)
        {
            if (!predictedSet.Contains(g))
            {
                _falseNegatives[(int)g.Kind]++;
            }
        }

        // Each mention is compared with the mentions it overlaps only (a span index, not every mention of the document), so
        // a document of a million tokens scores as fast as a thousand short ones; the first overlapping gold mention in list
        // order decides, as a scan of the list would.
        var goldIndex = new SpanIndex(gold.Count, i => (gold[i].Start, gold[i].End));
        foreach (var p in predicted)
        {
            if (goldSet.Contains(p))
            {
                continue;
            }

            int first = goldIndex.FirstOverlapping(p.Start, p.End);
            if (first < 0)
            {
                Spurious++;
            }
            else if (gold[first].Start == p.Start && gold[first].End == p.End)
            {
                _typeConfusions[(int)gold[first].Kind, (int)p.Kind]++;
            }
            else
            {
                BoundaryErrors++;
            }
        }

        var predictedIndex = new SpanIndex(predicted.Count, i => (predicted[i].Start, predicted[i].End));
        foreach (var g in gold)
        {
            if (predictedIndex.FirstOverlapping(g.Start, g.End) < 0)
            {
                Missed++;
            }
        }
    }

    /// <summary>Adds another report's counts to this one (pooling folds of a cross-validation).</summary>
    /// <param name="other">A report over the same kinds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public void Merge(EvaluationReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Documents += other.Documents;
        BoundaryErrors += other.BoundaryErrors;
        Missed += other.Missed;
        Spurious += other.Spurious;
        for (int k = 0; k < _truePositives.Length; k++)
        {
            _truePositives[k] += other._truePositives[k];
            _falsePositives[k] += other._falsePositives[k];
            _falseNegatives[k] += other._falseNegatives[k];
            for (int p = 0; p < _truePositives.Length; p++)
            {
                _typeConfusions[k, p] += other._typeConfusions[k, p];
            }
        }
    }

    private static int Sum(int[] values) => values.Sum();

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    private static double Harmonic(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
