namespace NewsNlp.Models.English;

/// <summary>Locates the embedded English news model inside this assembly.</summary>
internal static class EnglishModelResources
{
    /// <summary>The manifest resource name of the model file: the openly licensed model of <c>recipes/english-open.json</c>.</summary>
    public const string ModelResourceName = "english-open.nnm";

    /// <summary>Opens the embedded model, or returns <see langword="null"/> when it was not built into this assembly.</summary>
    public static Stream? OpenModel() => typeof(EnglishModelResources).Assembly.GetManifestResourceStream(ModelResourceName);
}
