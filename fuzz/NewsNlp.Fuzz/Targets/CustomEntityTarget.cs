using NewsNlp.Custom;
using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Fuzz.Targets;

/// <summary>Fuzz targets: dictionary files and token pattern files, read from the input, then compiled and run over the
/// input itself and a probe sentence.</summary>
/// <remarks>Defined behaviour: a malformed file throws only <see cref="CustomEntityFormatException"/>; patterns too large to
/// compile throw only <see cref="ArgumentException"/> at build; a built pipeline's output keeps the document invariants of
/// <see cref="OffsetChecks"/>, custom kinds included.</remarks>
internal static class CustomEntityTarget
{
    private const string Probe = "The Baloch Liberation Army said an AK-47 was found near Quetta, Minister Ada Obi told reporters in 2026.";

    private static readonly EntityKindSet s_everyKind = new(-1);

    public static void RunDictionary(ReadOnlySpan<byte> data)
    {
        string text = FuzzText.Decode(data);
        EntityDictionary dictionary;
        try
        {
            dictionary = EntityDictionary.Read(new StringReader(text), "fuzz", ignoreCase: data.Length % 2 == 0);
        }
        catch (CustomEntityFormatException)
        {
            return;
        }

        Check(new NewsPipelineBuilder().WithoutNames().UseDictionary(dictionary).Build(), text);
    }

    public static void RunPatterns(ReadOnlySpan<byte> data)
    {
        string text = FuzzText.Decode(data);
        NewsPipeline pipeline;
        try
        {
            pipeline = new NewsPipelineBuilder().WithoutNames().UsePatterns(TokenPatternSet.Parse(text, "fuzz")).Build();
        }
        catch (CustomEntityFormatException)
        {
            return;
        }
        catch (ArgumentException ex) when (ex.Message.Contains("instructions", StringComparison.Ordinal))
        {
            return;
        }

        Check(pipeline, text);
    }

    private static void Check(NewsPipeline pipeline, string text)
    {
        OffsetChecks.Document(pipeline.Analyze(text), s_everyKind);
        OffsetChecks.Document(pipeline.Analyze(Probe), s_everyKind);
    }
}
