using NewsNlp.Confidence;
using NewsNlp.Models;
using NewsNlp.Models.English.Research;
using NewsNlp.Pipeline;
using NewsNlp.Recognition;

namespace NewsNlp.Tests.Confidence;

/// <summary>The shipped calibration: found for both embedded models through the real loader, monotone, and without effect
/// on which entities are found.</summary>
public sealed class ConfidenceCalibrationTests
{
    public static TheoryData<string> Models => new() { "open", "research" };

    private static NewsModel Load(string name) => name == "open" ? NewsModel.English : EnglishResearchModel.Model;

    [Theory]
    [MemberData(nameof(Models))]
    public void Each_embedded_model_has_a_calibration_keyed_by_its_payload(string name)
    {
        // Fails when a model file is replaced without refitting (newsnlp calibrate): its checksum no longer matches.
        var model = Load(name);
        var calibration = ConfidenceCalibration.For(model);
        Assert.NotNull(calibration);
        Assert.Equal(model.Name, calibration.ModelName);
        Assert.Contains(calibration.Curves, c => c.Source == EntitySource.Tagger && c.Band < 0 && c.Kind is null);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_curve_is_a_non_decreasing_probability(string name)
    {
        var calibration = ConfidenceCalibration.For(Load(name))!;
        foreach (var curve in calibration.Curves)
        {
            float previous = 0f;
            for (int step = 0; step <= 1000; step++)
            {
                float p = curve.Map(step / 1000f);
                Assert.InRange(p, 0f, 1f);
                Assert.True(p >= previous - 1e-6f, $"{curve.Kind} {curve.Source} band {curve.Band}: {p} after {previous} at {step / 1000f}");
                previous = p;
            }
        }
    }

    [Fact]
    public void A_model_without_a_fitted_calibration_keeps_raw_confidences()
    {
        Assert.Null(ConfidenceCalibration.For(null));
    }

    [Fact]
    public void Curves_interpolate_between_knots_and_stay_flat_beyond_them()
    {
        var curve = new CalibrationCurve(-1, null, EntitySource.Tagger, [0.2f, 0.6f], [0.1f, 0.5f]);
        Assert.Equal(0.1f, curve.Map(0f));
        Assert.Equal(0.3f, curve.Map(0.4f), 5);
        Assert.Equal(0.5f, curve.Map(0.99f));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Calibration_changes_no_entity_only_confidences(string name)
    {
        var model = Load(name);
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "harbour-rail-deal.txt"));
        var calibrated = new NewsPipelineBuilder().UseModel(model).Build().Analyze(text).Entities;
        var raw = new NewsPipelineBuilder().UseModel(model).WithRawConfidence().Build().Analyze(text).Entities;

        Assert.Equal(raw.Select(e => (e.Kind, e.Start, e.End, e.Value)), calibrated.Select(e => (e.Kind, e.Start, e.End, e.Value)));
        Assert.Contains(calibrated.Zip(raw), pair => pair.First.Confidence != pair.Second.Confidence);
        Assert.All(calibrated, e => Assert.InRange(e.Confidence, 0f, 1f));
    }
}
