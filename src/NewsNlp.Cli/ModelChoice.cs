using NewsNlp.Models;
using NewsNlp.Models.English.Research;

namespace NewsNlp.Cli;

/// <summary>What <c>--model</c> names: a model file, or one of the two embedded English models by name.</summary>
internal static class ModelChoice
{
    /// <summary>The help text of every <c>--model</c> option.</summary>
    public const string Description =
        "The model: 'open' (default: the openly licensed English model, CC BY-SA 4.0), 'research' (the research-only English model trained with CoNLL-2003 and GMB, which also finds MISC) or a model file.";

    /// <summary>Loads the model <paramref name="value"/> names.</summary>
    /// <exception cref="ModelFormatException">The file is not a valid model.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static NewsModel Load(string? value) => value switch
    {
        null or "" or "open" => NewsModel.English,
        "research" => EnglishResearchModel.Model,
        _ => NewsModel.Load(value),
    };
}
