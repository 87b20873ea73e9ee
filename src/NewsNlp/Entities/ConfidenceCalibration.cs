using NewsNlp.Models;

namespace NewsNlp.Entities;

/// <summary>Turns the raw confidences of one model's stages into calibrated probabilities: a curve per kind and source,
/// falling back to the source's curve for every kind, then to the raw value (docs/confidence.md). A source too rare in
/// the fit data for a curve keeps its raw value: the rules' constants, or, for an added acronym, its name's confidence
/// read on the tagger's curve.</summary>
/// <remarks>Applied to the merged output only, after every stage has run, so it never changes which entities are found.
/// The curves are fitted by <c>newsnlp calibrate</c> and kept in <see cref="ConfidenceCalibrationTables"/>, keyed by the
/// model file's payload checksum.</remarks>
internal sealed class ConfidenceCalibration
{
    private const int KindSlots = 8;
    private const int SourceSlots = 8;

    // [source * (KindSlots + 1) + kind], the last kind slot holding the source's every-kind curve.
    private readonly CalibrationCurve?[] _curves = new CalibrationCurve?[SourceSlots * (KindSlots + 1)];

    public ConfidenceCalibration(string modelName, uint payloadChecksum, CalibrationCurve[] curves)
    {
        ModelName = modelName;
        PayloadChecksum = payloadChecksum;
        Curves = curves;
        foreach (var curve in curves)
        {
            _curves[Slot(curve.Kind, curve.Source)] = curve;
        }
    }

    /// <summary>Gets the name of the model the curves were fitted for (for reports).</summary>
    public string ModelName { get; }

    /// <summary>Gets the payload checksum of the model the curves were fitted for.</summary>
    public uint PayloadChecksum { get; }

    /// <summary>Gets every curve.</summary>
    public IReadOnlyList<CalibrationCurve> Curves { get; }

    /// <summary>The calibration fitted for <paramref name="model"/>, or <see langword="null"/> for a model without one.</summary>
    public static ConfidenceCalibration? For(NewsModel? model)
    {
        if (model is null || model.PayloadChecksum == 0)
        {
            return null;
        }

        foreach (var calibration in ConfidenceCalibrationTables.All)
        {
            if (calibration.PayloadChecksum == model.PayloadChecksum)
            {
                return calibration;
            }
        }

        return null;
    }

    /// <summary>The calibrated confidence of a mention of <paramref name="kind"/> from <paramref name="source"/>.</summary>
    public float Map(EntityKind kind, EntitySource source, float raw)
    {
        var curve = _curves[Slot(kind, source)] ?? _curves[Slot(null, source)];
        if (curve is null && source is EntitySource.DefinedAcronym or EntitySource.GroupRepeat)
        {
            // An added acronym or repeat carries its name's tagger confidence: read it on the tagger's curve.
            curve = _curves[Slot(kind, EntitySource.Tagger)] ?? _curves[Slot(null, EntitySource.Tagger)];
        }

        return curve is null ? raw : curve.Map(raw);
    }

    /// <summary>Replaces every span's raw confidence by its calibrated one.</summary>
    public void Apply(Span<EntitySpan> spans)
    {
        foreach (ref var span in spans)
        {
            span = span with { Confidence = Map(span.Kind, span.Source, span.Confidence) };
        }
    }

    private static int Slot(EntityKind? kind, EntitySource source) =>
        ((int)source % SourceSlots * (KindSlots + 1)) + (kind is { } k ? (int)k % KindSlots : KindSlots);
}
