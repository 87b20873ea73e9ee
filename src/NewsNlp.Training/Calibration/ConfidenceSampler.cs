using NewsNlp.Confidence;
using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Training;

/// <summary>Runs a model over gold documents and records each scored prediction's confidence and correctness, as
/// <see cref="NerEvaluator"/> scores them (same pipeline, same kinds, same unscored regions).</summary>
internal static class ConfidenceSampler
{
    /// <summary>Collects one sample per predicted mention of <paramref name="kinds"/>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="documents">The gold documents.</param>
    /// <param name="kinds">The kinds scored.</param>
    /// <param name="withDates">Whether the rule-based date recognizer runs.</param>
    /// <param name="raw">Whether to keep the stages' raw confidences (for fitting) instead of the calibrated ones.</param>
    /// <param name="documentOfSample">When given, receives for each sample the ordinal of its document in
    /// <paramref name="documents"/>.</param>
    public static List<ConfidenceSample> Collect(NewsModel model, IEnumerable<AnnotatedDocument> documents, EntityKindSet kinds, bool withDates, bool raw, List<int>? documentOfSample = null)
    {
        var builder = new NewsPipelineBuilder().UseModel(model).WithKinds(kinds).WithMaxDegreeOfParallelism(1);
        if (!withDates)
        {
            builder.WithoutDates();
        }

        if (raw)
        {
            builder.WithRawConfidence();
        }

        var pipeline = builder.Build();
        var samples = new List<ConfidenceSample>();
        var gold = new HashSet<GoldEntity>();
        var spans = new List<EntitySpan>();
        int ordinal = -1;
        foreach (var document in documents)
        {
            ordinal++;
            gold.Clear();
            foreach (var entity in document.Entities)
            {
                if (kinds.Contains(entity.Kind))
                {
                    gold.Add(entity);
                }
            }

            var entities = document.ReferenceDate is { } date
                ? pipeline.EnumerateEntities(document.Text, date)
                : pipeline.EnumerateEntities(document.Text);
            spans.Clear();
            foreach (var span in entities)
            {
                spans.Add(span);
            }

            // What the runtime bands the document by: computed, like there, over every mention before calibration.
            float ease = raw ? ConfidenceCalibration.DocumentEase(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(spans)) : 0f;
            foreach (var span in spans)
            {
                if (!IsIgnored(document.Ignored, span.Start, span.End))
                {
                    samples.Add(new ConfidenceSample(span.Kind, span.Source, span.Confidence, gold.Contains(new GoldEntity(span.Kind, span.Start, span.End)), ease));
                    documentOfSample?.Add(ordinal);
                }
            }
        }

        return samples;
    }

    private static bool IsIgnored(IReadOnlyList<(int Start, int End)> ignored, int start, int end)
    {
        foreach (var (s, e) in ignored)
        {
            if (start < e && s < end)
            {
                return true;
            }
        }

        return false;
    }
}
