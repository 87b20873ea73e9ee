using NewsNlp.Entities;
using NewsNlp.Input;
using NewsNlp.Models;
using NewsNlp.Training;

namespace NewsNlp.Cli;

/// <summary>Collects confidence samples from a set's documents with the model itself or, for a set the model was trained
/// on, with its cross-validation fold models: document <c>i</c> is scored by the model trained without fold <c>i mod K</c>
/// (the split of <c>newsnlp cross-validate</c>), so the scores are those of text the model has not seen. Fold-model
/// samples can be saved and read back (<see cref="FoldSampleFile"/>) in place of the fold models.</summary>
internal sealed class FoldedSampler
{
    private readonly NewsModel _model;
    private readonly int _folds;
    private readonly string? _foldModelPattern;
    private readonly string? _samplesFile;
    private readonly EntityKindSet _kinds;
    private List<(int Position, ConfidenceSample Sample)>? _foldSamples;

    /// <summary>A sampler of a set: with <paramref name="folds"/> 0, by <paramref name="model"/>; otherwise by the fold
    /// models <paramref name="foldModelPattern"/> names (<c>{k}</c> for the fold), or else from <paramref name="samplesFile"/>.</summary>
    public FoldedSampler(NewsModel model, int folds, string? foldModelPattern, string? samplesFile, EntityKindSet kinds)
    {
        _model = model;
        _folds = folds;
        _foldModelPattern = foldModelPattern;
        _samplesFile = samplesFile;
        _kinds = kinds;
    }

    /// <summary>The samples of the documents at every position (<paramref name="parity"/> null) or at the even (0) or
    /// odd (1) positions only.</summary>
    public List<ConfidenceSample> Collect(IReadOnlyList<AnnotatedDocument> documents, int? parity)
    {
        if (_folds == 0)
        {
            var chosen = Enumerable.Range(0, documents.Count).Where(i => parity is not { } p || i % 2 == p);
            return ConfidenceSampler.Collect(_model, chosen.Select(i => documents[i]), _kinds, withDates: false, raw: true);
        }

        return [.. FoldSamples(documents).Where(s => parity is not { } p || s.Position % 2 == p).Select(static s => s.Sample)];
    }

    /// <summary>Every sample of a fold-scored set with its document's position (scored once, then kept).</summary>
    public List<(int Position, ConfidenceSample Sample)> FoldSamples(IReadOnlyList<AnnotatedDocument> documents)
    {
        if (_foldSamples is not null)
        {
            return _foldSamples;
        }

        if (_foldModelPattern is null)
        {
            _foldSamples = FoldSampleFile.Read(_samplesFile!);
            int beyond = _foldSamples.FindIndex(s => s.Position >= documents.Count);
            if (beyond >= 0)
            {
                // Line numbers: the header, then one sample per line.
                throw new InputFormatException(_samplesFile!, beyond + 2, 1, $"document position {_foldSamples[beyond].Position} is beyond the set's {documents.Count} documents: the samples come from another version of the data");
            }

            return _foldSamples;
        }

        _foldSamples = [];
        var ordinals = new List<int>();
        for (int k = 0; k < _folds; k++)
        {
            int fold = k;
            var positions = Enumerable.Range(0, documents.Count).Where(i => NewsSetFolds.FoldOf(i, _folds) == fold).ToList();
            ordinals.Clear();
            var samples = ConfidenceSampler.Collect(LoadFoldModel(k), positions.Select(i => documents[i]), _kinds, withDates: false, raw: true, ordinals);
            for (int j = 0; j < samples.Count; j++)
            {
                _foldSamples.Add((positions[ordinals[j]], samples[j]));
            }
        }

        _foldSamples = [.. _foldSamples.OrderBy(static s => s.Position)]; // stable: a document's samples keep their order
        return _foldSamples;
    }

    private NewsModel LoadFoldModel(int fold)
    {
        string path = FoldModelPatterns.PathOf(_foldModelPattern!, fold);
        var model = NewsModel.Load(path);
        return model.Kinds.Bits == _model.Kinds.Bits
            ? model
            : throw new ModelFormatException($"{path}: the fold model recognizes other kinds than {_model.Name}; fold models must come from the model's recipe.");
    }
}
