using NewsNlp.Models;

namespace NewsNlp.Models.English.Research;

/// <summary>The research-only English news model: trained on CoNLL-2003 and GMB besides the openly licensed corpora, it
/// also finds <c>MISC</c> names and scores higher on CoNLL-style newswire. Research and evaluation use only
/// (this package's LICENSE.txt).</summary>
/// <example><code>var pipeline = new NewsPipelineBuilder().UseModel(EnglishResearchModel.Model).Build();</code></example>
public static class EnglishResearchModel
{
    private const string ResourceName = "english-news.nnm";

    private static readonly Lazy<NewsModel> s_model = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the model, loaded once per process on first use.</summary>
    /// <exception cref="InvalidOperationException">The model file was not built into this assembly.</exception>
    public static NewsModel Model => s_model.Value;

    private static NewsModel Load()
    {
        using var stream = typeof(EnglishResearchModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The research model resource '{ResourceName}' is missing from {typeof(EnglishResearchModel).Assembly.GetName().Name}.");
        return NewsModel.Load(stream);
    }
}
