using NewsNlp.Input;

namespace NewsNlp.Cli;

/// <summary>Parses <c>--fold-models MODEL=PATH</c> values: for each model name, the path of its cross-validation fold
/// models with <c>{k}</c> standing for the fold number.</summary>
internal static class FoldModelPatterns
{
    /// <summary>The path of fold <paramref name="fold"/>'s model: <paramref name="pattern"/> with <c>{k}</c> replaced.</summary>
    public static string PathOf(string pattern, int fold) =>
        pattern.Replace("{k}", fold.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Parses every value; on failure, <paramref name="problem"/> says which value and why.</summary>
    public static bool TryParse(IEnumerable<string> values, out Dictionary<string, string> patterns, out string? problem)
    {
        patterns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string value in values)
        {
            int equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !value.AsSpan(equals + 1).Contains("{k}", StringComparison.Ordinal))
            {
                problem = $"--fold-models {Quoted.Text(value)}: expected MODEL=PATH with {{k}} for the fold number (open=cv/fold-{{k}}.nnm)";
                return false;
            }

            if (!patterns.TryAdd(value[..equals], value[(equals + 1)..]))
            {
                problem = $"--fold-models names {Quoted.Text(value.AsSpan(0, equals))} twice";
                return false;
            }
        }

        problem = null;
        return true;
    }
}
