using System.Globalization;

namespace NewsNlp.Training;

/// <summary>Date recognition and normalization scores over a set of documents.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Gold">Gold DATE spans.</param>
/// <param name="Predicted">Predicted DATE spans.</param>
/// <param name="StrictMatches">Predicted spans whose extent equals a gold span's.</param>
/// <param name="RelaxedMatches">Predicted spans paired one-to-one with an overlapping gold span.</param>
/// <param name="StrictValueCorrect">Strict matches whose value equals the gold value.</param>
/// <param name="RelaxedValueCorrect">Relaxed matches whose value equals the gold value.</param>
/// <param name="RelaxedValueLenient">Relaxed matches whose value equals the gold value or refines one with unspecified
/// parts (<c>1949</c> for <c>1949-XX</c>).</param>
internal sealed record DateEvaluation(int Documents, int Gold, int Predicted, int StrictMatches, int RelaxedMatches, int StrictValueCorrect, int RelaxedValueCorrect, int RelaxedValueLenient)
{
    /// <summary>Gets the strict-extent precision.</summary>
    public double StrictPrecision => Ratio(StrictMatches, Predicted);

    /// <summary>Gets the strict-extent recall.</summary>
    public double StrictRecall => Ratio(StrictMatches, Gold);

    /// <summary>Gets the strict-extent F1.</summary>
    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    /// <summary>Gets the relaxed (overlap) precision.</summary>
    public double RelaxedPrecision => Ratio(RelaxedMatches, Predicted);

    /// <summary>Gets the relaxed (overlap) recall.</summary>
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);

    /// <summary>Gets the relaxed (overlap) F1.</summary>
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Gets the value accuracy over relaxed matches.</summary>
    public double ValueAccuracy => Ratio(RelaxedValueCorrect, RelaxedMatches);

    /// <summary>Gets the lenient value accuracy over relaxed matches.</summary>
    public double LenientValueAccuracy => Ratio(RelaxedValueLenient, RelaxedMatches);

    /// <summary>Gets the value accuracy over strict matches.</summary>
    public double StrictValueAccuracy => Ratio(StrictValueCorrect, StrictMatches);

    /// <summary>Formats the scores as a small table.</summary>
    /// <returns>The table.</returns>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        return string.Create(inv, $"""
            docs {Documents}  gold {Gold}  predicted {Predicted}
            strict   P {StrictPrecision:F3}  R {StrictRecall:F3}  F1 {StrictF1:F3}  ({StrictMatches} exact)
            relaxed  P {RelaxedPrecision:F3}  R {RelaxedRecall:F3}  F1 {RelaxedF1:F3}  ({RelaxedMatches} overlapping)
            value accuracy  {ValueAccuracy:F3} over relaxed matches ({RelaxedValueCorrect}/{RelaxedMatches}), {StrictValueAccuracy:F3} over strict ({StrictValueCorrect}/{StrictMatches})
            lenient value accuracy  {LenientValueAccuracy:F3} over relaxed matches ({RelaxedValueLenient}/{RelaxedMatches}; a refinement of a gold value with X parts counts)
            """);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
