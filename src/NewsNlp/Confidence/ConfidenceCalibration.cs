using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Recognition;

namespace NewsNlp.Confidence;

/// <summary>Turns the raw confidences of one model's stages into calibrated probabilities (docs/confidence.md).</summary>
/// <remarks>
/// <para>A mention's probability depends on its own raw confidence and on how sure the tagger is of the document as a
/// whole: the same margin is right more often in clean news than in a tweet stream or a transcript. So documents fall in
/// bands by their <see cref="DocumentEase"/> (the mean raw confidence of the tagger's mentions), and each band has a
/// curve per kind and source. Lookup falls back from (band, kind) to (band, every kind), then to the curves fitted over
/// every band, then to the raw value. A source too rare in the fit data for a curve keeps its raw value: the rules'
/// constants, or, for an added acronym, its name's confidence read on the tagger's curve.</para>
/// <para>Applied to the merged output only, after every stage has run, so it never changes which entities are found. The
/// curves are fitted by <c>newsnlp calibrate</c> and kept in <see cref="ConfidenceCalibrationTables"/>, keyed by the model
/// file's payload checksum.</para>
/// </remarks>
internal sealed class ConfidenceCalibration
{
    /// <summary>The most document bands a calibration has.</summary>
    public const int MaxBands = 4;

    private const int KindSlots = 8;
    private const int SourceSlots = 8;

    // [(band + 1) * SourceSlots * (KindSlots + 1) + source * (KindSlots + 1) + kind]: band -1 holds the curves fitted over
    // every band, kind slot KindSlots the source's every-kind curve.
    private readonly CalibrationCurve?[] _curves = new CalibrationCurve?[(MaxBands + 1) * SourceSlots * (KindSlots + 1)];

    /// <param name="modelName">The name of the model the curves were fitted for.</param>
    /// <param name="payloadChecksum">The model's payload checksum.</param>
    /// <param name="bandLimits">The ascending document-ease limits between bands (band b holds ease below limit b).</param>
    /// <param name="curves">The curves.</param>
    public ConfidenceCalibration(string modelName, uint payloadChecksum, float[] bandLimits, CalibrationCurve[] curves)
    {
        if (bandLimits.Length >= MaxBands)
        {
            throw new ArgumentException($"At most {MaxBands} bands.", nameof(bandLimits));
        }

        ModelName = modelName;
        PayloadChecksum = payloadChecksum;
        BandLimits = bandLimits;
        Curves = curves;
        foreach (var curve in curves)
        {
            _curves[Slot(curve.Band, curve.Kind, curve.Source)] = curve;
        }
    }

    /// <summary>Gets the name of the model the curves were fitted for (for reports).</summary>
    public string ModelName { get; }

    /// <summary>Gets the payload checksum of the model the curves were fitted for.</summary>
    public uint PayloadChecksum { get; }

    /// <summary>Gets the ascending document-ease limits between bands.</summary>
    public float[] BandLimits { get; }

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

    /// <summary>The mean raw confidence of the tagger's mentions in a document (1 when it has none): how sure the tagger is
    /// of the document as a whole.</summary>
    public static float DocumentEase(ReadOnlySpan<EntitySpan> spans)
    {
        double sum = 0;
        int count = 0;
        foreach (var span in spans)
        {
            if (span.Source == EntitySource.Tagger)
            {
                sum += span.Confidence;
                count++;
            }
        }

        return count == 0 ? 1f : (float)(sum / count);
    }

    /// <summary>The band of a document of ease <paramref name="ease"/>.</summary>
    public int BandOf(float ease)
    {
        int band = 0;
        while (band < BandLimits.Length && ease >= BandLimits[band])
        {
            band++;
        }

        return band;
    }

    /// <summary>The calibrated confidence of a mention of <paramref name="kind"/> from <paramref name="source"/> in a
    /// document of band <paramref name="band"/>.</summary>
    public float Map(EntityKind kind, EntitySource source, float raw, int band)
    {
        var curve = Find(band, kind, source);
        if (curve is null && source is EntitySource.DefinedAcronym or EntitySource.GroupRepeat)
        {
            // An added acronym or repeat carries its name's tagger confidence: read it on the tagger's curve.
            curve = Find(band, kind, EntitySource.Tagger);
        }

        return curve is null ? raw : curve.Map(raw);
    }

    /// <summary>Replaces every span's raw confidence by its calibrated one.</summary>
    public void Apply(Span<EntitySpan> spans)
    {
        int band = BandOf(DocumentEase(spans));
        foreach (ref var span in spans)
        {
            span = span with { Confidence = Map(span.Kind, span.Source, span.Confidence, band) };
        }
    }

    private CalibrationCurve? Find(int band, EntityKind kind, EntitySource source) =>
        _curves[Slot(band, kind, source)] ?? _curves[Slot(band, null, source)]
        ?? _curves[Slot(-1, kind, source)] ?? _curves[Slot(-1, null, source)];

    private static int Slot(int band, EntityKind? kind, EntitySource source) =>
        ((Math.Clamp(band, -1, MaxBands - 1) + 1) * SourceSlots * (KindSlots + 1))
        + ((int)source % SourceSlots * (KindSlots + 1)) + (kind is { } k ? (int)k % KindSlots : KindSlots);
}
