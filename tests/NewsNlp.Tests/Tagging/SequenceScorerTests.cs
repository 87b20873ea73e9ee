using NewsNlp.Entities;
using NewsNlp.Tagging;

namespace NewsNlp.Tests.Tagging;

public sealed class SequenceScorerTests
{
    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(4, 7, false)]
    [InlineData(5, 30, true)]
    [InlineData(3, 12, true)]
    public void Vectorized_decoding_equals_scalar_decoding(int kindCount, int length, bool constrained)
    {
        var labels = new BilouLabels([.. EntityKindLabels.All.Take(kindCount)]);
        int stride = SequenceScorer.StrideFor(labels.Count);
        var random = new Random(kindCount * 100 + length);
        for (int trial = 0; trial < 50; trial++)
        {
            var transitions = new float[(labels.Count + 1) * labels.Count];
            for (int i = 0; i < transitions.Length; i++)
            {
                // Coarse values make ties likely, so tie-breaking is compared too.
                transitions[i] = random.Next(-3, 4);
            }

            var emissions = new float[length * stride];
            var allowed = constrained ? new ulong[length] : [];
            for (int t = 0; t < length; t++)
            {
                for (int c = 0; c < labels.Count; c++)
                {
                    emissions[(t * stride) + c] = random.Next(-4, 5);
                }

                if (constrained)
                {
                    allowed[t] = random.Next(3) == 0 ? 1UL : ulong.MaxValue;
                }
            }

            var scalar = new int[length];
            var vector = new int[length];
            SequenceScorer.Decode(labels, transitions, emissions, stride, length, allowed, new float[length * stride], new int[length * stride], scalar);
            var table = SequenceScorer.BuildTransitionTable(labels, transitions, stride);
            SequenceScorer.DecodeVectorized(labels, table, emissions, stride, length, allowed, new float[length * stride], new int[length * stride], vector);
            Assert.Equal(scalar, vector);
            for (int t = 1; t < length; t++)
            {
                Assert.True(BilouLabels.IsValidTransition(scalar[t - 1], scalar[t]));
            }

            Assert.True(BilouLabels.CanStart(scalar[0]) && BilouLabels.CanEnd(scalar[^1]));
        }
    }
}
