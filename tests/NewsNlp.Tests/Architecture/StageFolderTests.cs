using System.Reflection;
using NewsNlp.Confidence;
using NewsNlp.Entities;
using NewsNlp.Groups;
using NewsNlp.Pipeline;
using NewsNlp.Tagging;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Architecture;

/// <summary>The core keeps one stage per folder: no folder grows into a room where stages mix, and each internal type
/// lives in the namespace of its folder.</summary>
public sealed class StageFolderTests
{
    private const int MaxFolderLines = 3000;

    private static readonly string s_core = Path.Combine(SharedData.RepositoryRoot, "src", "NewsNlp");

    [Fact]
    public void No_core_folder_holds_more_than_its_share_of_lines()
    {
        foreach (var folder in Directory.GetDirectories(s_core).Where(static d => !IsBuildOutput(d)))
        {
            int lines = Directory.GetFiles(folder, "*.cs").Sum(static file => File.ReadLines(file).Count());
            Assert.True(lines <= MaxFolderLines, $"{Path.GetFileName(folder)}/ holds {lines} lines of C# (at most {MaxFolderLines})");
        }
    }

    [Fact]
    public void Tagger_calibration_and_grouping_are_separate_stages()
    {
        string?[] namespaces = [typeof(PerceptronTagger).Namespace, typeof(ConfidenceCalibration).Namespace, typeof(EntityGrouping).Namespace];

        Assert.Equal(namespaces.Length, namespaces.Distinct().Count());
        Assert.DoesNotContain(typeof(Entity).Namespace, namespaces);
    }

    [Fact]
    public void Each_core_source_file_declares_the_namespace_of_its_folder_or_a_public_type()
    {
        var core = typeof(NewsPipeline).Assembly;
        foreach (var file in Directory.GetFiles(s_core, "*.cs", SearchOption.AllDirectories).Where(static f => !IsBuildOutput(f)))
        {
            var relative = Path.GetRelativePath(s_core, Path.GetDirectoryName(file)!);
            if (relative == ".")
            {
                continue;
            }

            string expected = "NewsNlp." + relative.Replace(Path.DirectorySeparatorChar, '.');
            string? declared = File.ReadLines(file).FirstOrDefault(static line => line.StartsWith("namespace ", StringComparison.Ordinal))?["namespace ".Length..].TrimEnd(';');
            string typeName = Path.GetFileNameWithoutExtension(file).Split('.')[0];

            // Public types keep the namespaces of the shipped API, whatever folder holds them.
            bool isPublic = declared is not null && core.GetType(declared + "." + typeName) is { IsPublic: true };
            Assert.True(declared == expected || isPublic, $"{Path.GetRelativePath(s_core, file)} declares namespace {declared}, its folder is {expected}");
        }
    }

    private static bool IsBuildOutput(string path)
    {
        var relative = Path.GetRelativePath(s_core, path).Split(Path.DirectorySeparatorChar)[0];
        return relative is "bin" or "obj";
    }
}
