using NewsNlp.Groups;

namespace NewsNlp.Training;

/// <summary>Fits the salience weights: a softmax over each text's entity groups (the form <see cref="EntitySalience"/>
/// computes), trained to put its mass on the annotated salient entities, by full-batch gradient descent with Adam steps
/// and an L2 penalty.</summary>
/// <remarks>
/// The target of a text shares 1 between the groups that match its salient entities, the first-ranked entity weighing
/// <see cref="RankWeights"/>[0] and so on, a weight split between the groups that match the same entity; texts where no
/// group matches teach nothing and are skipped. Features are standardized while fitting (so one penalty suits all) and the
/// weights mapped back to the raw features at the end: the softmax ignores the constant that standardizing adds to every
/// group's score. Deterministic: same instances, same weights.
/// </remarks>
internal static class SalienceFitter
{
    /// <summary>The target weight of the salient entities of rank 1, 2 and 3.</summary>
    public static readonly float[] RankWeights = [1f, 0.8f, 0.6f];

    /// <summary>Fits weights on <paramref name="instances"/>.</summary>
    /// <param name="instances">The prepared texts.</param>
    /// <param name="l2">The penalty on the squared standardized weights, per text.</param>
    /// <param name="iterations">The number of gradient steps.</param>
    /// <returns>One weight per feature, for the raw (unstandardized) features.</returns>
    public static float[] Fit(IReadOnlyList<SalienceInstance> instances, double l2 = 0.002, int iterations = 1500)
    {
        const int d = SalienceFeatures.Count;
        var (mean, scale) = Standardization(instances);
        var targets = new List<(SalienceInstance Instance, double[] Target)>();
        foreach (var instance in instances)
        {
            if (Target(instance) is { } target)
            {
                targets.Add((instance, target));
            }
        }

        var w = new double[d];
        var m = new double[d];
        var v = new double[d];
        var gradient = new double[d];
        const double rate = 0.05, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8;
        for (int step = 1; step <= iterations && targets.Count > 0; step++)
        {
            Array.Clear(gradient);
            foreach (var (instance, target) in targets)
            {
                AddGradient(instance, target, w, mean, scale, gradient);
            }

            for (int j = 0; j < d; j++)
            {
                double g = (gradient[j] / targets.Count) + (l2 * w[j]);
                m[j] = (beta1 * m[j]) + ((1 - beta1) * g);
                v[j] = (beta2 * v[j]) + ((1 - beta2) * g * g);
                double mHat = m[j] / (1 - Math.Pow(beta1, step));
                double vHat = v[j] / (1 - Math.Pow(beta2, step));
                w[j] -= rate * mHat / (Math.Sqrt(vHat) + epsilon);
            }
        }

        var weights = new float[d];
        for (int j = 0; j < d; j++)
        {
            weights[j] = (float)(w[j] / scale[j]);
        }

        return weights;
    }

    /// <summary>The target distribution over the groups of <paramref name="instance"/>, or <see langword="null"/> when no
    /// group matches a salient entity.</summary>
    internal static double[]? Target(SalienceInstance instance)
    {
        var target = new double[instance.Groups];
        double total = 0;
        for (int s = 0; s < instance.Matching.Length; s++)
        {
            var groups = instance.Matching[s];
            double weight = RankWeights[Math.Min(s, RankWeights.Length - 1)];
            foreach (int g in groups)
            {
                target[g] += weight / groups.Length;
                total += weight / groups.Length;
            }
        }

        if (total == 0)
        {
            return null;
        }

        for (int g = 0; g < target.Length; g++)
        {
            target[g] /= total;
        }

        return target;
    }

    // The gradient of the cross-entropy between the target and the softmax of the standardized scores.
    private static void AddGradient(SalienceInstance instance, double[] target, double[] w, double[] mean, double[] scale, double[] gradient)
    {
        const int d = SalienceFeatures.Count;
        int groups = instance.Groups;
        var scores = new double[groups];
        double max = double.NegativeInfinity;
        for (int g = 0; g < groups; g++)
        {
            double score = 0;
            for (int j = 0; j < d; j++)
            {
                score += w[j] * (instance.Features[(g * d) + j] - mean[j]) / scale[j];
            }

            scores[g] = score;
            max = Math.Max(max, score);
        }

        double sum = 0;
        for (int g = 0; g < groups; g++)
        {
            scores[g] = Math.Exp(scores[g] - max);
            sum += scores[g];
        }

        for (int g = 0; g < groups; g++)
        {
            double residual = (scores[g] / sum) - target[g];
            for (int j = 0; j < d; j++)
            {
                gradient[j] += residual * (instance.Features[(g * d) + j] - mean[j]) / scale[j];
            }
        }
    }

    private static (double[] Mean, double[] Scale) Standardization(IReadOnlyList<SalienceInstance> instances)
    {
        const int d = SalienceFeatures.Count;
        var mean = new double[d];
        var square = new double[d];
        long rows = 0;
        foreach (var instance in instances)
        {
            for (int g = 0; g < instance.Groups; g++)
            {
                rows++;
                for (int j = 0; j < d; j++)
                {
                    double x = instance.Features[(g * d) + j];
                    mean[j] += x;
                    square[j] += x * x;
                }
            }
        }

        var scale = new double[d];
        for (int j = 0; j < d; j++)
        {
            mean[j] = rows == 0 ? 0 : mean[j] / rows;
            double variance = rows == 0 ? 0 : (square[j] / rows) - (mean[j] * mean[j]);
            scale[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        return (mean, scale);
    }
}
