using System.Globalization;
using System.Text;
using NewsNlp.Groups;

namespace NewsNlp.Training;

/// <summary>Writes fitted salience weights as the C# source of <c>src/NewsNlp/Groups/SalienceWeights.cs</c>.</summary>
internal static class SalienceWeightsWriter
{
    /// <summary>The source text.</summary>
    /// <param name="weights">One weight per feature.</param>
    /// <param name="provenance">One line saying what the weights were fitted on, written into the documentation comment.</param>
    public static string Write(IReadOnlyList<float> weights, string provenance)
    {
        var text = new StringBuilder();
        text.Append("""
            namespace NewsNlp.Groups;

            /// <summary>The weights of <see cref="SalienceFeatures"/> in the salience score, one per feature in feature order.</summary>
            /// <remarks>Written by <c>newsnlp fit-salience</c>: do not edit, fit again (docs/salience.md). A softmax over each
            /// document's groups, fitted to the annotated salient entities with an L2 penalty.
            """);
        text.Append('\n').Append("/// ").Append(provenance).Append("</remarks>\n");
        text.Append("""
            internal static class SalienceWeights
            {
                /// <summary>The weights.</summary>
                public static ReadOnlySpan<float> Values =>
                [

            """);
        for (int i = 0; i < weights.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"        {weights[i].ToString("R", CultureInfo.InvariantCulture)}f, // {SalienceFeatures.Names[i]}\n");
        }

        text.Append("    ];\n}\n");
        return text.ToString();
    }
}
