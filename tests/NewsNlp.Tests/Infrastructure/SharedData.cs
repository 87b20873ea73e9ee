namespace NewsNlp.Tests.Infrastructure;

/// <summary>Finds the read-only <c>shared/</c> folder that sits beside the repository (corpora and the seed sample).</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> s_root = new(FindRoot);

    /// <summary>The repository root (the folder holding NewsNlp.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared folder, or null where it is absent.</summary>
    public static string? Root => s_root.Value;

    /// <summary>Returns the path of a file under shared/, or skips the calling test visibly when it is absent.</summary>
    public static string RequireFile(string relativePath)
    {
        var path = Root is null ? null : Path.Combine(Root, relativePath);
        if (path is null || !File.Exists(path))
        {
            Assert.Skip($"../shared/{relativePath} is not available on this machine.");
        }

        return path!;
    }

    private static string? FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NEWSNLP_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var beside = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(beside) ? beside : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsNlp.sln was not found above " + AppContext.BaseDirectory);
    }
}
