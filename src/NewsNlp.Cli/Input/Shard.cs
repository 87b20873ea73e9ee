using System.CommandLine;
using System.Globalization;

namespace NewsNlp.Cli.Input;

/// <summary><c>--shard i/n</c>: one of <see cref="Count"/> processes over the same input keeps the lines whose 0-based
/// index modulo <see cref="Count"/> is <see cref="Index"/>.</summary>
/// <remarks>The split depends only on line positions, so n processes (a Slurm job array, a Kubernetes Indexed Job) each
/// run over the whole input and together emit every document exactly once, with the ids and line numbers a single run
/// gives.</remarks>
internal readonly record struct Shard(int Index, int Count)
{
    public static Option<Shard?> CreateOption() => new("--shard")
    {
        Description = "Process only the JSONL lines i, i+n, i+2n, ... (0-based line index modulo n equals i), for n parallel runs over one input; e.g. --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT. Requires --jsonl.",
        HelpName = "i/n",
        CustomParser = static result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (TryParse(text, out var shard, out var error))
            {
                return shard;
            }

            result.AddError(error);
            return null;
        },
    };

    public static bool TryParse(string text, out Shard shard, out string error)
    {
        shard = default;
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            error = $"--shard '{text}' is not of the form i/n (for example 0/4).";
            return false;
        }

        if (count < 1 || index >= count)
        {
            error = $"--shard '{text}': n must be at least 1 and i between 0 and n-1 (job-array indices start at 0).";
            return false;
        }

        shard = new Shard(index, count);
        error = "";
        return true;
    }

    public bool Includes(long lineIndex) => lineIndex % Count == Index;

    /// <summary>Wraps <paramref name="reader"/> so that it yields this shard's lines and an empty line in place of each
    /// other line: the JSONL reader skips blank lines, and its line numbers stay those of the whole input.</summary>
    public TextReader Filter(TextReader reader) => new ShardLineReader(reader, this);
}
