using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Training;

/// <summary>Scores a model against annotated documents with exact-match mention P/R/F1.</summary>
public static class NerEvaluator
{
    /// <summary>Runs <paramref name="model"/> over <paramref name="documents"/> and scores the mentions of <paramref name="kinds"/>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="documents">The gold documents.</param>
    /// <param name="kinds">The kinds to score; predictions and gold mentions of other kinds are ignored.</param>
    /// <param name="withDates">Whether the rule-based date recognizer runs alongside the model, as in the default pipeline.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static EvaluationReport Evaluate(NewsModel model, IEnumerable<AnnotatedDocument> documents, EntityKindSet kinds, bool withDates = false) =>
        Evaluate(model, documents, kinds, withDates, null);

    /// <summary>Scores like <see cref="Evaluate(NewsModel, IEnumerable{AnnotatedDocument}, EntityKindSet, bool)"/> and writes every
    /// wrong or missed mention to <paramref name="errors"/>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="documents">The gold documents.</param>
    /// <param name="kinds">The kinds to score.</param>
    /// <param name="withDates">Whether the rule-based date recognizer runs alongside the model.</param>
    /// <param name="errors">Receives one line per error (<c>+</c> spurious prediction, <c>-</c> missed gold mention), or <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="documents"/> is <see langword="null"/>.</exception>
    public static EvaluationReport Evaluate(NewsModel model, IEnumerable<AnnotatedDocument> documents, EntityKindSet kinds, bool withDates, TextWriter? errors) =>
        Evaluate(model, documents, kinds, withDates, errors, null);

    /// <summary>Scores like the public overloads, with <paramref name="configure"/> adding to the pipeline (dictionaries and
    /// patterns from <c>newsnlp eval</c>); predictions of kinds outside <paramref name="kinds"/>, custom ones included, are not scored.</summary>
    internal static EvaluationReport Evaluate(NewsModel model, IEnumerable<AnnotatedDocument> documents, EntityKindSet kinds, bool withDates, TextWriter? errors, Action<NewsPipelineBuilder>? configure)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(documents);
        var builder = new NewsPipelineBuilder().UseModel(model).WithKinds(kinds).WithMaxDegreeOfParallelism(1);
        if (!withDates)
        {
            builder.WithoutDates();
        }

        configure?.Invoke(builder);

        var pipeline = builder.Build();
        var report = new EvaluationReport(kinds);
        var gold = new List<GoldEntity>();
        var predicted = new List<GoldEntity>();
        foreach (var document in documents)
        {
            gold.Clear();
            predicted.Clear();
            foreach (var entity in document.Entities)
            {
                if (kinds.Contains(entity.Kind))
                {
                    gold.Add(entity);
                }
            }

            var analysis = document.ReferenceDate is { } date ? pipeline.Analyze(document.Text, date) : pipeline.Analyze(document.Text);
            var ignored = document.Ignored.Count == 0 ? null : new SpanIndex(document.Ignored.Count, i => document.Ignored[i]);
            foreach (var entity in analysis.Entities)
            {
                if (kinds.Contains(entity.Kind) && (ignored is null || ignored.FirstOverlapping(entity.Start, entity.End) < 0))
                {
                    predicted.Add(new GoldEntity(entity.Kind, entity.Start, entity.End));
                }
            }

            report.Add(gold, predicted);
            if (errors is not null)
            {
                WriteErrors(document, gold, predicted, errors);
            }
        }

        return report;
    }

    private static void WriteErrors(AnnotatedDocument document, List<GoldEntity> gold, List<GoldEntity> predicted, TextWriter errors)
    {
        foreach (var p in predicted.Except(gold))
        {
            errors.WriteLine($"{document.Id} + {p.Kind.ToLabel()} [{p.Start}..{p.End}) {document.Text[p.Start..p.End]}");
        }

        foreach (var g in gold.Except(predicted))
        {
            errors.WriteLine($"{document.Id} - {g.Kind.ToLabel()} [{g.Start}..{g.End}) {document.Text[g.Start..g.End]}");
        }
    }
}
