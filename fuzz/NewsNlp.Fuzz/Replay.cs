namespace NewsNlp.Fuzz;

/// <summary>Runs saved inputs through a target in one process: triage of afl-fuzz findings and a quick corpus check.</summary>
internal static class Replay
{
    public static int Run(Action<byte[]> target, IEnumerable<string> paths)
    {
        int files = 0;
        int failures = 0;
        foreach (var path in paths)
        {
            IEnumerable<string> inputs = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(static f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)
                : [path];
            foreach (var file in inputs)
            {
                files++;
                try
                {
                    target(File.ReadAllBytes(file));
                }
                catch (Exception e)
                {
                    failures++;
                    var frame = new System.Diagnostics.StackTrace(e, fNeedFileInfo: false).GetFrame(0)?.GetMethod();
                    Console.WriteLine($"FAIL {file}: {e.GetType().Name}: {e.Message} at {frame?.DeclaringType?.Name}.{frame?.Name}");
                }
            }
        }

        Console.WriteLine($"{files} inputs, {failures} failures");
        return failures == 0 ? 0 : 1;
    }
}
