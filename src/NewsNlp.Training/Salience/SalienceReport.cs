using System.Globalization;
using System.Text;
using NewsNlp.Groups;

namespace NewsNlp.Training;

/// <summary>The salience scorer and the two baselines (mention count alone; first mention alone) on the same texts, with
/// the ceiling the mentions allow: a salient entity that no group matches cannot be ranked by any scorer.</summary>
internal sealed class SalienceReport
{
    /// <summary>Gets the scorer's figures.</summary>
    public SalienceScore Scorer { get; } = new();

    /// <summary>Gets the figures of ranking by mention count (ties: first mention first).</summary>
    public SalienceScore MentionCount { get; } = new();

    /// <summary>Gets the figures of ranking by first mention.</summary>
    public SalienceScore FirstMention { get; } = new();

    /// <summary>Gets the figures of an oracle that ranks the matching groups first.</summary>
    public SalienceScore Ceiling { get; } = new();

    /// <summary>Scores <paramref name="instance"/> under <paramref name="weights"/> and the baselines.</summary>
    public void Add(SalienceInstance instance, ReadOnlySpan<float> weights)
    {
        var scores = new float[instance.Groups];
        EntitySalience.Softmax(instance.Features, weights, scores);
        Scorer.Add(instance, scores);
        for (int g = 0; g < scores.Length; g++)
        {
            scores[g] = instance.MentionCounts[g];
        }

        MentionCount.Add(instance, scores);
        for (int g = 0; g < scores.Length; g++)
        {
            scores[g] = -instance.FirstStarts[g];
        }

        FirstMention.Add(instance, scores);
        Array.Clear(scores);
        foreach (var groups in instance.Matching)
        {
            foreach (int g in groups)
            {
                scores[g] = 1;
            }
        }

        Ceiling.Add(instance, scores);
    }

    /// <summary>Adds another report's counts (the folds of a cross-validation).</summary>
    public void Add(SalienceReport other)
    {
        Scorer.Add(other.Scorer);
        MentionCount.Add(other.MentionCount);
        FirstMention.Add(other.FirstMention);
        Ceiling.Add(other.Ceiling);
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine("                  P@1     R@3");
        Row(text, "salience", Scorer);
        Row(text, "mention count", MentionCount);
        Row(text, "first mention", FirstMention);
        Row(text, "ceiling", Ceiling);
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, SalienceScore score) =>
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-16}  {score.PrecisionAt1:0.000}   {score.RecallAt3:0.000}    ({score.TopMatches}/{score.Texts} texts, {score.FoundInTop3}/{score.Salient} entities)"));
}
