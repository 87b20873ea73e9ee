using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsNlp.Tagging;

/// <summary>Emission scoring over a hashed weight table and Viterbi decoding restricted to valid BILOU transitions.</summary>
/// <remarks>The weight table has one row of <c>stride</c> floats per bucket, all labels of a feature adjacent, so a
/// token's score is a sum of contiguous vector loads.</remarks>
internal static class SequenceScorer
{
    public static int StrideFor(int labelCount) => (labelCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    /// <summary>Sums the weight rows of each token's features into <paramref name="emissions"/> (one row of <paramref name="stride"/> per token).</summary>
    public static void Score(ReadOnlySpan<float> weights, int stride, ReadOnlySpan<int> features, int templateCount, int count, Span<float> emissions)
    {
        ref float w = ref MemoryMarshal.GetReference(weights);
        ref float e = ref MemoryMarshal.GetReference(emissions);
        int width = Vector<float>.Count;
        for (int t = 0; t < count; t++)
        {
            nuint row = (nuint)(t * stride);
            var tokenFeatures = features.Slice(t * templateCount, templateCount);
            if (stride == 3 * width)
            {
                // The common case (up to 24 labels with 8-wide vectors): three accumulators in registers, one pass over
                // each feature's contiguous row.
                var s0 = Vector<float>.Zero;
                var s1 = Vector<float>.Zero;
                var s2 = Vector<float>.Zero;
                foreach (int bucket in tokenFeatures)
                {
                    nuint offset = (nuint)(bucket * stride);
                    s0 += Vector.LoadUnsafe(ref w, offset);
                    s1 += Vector.LoadUnsafe(ref w, offset + (nuint)width);
                    s2 += Vector.LoadUnsafe(ref w, offset + (nuint)(2 * width));
                }

                s0.StoreUnsafe(ref e, row);
                s1.StoreUnsafe(ref e, row + (nuint)width);
                s2.StoreUnsafe(ref e, row + (nuint)(2 * width));
                continue;
            }

            for (int v = 0; v < stride; v += width)
            {
                var sum = Vector<float>.Zero;
                foreach (int bucket in tokenFeatures)
                {
                    sum += Vector.LoadUnsafe(ref w, (nuint)((bucket * stride) + v));
                }

                sum.StoreUnsafe(ref e, row + (nuint)v);
            }
        }
    }

    /// <summary>Finds the best valid BILOU label sequence for <paramref name="count"/> tokens.</summary>
    /// <param name="labels">The tag set.</param>
    /// <param name="transitions">Transition weights: row <c>from</c> (the last row is the sentence start), column <c>to</c>.</param>
    /// <param name="emissions">Per-token label scores, one row of <paramref name="stride"/> per token.</param>
    /// <param name="stride">The row width of <paramref name="emissions"/>.</param>
    /// <param name="count">The number of tokens.</param>
    /// <param name="allowed">Empty, or per token a bit mask of the labels it may take.</param>
    /// <param name="delta">Scratch, at least <paramref name="count"/> × <paramref name="stride"/>.</param>
    /// <param name="back">Scratch, at least <paramref name="count"/> × <paramref name="stride"/>.</param>
    /// <param name="output">Receives the labels.</param>
    public static void Decode(
        BilouLabels labels,
        ReadOnlySpan<float> transitions,
        ReadOnlySpan<float> emissions,
        int stride,
        int count,
        ReadOnlySpan<ulong> allowed,
        Span<float> delta,
        Span<int> back,
        Span<int> output)
    {
        if (count == 0)
        {
            return;
        }

        int labelCount = labels.Count;
        bool constrained = !allowed.IsEmpty;
        var start = transitions.Slice(labelCount * labelCount, labelCount);
        for (int c = 0; c < labelCount; c++)
        {
            bool ok = BilouLabels.CanStart(c) && (!constrained || (allowed[0] & (1UL << c)) != 0);
            delta[c] = ok ? start[c] + emissions[c] : float.NegativeInfinity;
        }

        for (int t = 1; t < count; t++)
        {
            var previous = delta.Slice((t - 1) * stride, labelCount);
            var current = delta.Slice(t * stride, labelCount);
            var backRow = back.Slice(t * stride, labelCount);
            var emission = emissions.Slice(t * stride, labelCount);
            ulong mask = constrained ? allowed[t] : ulong.MaxValue;
            for (int c = 0; c < labelCount; c++)
            {
                if ((mask & (1UL << c)) == 0)
                {
                    current[c] = float.NegativeInfinity;
                    backRow[c] = 0;
                    continue;
                }

                float best = float.NegativeInfinity;
                int arg = 0;
                foreach (int p in labels.Predecessors(c))
                {
                    float score = previous[p] + Unsafe.Add(ref MemoryMarshal.GetReference(transitions), (p * labelCount) + c);
                    if (score > best)
                    {
                        best = score;
                        arg = p;
                    }
                }

                current[c] = best + emission[c];
                backRow[c] = arg;
            }
        }

        Backtrack(delta, back, stride, count, labelCount, output);
    }

    /// <summary>Lays out transition weights for <see cref="DecodeVectorized"/>: rows <c>from</c> (the last row is the sentence
    /// start) of <paramref name="stride"/> columns, with invalid BILOU transitions and padding at negative infinity.</summary>
    public static float[] BuildTransitionTable(BilouLabels labels, ReadOnlySpan<float> transitions, int stride)
    {
        int labelCount = labels.Count;
        var table = new float[(labelCount + 1) * stride];
        Array.Fill(table, float.NegativeInfinity);
        for (int from = 0; from <= labelCount; from++)
        {
            for (int to = 0; to < labelCount; to++)
            {
                bool valid = from == labelCount ? BilouLabels.CanStart(to) : BilouLabels.IsValidTransition(from, to);
                if (valid)
                {
                    table[(from * stride) + to] = transitions[(from * labelCount) + to];
                }
            }
        }

        return table;
    }

    /// <summary>Does what <see cref="Decode"/> does, with the same result (same sums, same tie-breaking: the lowest
    /// predecessor wins), vectorized over the target labels; <paramref name="table"/> comes from <see cref="BuildTransitionTable"/>.</summary>
    public static void DecodeVectorized(
        BilouLabels labels,
        ReadOnlySpan<float> table,
        ReadOnlySpan<float> emissions,
        int stride,
        int count,
        ReadOnlySpan<ulong> allowed,
        Span<float> delta,
        Span<int> back,
        Span<int> output)
    {
        if (count == 0)
        {
            return;
        }

        int labelCount = labels.Count;
        int width = Vector<float>.Count;
        bool constrained = !allowed.IsEmpty;
        ref float tableRef = ref MemoryMarshal.GetReference(table);
        ref float emissionRef = ref MemoryMarshal.GetReference(emissions);
        ref float deltaRef = ref MemoryMarshal.GetReference(delta);
        ref int backRef = ref MemoryMarshal.GetReference(back);
        nuint startRow = (nuint)(labelCount * stride);
        for (int v = 0; v < stride; v += width)
        {
            var first = Vector.LoadUnsafe(ref tableRef, startRow + (nuint)v) + Vector.LoadUnsafe(ref emissionRef, (nuint)v);
            first.StoreUnsafe(ref deltaRef, (nuint)v);
        }

        Mask(delta[..labelCount], back[..labelCount], constrained ? allowed[0] : ulong.MaxValue);
        for (int t = 1; t < count; t++)
        {
            nuint previous = (nuint)((t - 1) * stride);
            nuint current = (nuint)(t * stride);
            for (int v = 0; v < stride; v += width)
            {
                var best = new Vector<float>(float.NegativeInfinity);
                var arg = Vector<int>.Zero;
                for (int p = 0; p < labelCount; p++)
                {
                    float score = Unsafe.Add(ref deltaRef, previous + (nuint)p);
                    if (float.IsNegativeInfinity(score))
                    {
                        continue;
                    }

                    var candidate = new Vector<float>(score) + Vector.LoadUnsafe(ref tableRef, (nuint)((p * stride) + v));
                    var better = Vector.GreaterThan(candidate, best);
                    best = Vector.ConditionalSelect(better, candidate, best);
                    arg = Vector.ConditionalSelect(better.As<int, int>(), new Vector<int>(p), arg);
                }

                (best + Vector.LoadUnsafe(ref emissionRef, current + (nuint)v)).StoreUnsafe(ref deltaRef, current + (nuint)v);
                arg.StoreUnsafe(ref backRef, current + (nuint)v);
            }

            if (constrained)
            {
                Mask(delta.Slice((int)current, labelCount), back.Slice((int)current, labelCount), allowed[t]);
            }
        }

        Backtrack(delta, back, stride, count, labelCount, output);
    }

    private static void Mask(Span<float> scores, Span<int> back, ulong allowed)
    {
        for (int c = 0; c < scores.Length; c++)
        {
            if ((allowed & (1UL << c)) == 0)
            {
                scores[c] = float.NegativeInfinity;
                back[c] = 0;
            }
        }
    }

    /// <summary>Follows the back-pointers from the best label that can end a sentence.</summary>
    private static void Backtrack(ReadOnlySpan<float> delta, ReadOnlySpan<int> back, int stride, int count, int labelCount, Span<int> output)
    {
        var last = delta.Slice((count - 1) * stride, labelCount);
        float bestFinal = float.NegativeInfinity;
        int label = 0;
        for (int c = 0; c < labelCount; c++)
        {
            if (BilouLabels.CanEnd(c) && last[c] > bestFinal)
            {
                bestFinal = last[c];
                label = c;
            }
        }

        for (int t = count - 1; t >= 0; t--)
        {
            output[t] = label;
            label = back[(t * stride) + label];
        }
    }
}
