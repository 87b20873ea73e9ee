using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli;

/// <summary><c>newsnlp --version</c>: the versions of the tool, of the NewsNlp library and of the embedded default model,
/// one per line, so that a run's output can be traced to the exact model that produced it.</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    private const string ModelAssemblyName = "NewsNlp.Models.English";

    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine($"newsnlp {VersionOf(typeof(VersionAction).Assembly)}");
        output.WriteLine($"NewsNlp {VersionOf(typeof(NewsPipeline).Assembly)}");
        try
        {
            var model = NewsModel.English;
            var package = Assembly.Load(new AssemblyName(ModelAssemblyName));
            output.WriteLine($"model {model.Name} ({ModelAssemblyName} {VersionOf(package)}{Describe(model)})");
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ModelFormatException or IOException)
        {
            parseResult.InvocationConfiguration.Error.WriteLine($"newsnlp: cannot load the default model: {ex.Message}");
            return ExitCodes.CannotRun;
        }
    }

    private static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString()
        ?? "unknown";

    private static string Describe(NewsModel model)
    {
        var parts = new List<string>();
        if (model.Metadata.TryGetValue("recipe", out var recipe))
        {
            parts.Add("recipe " + recipe);
        }

        if (model.Metadata.TryGetValue("train", out var train))
        {
            parts.Add("trained on " + train);
        }

        return parts.Count == 0 ? "" : "; " + string.Join("; ", parts);
    }
}
