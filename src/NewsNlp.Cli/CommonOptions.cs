using System.CommandLine;
using NewsNlp.Cli.Input;
using NewsNlp.Entities;

namespace NewsNlp.Cli;

/// <summary>Options shared by the commands that analyse text.</summary>
internal static class CommonOptions
{
    public static Argument<string?> InputFile() => new("file")
    {
        Description = "The input file; '-' or nothing reads standard input.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Option<string?> Model() => new("--model")
    {
        Description = ModelChoice.Description,
    };

    public static Option<string[]> Types() => new("--types")
    {
        Description = "Entity types to emit, comma-separated or repeated: PERSON, ORGANIZATION, LOCATION, DATE, MISC. Default: all but MISC.",
    };

    public static Option<string?> ReferenceDate() => new("--reference-date")
    {
        Description = "The documents' date (yyyy-MM-dd), used to resolve relative dates such as 'yesterday'. A JSONL \"date\" field overrides it.",
    };

    public static bool TryParseTypes(string[]? values, out EntityKindSet kinds, out string error)
    {
        kinds = EntityKindSet.Default;
        error = "";
        if (values is null || values.Length == 0)
        {
            return true;
        }

        int bits = 0;
        foreach (var value in values)
        {
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!EntityKindLabels.TryParse(part, out var kind))
                {
                    error = $"Unknown entity type '{part}'. Use PERSON, ORGANIZATION, LOCATION, DATE or MISC.";
                    return false;
                }

                bits |= 1 << (int)kind;
            }
        }

        kinds = new EntityKindSet(bits);
        if (kinds.IsEmpty)
        {
            error = "--types names no entity type.";
            return false;
        }

        return true;
    }

    public static bool TryParseReferenceDate(string? value, out DateOnly? date, out string error)
    {
        date = null;
        error = "";
        if (value is null)
        {
            return true;
        }

        if (!JsonlDocumentReader.TryParseDate(value, out var parsed))
        {
            error = $"--reference-date '{value}' is not a yyyy-MM-dd date.";
            return false;
        }

        date = parsed;
        return true;
    }
}
