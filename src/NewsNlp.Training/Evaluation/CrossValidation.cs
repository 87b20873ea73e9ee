using System.Globalization;
using NewsNlp.Entities;
using NewsNlp.Models;

namespace NewsNlp.Training;

/// <summary>K-fold cross-validation by document of one training corpus of a recipe: for each fold, a model is trained on
/// the recipe with that fold left out of the corpus and scored on the fold; the folds' counts are pooled.</summary>
/// <remarks>Document <c>i</c> of the corpus (in corpus order) is in fold <c>i mod k</c> (<see cref="CorpusSpec.Folds"/>).
/// The other corpora of the recipe train every fold's model whole. Word classes are learned once and shared by the folds.
/// With a share of 0 the corpus is left out entirely: one model is trained and scored on every fold.</remarks>
public sealed class CrossValidation
{
    /// <summary>Gets the name of the recipe's training corpus to cross-validate.</summary>
    public required string Corpus { get; init; }

    /// <summary>Gets the number of folds, 2 to 100. Default: 5.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Gets the share of the corpus's training folds used (learning curves), 0 to 1. Default: 1.</summary>
    public double Share { get; init; } = 1;

    /// <summary>Gets the number of training runs averaged per model, or <see langword="null"/> for the recipe's.</summary>
    public int? Runs { get; init; }

    /// <summary>Gets whether the rule-based date recognizer runs when scoring (and DATE is scored when the corpus
    /// annotates it).</summary>
    public bool WithDates { get; init; }

    /// <summary>Gets a folder that receives each fold's model as <c>fold-K.nnm</c>, or <see langword="null"/>.</summary>
    public string? ModelsFolder { get; init; }

    /// <summary>Trains and scores every fold.</summary>
    /// <param name="recipePath">The recipe file.</param>
    /// <param name="log">Receives progress and per-fold scores, or <see langword="null"/>.</param>
    /// <returns>The pooled report over all folds.</returns>
    /// <exception cref="FormatException">The recipe is malformed or names no training corpus <see cref="Corpus"/>.</exception>
    public EvaluationReport Run(string recipePath, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(recipePath);
        if (Folds is < 2 or > 100 || Share is < 0 or > 1 || double.IsNaN(Share))
        {
            throw new FormatException($"Cross-validation needs 2 to 100 folds and a share between 0 and 1 (folds {Folds}, share {Share}).");
        }

        IReadOnlyDictionary<string, int>? clusters = null;
        EvaluationReport? pooled = null;
        NewsModel? shared = null;
        for (int fold = 0; fold < Folds; fold++)
        {
            var recipe = TrainingRecipe.Load(recipePath);
            int index = recipe.Train.FindIndex(c => string.Equals(c.Name, Corpus, StringComparison.Ordinal));
            if (index < 0)
            {
                throw new FormatException($"Recipe {recipePath} has no training corpus named '{Corpus}' ({string.Join(", ", recipe.Train.Select(static c => c.Name ?? c.Path))}).");
            }

            var spec = recipe.Train[index];
            var heldOut = new CorpusSpec
            {
                Name = $"{Corpus} fold {fold}", Path = spec.Path, Format = spec.Format, Mapping = spec.Mapping, Annotates = spec.Annotates,
                WordColumn = spec.WordColumn, TagColumn = spec.TagColumn, SentencesPerDocument = spec.SentencesPerDocument,
                NormalizeMentions = spec.NormalizeMentions, From = spec.From, To = spec.To, DropHandles = spec.DropHandles,
                Folds = Folds, OnlyFold = fold,
            };
            var test = heldOut.Load(recipe.Resolve(spec.Path));

            NewsModel model;
            if (Share == 0 && shared is not null)
            {
                model = shared;
            }
            else
            {
                if (Share == 0)
                {
                    recipe.Train.RemoveAt(index);
                }
                else
                {
                    spec.Folds = Folds;
                    spec.ExcludeFold = fold;
                    spec.Share = Share;
                }

                recipe.Dev.Clear();
                if (Runs is { } runs)
                {
                    recipe.Options.Runs = runs;
                }

                if (clusters is not null)
                {
                    recipe.ClusterSources.Clear();
                    recipe.ClustersPath = null;
                    recipe.Options.Clusters = clusters;
                }

                recipe.Options.Metadata["cross-validation"] = string.Create(CultureInfo.InvariantCulture, $"{Corpus} fold {fold} of {Folds}, share {Share}");
                log?.WriteLine(Share == 0 ? $"training without {Corpus}" : $"fold {fold}: training");
                model = recipe.Run(log);
                clusters ??= recipe.Options.Clusters;
                shared = Share == 0 ? model : null;
            }

            if (ModelsFolder is not null && (Share != 0 || fold == 0))
            {
                Directory.CreateDirectory(ModelsFolder);
                model.Save(System.IO.Path.Combine(ModelsFolder, Share == 0 ? "without.nnm" : $"fold-{fold}.nnm"));
            }

            var kinds = new EntityKindSet(model.Kinds.Bits & test.AnnotatedKinds.Bits);
            if (WithDates && test.AnnotatedKinds.Contains(EntityKind.Date))
            {
                kinds = kinds.With(EntityKind.Date);
            }

            var report = NerEvaluator.Evaluate(model, test.Documents, kinds, WithDates);
            log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {fold}: {report.Documents} documents, F1 {report.F1 * 100:F2}"));
            if (pooled is null)
            {
                pooled = report;
            }
            else
            {
                pooled.Merge(report);
            }
        }

        return pooled!;
    }
}
