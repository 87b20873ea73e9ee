namespace NewsNlp.Models.English;

/// <summary>Locates the embedded English news model inside this assembly.</summary>
internal static class EnglishModelResources
{
    /// <summary>The manifest resource name of the model file.</summary>
    public const string ModelResourceName = "english-news.nnm";

    /// <summary>The manifest resource name of the openly licensed model file (trained only on commercially usable data).</summary>
    public const string OpenModelResourceName = "english-open.nnm";

    /// <summary>Opens the embedded model, or returns <see langword="null"/> when it was not built into this assembly.</summary>
    public static Stream? OpenModel() => typeof(EnglishModelResources).Assembly.GetManifestResourceStream(ModelResourceName);

    /// <summary>Opens the embedded openly licensed model, or returns <see langword="null"/> when it was not built into this assembly.</summary>
    public static Stream? OpenOpenModel() => typeof(EnglishModelResources).Assembly.GetManifestResourceStream(OpenModelResourceName);
}
