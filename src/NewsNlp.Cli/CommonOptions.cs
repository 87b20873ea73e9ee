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

    /// <summary><c>--kinds</c>, the option name every command uses for entity kinds; <c>--types</c> is kept as an alias.</summary>
    public static Option<string[]> Kinds() => new("--kinds", "--types")
    {
        Description = "Entity kinds to emit (alias --types), comma-separated or repeated: PERSON, ORGANIZATION, LOCATION, DATE, MISC, or a kind a --dictionary "
            + "or --patterns file defines. Default: all but MISC, and every kind the dictionaries and patterns define.",
    };

    public static Option<string?> ReferenceDate() => new("--reference-date")
    {
        Description = "The documents' date (yyyy-MM-dd), used to resolve relative dates such as 'yesterday'. A JSONL \"date\" field overrides it.",
    };

    /// <summary>The default of <c>--max-chars</c>: about 1.5 M words, a thousand times a long news story and longer than
    /// almost any book, while the analysis of one document this long still fits an ordinary machine (docs/reliability.md
    /// has the measured peak).</summary>
    public const int DefaultMaxChars = 10_000_000;

    public static Option<int> MaxChars()
    {
        var option = new Option<int>("--max-chars")
        {
            Description = "The longest document accepted, in UTF-16 characters; a longer JSONL text is rejected with a message and the "
                + "rest goes on, and plain text is analysed in pieces of at most this size. Default: 10000000.",
            DefaultValueFactory = _ => DefaultMaxChars,
        };
        option.CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (!int.TryParse(text, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out int value) || value < 1)
            {
                result.AddError($"--max-chars '{text}' is not a whole number from 1 to {int.MaxValue}.");
                return DefaultMaxChars;
            }

            return value;
        };
        return option;
    }

    /// <summary><c>--min-confidence X</c>: entities whose confidence is below X are not written; X from 0 to 1.</summary>
    public static Option<float> MinConfidence()
    {
        var option = new Option<float>("--min-confidence")
        {
            Description = "Leave out entities whose confidence (a calibrated probability, docs/confidence.md) is below this value, from 0 to 1. Default: 0.",
            DefaultValueFactory = _ => 0f,
        };
        option.CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (!float.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out float value)
                || !float.IsFinite(value) || value < 0f || value > 1f)
            {
                result.AddError($"--min-confidence '{text}' is not a number from 0 to 1.");
                return 0f;
            }

            return value;
        };
        return option;
    }

    public static bool TryParseTypes(string[]? values, out EntityKindSet kinds, out string error) =>
        TryParseTypes(values, new HashSet<string>(), out kinds, out _, out error);

    /// <summary>Parses <c>--kinds</c>: built-in labels go to <paramref name="kinds"/>; with dictionaries or patterns loaded, the
    /// labels they define may be listed too. <paramref name="selected"/> is every listed label (upper case), or
    /// <see langword="null"/> when <c>--kinds</c> was not given.</summary>
    public static bool TryParseTypes(string[]? values, IReadOnlySet<string> customLabels, out EntityKindSet kinds, out HashSet<string>? selected, out string error)
    {
        kinds = EntityKindSet.Default;
        selected = null;
        error = "";
        if (values is null || values.Length == 0)
        {
            return true;
        }

        int bits = 0;
        selected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (EntityKindLabels.TryParse(part, out var kind))
                {
                    bits |= 1 << (int)kind;
                    selected.Add(kind.ToLabel());
                }
                else if (customLabels.Contains(part.ToUpperInvariant()))
                {
                    selected.Add(part.ToUpperInvariant());
                }
                else
                {
                    error = customLabels.Count == 0
                        ? $"Unknown entity kind '{part}'. Use PERSON, ORGANIZATION, LOCATION, DATE or MISC."
                        : $"Unknown entity kind '{part}'. Use PERSON, ORGANIZATION, LOCATION, DATE, MISC or a kind the dictionaries and patterns define ({string.Join(",", customLabels.Order(StringComparer.Ordinal))}).";
                    return false;
                }
            }
        }

        kinds = new EntityKindSet(bits);
        if (selected.Count == 0)
        {
            error = "--kinds names no entity kind.";
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
            error = $"--reference-date '{value}' is not a yyyy-MM-dd date from 0002-01-01 to 9997-12-31.";
            return false;
        }

        date = parsed;
        return true;
    }
}
