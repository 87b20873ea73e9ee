using System.Reflection;
using NewsNlp.Pipeline;
using NewsNlp.Training;

namespace NewsNlp.Tests.Architecture;

/// <summary>The runtime core carries no training code, and the training package builds on the core, not the reverse.</summary>
public sealed class AssemblyBoundaryTests
{
    private static readonly Assembly s_core = typeof(NewsPipeline).Assembly;
    private static readonly Assembly s_training = typeof(NerTrainer).Assembly;

    [Fact]
    public void Core_and_training_are_separate_assemblies()
    {
        Assert.NotEqual(s_core, s_training);
        Assert.Equal("NewsNlp", s_core.GetName().Name);
        Assert.Equal("NewsNlp.Training", s_training.GetName().Name);
    }

    [Fact]
    public void Core_does_not_reference_training()
    {
        var references = s_core.GetReferencedAssemblies().Select(name => name.Name).ToArray();

        Assert.DoesNotContain("NewsNlp.Training", references);
        Assert.DoesNotContain("NewsNlp.Cli", references);
    }

    [Fact]
    public void Core_has_no_type_in_the_training_namespace()
    {
        var trainingTypes = s_core.GetTypes()
            .Where(type => type.Namespace is not null && type.Namespace.StartsWith("NewsNlp.Training", StringComparison.Ordinal))
            .Select(type => type.FullName)
            .ToArray();

        Assert.Empty(trainingTypes);
    }

    [Fact]
    public void Core_public_types_live_in_the_runtime_namespaces()
    {
        string[] runtime = ["NewsNlp.Pipeline", "NewsNlp.Entities", "NewsNlp.Custom", "NewsNlp.Input", "NewsNlp.Tokenization", "NewsNlp.Dates", "NewsNlp.Models", "Microsoft.Extensions.DependencyInjection"];

        var strays = s_core.GetExportedTypes().Where(type => !runtime.Contains(type.Namespace)).Select(type => type.FullName).ToArray();

        Assert.Empty(strays);
    }

    [Fact]
    public void Training_public_types_live_in_the_training_namespace()
    {
        var strays = s_training.GetExportedTypes().Where(type => type.Namespace != "NewsNlp.Training").Select(type => type.FullName).ToArray();

        Assert.Empty(strays);
        Assert.NotEmpty(s_training.GetExportedTypes());
    }
}
