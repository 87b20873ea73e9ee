using System.Globalization;

namespace NewsNlp.Training;

/// <summary>Precision at 1 and recall at 3 of ranked entity groups against the annotated salient entities.</summary>
/// <remarks>Precision at 1: the share of texts whose first-ranked group matches one of the text's salient entities. Recall
/// at 3: the share of all annotated salient entities (every text's, pooled) matched by one of their text's three
/// first-ranked groups. Ties in score are broken by first mention. A text without groups counts as a miss.</remarks>
internal sealed class SalienceScore
{
    /// <summary>Gets the number of texts.</summary>
    public int Texts { get; private set; }

    /// <summary>Gets the number of texts whose first group matches a salient entity.</summary>
    public int TopMatches { get; private set; }

    /// <summary>Gets the number of annotated salient entities.</summary>
    public int Salient { get; private set; }

    /// <summary>Gets the number of salient entities found among the first three groups.</summary>
    public int FoundInTop3 { get; private set; }

    /// <summary>Gets the precision at 1.</summary>
    public double PrecisionAt1 => Texts == 0 ? 0 : TopMatches / (double)Texts;

    /// <summary>Gets the recall at 3.</summary>
    public double RecallAt3 => Salient == 0 ? 0 : FoundInTop3 / (double)Salient;

    /// <summary>Scores one text ranked by <paramref name="scores"/> (one per group, higher first).</summary>
    public void Add(SalienceInstance instance, ReadOnlySpan<float> scores)
    {
        Span<int> top = stackalloc int[3];
        int kept = TopGroups(scores, top);
        Texts++;
        Salient += instance.Matching.Length;
        bool first = false;
        foreach (var groups in instance.Matching)
        {
            bool found = false;
            for (int r = 0; r < kept; r++)
            {
                found |= Array.IndexOf(groups, top[r]) >= 0;
                first |= r == 0 && Array.IndexOf(groups, top[r]) >= 0;
            }

            FoundInTop3 += found ? 1 : 0;
        }

        TopMatches += first ? 1 : 0;
    }

    /// <summary>Adds another score's counts (the folds of a cross-validation).</summary>
    public void Add(SalienceScore other)
    {
        Texts += other.Texts;
        TopMatches += other.TopMatches;
        Salient += other.Salient;
        FoundInTop3 += other.FoundInTop3;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P@1 {PrecisionAt1:0.000} ({TopMatches}/{Texts})  R@3 {RecallAt3:0.000} ({FoundInTop3}/{Salient})");

    /// <summary>The indexes of the (up to) three highest scores, highest first, the earlier group first among equals.</summary>
    private static int TopGroups(ReadOnlySpan<float> scores, Span<int> top)
    {
        int kept = 0;
        for (int g = 0; g < scores.Length; g++)
        {
            int at = kept;
            while (at > 0 && scores[g] > scores[top[at - 1]])
            {
                at--;
            }

            if (at >= top.Length)
            {
                continue;
            }

            for (int r = Math.Min(kept, top.Length - 1); r > at; r--)
            {
                top[r] = top[r - 1];
            }

            top[at] = g;
            kept = Math.Min(kept + 1, top.Length);
        }

        return kept;
    }
}
