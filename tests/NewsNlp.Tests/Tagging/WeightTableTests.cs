using NewsNlp.Tagging;

namespace NewsNlp.Tests.Tagging;

public sealed class WeightTableTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(21)]
    [InlineData(29)]
    [InlineData(40)]
    public void Scores_equal_float_sums_within_the_rounding_of_each_weight(int labelCount)
    {
        const int buckets = 64;
        const int templates = 7;
        const int tokens = 9;
        int stride = SequenceScorer.StrideFor(labelCount);
        var random = new Random(labelCount);
        var dense = new float[buckets * stride];
        for (int b = 0; b < buckets; b++)
        {
            for (int c = 0; c < labelCount; c++)
            {
                dense[(b * stride) + c] = (float)((random.NextDouble() * 400) - 200);
            }
        }

        var features = new int[tokens * templates];
        for (int i = 0; i < features.Length; i++)
        {
            features[i] = random.Next(buckets);
        }

        var table = WeightTable.FromDense(dense, stride, buckets, labelCount);
        var quantized = new float[tokens * stride];
        table.Score(features, templates, tokens, quantized, stride);
        var exact = new float[tokens * stride];
        SequenceScorer.Score(dense, stride, features, templates, tokens, exact);

        float tolerance = templates * table.Unit;
        for (int t = 0; t < tokens; t++)
        {
            for (int c = 0; c < stride; c++)
            {
                float expected = c < labelCount ? exact[(t * stride) + c] : 0f;
                Assert.InRange(quantized[(t * stride) + c], expected - tolerance, expected + tolerance);
            }
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(21)]
    [InlineData(29)]
    public void The_256_bit_128_bit_and_scalar_paths_give_the_same_sums(int labelCount)
    {
        const int buckets = 128;
        const int templates = 48;
        const int tokens = 17;
        int stride = SequenceScorer.StrideFor(labelCount);
        var random = new Random(1000 + labelCount);
        var dense = new float[buckets * stride];
        for (int i = 0; i < dense.Length; i++)
        {
            dense[i] = i % stride < labelCount ? (float)((random.NextDouble() * 60) - 30) : 0f;
        }

        var features = new int[tokens * templates];
        for (int i = 0; i < features.Length; i++)
        {
            features[i] = random.Next(buckets);
        }

        var table = WeightTable.FromDense(dense, stride, buckets, labelCount);
        var scalar = new float[tokens * stride];
        table.ScoreAnyWidth(features, templates, tokens, scalar, stride);
        Assert.Contains(scalar, value => value != 0f);
        if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated)
        {
            var narrow = new float[tokens * stride];
            table.ScoreOneLine128(features, templates, tokens, narrow, stride);
            Assert.Equal(scalar, narrow);
        }

        if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
        {
            var wide = new float[tokens * stride];
            table.ScoreOneLine(features, templates, tokens, wide, stride);
            Assert.Equal(scalar, wide);
        }
    }

    [Fact]
    public void Stored_weights_round_to_the_nearest_unit_and_the_largest_is_exact()
    {
        var dense = new float[] { 0f, 12.5f, -100f, 3.25f, 0f, 0f, 0f, 0f };
        var table = WeightTable.FromDense(dense, 8, 1, 4);
        Assert.Equal(-100f, table.Get(0, 2), 3);
        Assert.Equal(0f, table.Get(0, 0));
        Assert.InRange(table.Get(0, 1), 12.5f - table.Unit, 12.5f + table.Unit);
        Assert.InRange(table.Get(0, 3), 3.25f - table.Unit, 3.25f + table.Unit);
    }

    [Fact]
    public void An_all_zero_table_scores_zero()
    {
        var table = WeightTable.FromDense(new float[16 * 8], 8, 16, 5);
        var emissions = new float[3 * 8];
        Array.Fill(emissions, 1f);
        table.Score([1, 2, 3, 4, 5, 6], 2, 3, emissions, 8);
        Assert.All(emissions, e => Assert.Equal(0f, e));
    }
}
