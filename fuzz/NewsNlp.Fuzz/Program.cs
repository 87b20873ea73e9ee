using NewsNlp.Fuzz;
using NewsNlp.Fuzz.Targets;
using SharpFuzz;

// Entry point of the fuzzing harness; see README.md beside this file for the commands.
if (args.Length == 2 && args[0] == "seed")
{
    SeedModels.Write(args[1]);
    return 0;
}

if (args.Length >= 3 && args[0] == "replay" && FuzzTargets.All.TryGetValue(args[1], out var replayed))
{
    return Replay.Run(replayed, args[2..]);
}

if (args.Length == 1 && FuzzTargets.All.TryGetValue(args[0], out var target))
{
    // afl-fuzz's persistent mode: one process runs input after input (afl-tmin and afl-cmin drive it the same way).
    Fuzzer.Run(stream =>
    {
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target(buffer.ToArray());
    });
    return 0;
}

return Usage();

static int Usage()
{
    Console.Error.WriteLine($"""
        usage: NewsNlp.Fuzz <target>                     run under afl-fuzz, afl-tmin or afl-cmin
               NewsNlp.Fuzz replay <target> <path>...   run files or folders in-process and report each failure
               NewsNlp.Fuzz seed <directory>            write the seed model files
        targets: {string.Join(", ", FuzzTargets.All.Keys)}
        """);
    return 2;
}
