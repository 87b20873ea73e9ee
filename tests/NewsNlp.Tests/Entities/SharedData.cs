namespace NewsNlp.Tests.Entities;

/// <summary>Finds the shared sample folder (<c>../shared/samples</c>) above the test binaries, when it exists.</summary>
internal static class SharedData
{
    public static string? FindSample(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "samples", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
