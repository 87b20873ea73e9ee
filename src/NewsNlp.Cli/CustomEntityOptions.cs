using System.CommandLine;
using NewsNlp.Custom;
using NewsNlp.Custom.Patterns;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli;

/// <summary><c>--dictionary</c>, <c>--dictionary-ignore-case</c>, <c>--patterns</c> and <c>--dictionary-precedence</c>:
/// the user's own names and patterns (docs/custom-entities.md).</summary>
internal sealed class CustomEntityOptions
{
    private readonly Option<string[]> _dictionaries = new("--dictionary")
    {
        Description = "A dictionary file, repeatable: TSV lines phrase<TAB>KIND or JSONL {\"phrase\",\"kind\"} (by extension .tsv/.jsonl, else by "
            + "content). KIND is PERSON, ORGANIZATION, LOCATION, DATE, MISC or a custom label such as WEAPON, which becomes the output type.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> _ignoreCase = new("--dictionary-ignore-case")
    {
        Description = "Match dictionary phrases regardless of case. Default: exact case.",
    };

    private readonly Option<string[]> _patterns = new("--patterns")
    {
        Description = "A token pattern file, repeatable: lines KIND<TAB>pattern, such as ORGANIZATION<TAB>[shape=Xxxx]+ \"Army\".",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> _precedence = new("--dictionary-precedence")
    {
        Description = "override: a dictionary or pattern match replaces the model's entities it overlaps; fill-gaps: it is added only where "
            + "the model found nothing overlapping. Default: override.",
        DefaultValueFactory = _ => "override",
    };

    public CustomEntityOptions()
    {
        _precedence.AcceptOnlyFromAmong("override", "fill-gaps");
    }

    public IEnumerable<Option> All => [_dictionaries, _ignoreCase, _patterns, _precedence];

    /// <summary>Reads the files named on the command line; reports a malformed or unreadable file on stderr and returns false.</summary>
    public bool TryLoad(ParseResult result, string command, out CustomEntityRules rules)
    {
        rules = new CustomEntityRules(result.GetValue(_precedence) == "fill-gaps" ? DictionaryPrecedence.FillGaps : DictionaryPrecedence.Override);
        bool ignoreCase = result.GetValue(_ignoreCase);
        string? current = null;
        try
        {
            // A file named twice is read once: its entries would only repeat (the first entry of a phrase wins anyway).
            foreach (var path in Distinct(result.GetValue(_dictionaries)))
            {
                current = path;
                rules.Dictionaries.Add((path, EntityDictionary.Load(path, ignoreCase)));
            }

            foreach (var path in Distinct(result.GetValue(_patterns)))
            {
                current = path;
                var patterns = TokenPatternSet.Load(path);
                if (!patterns.Compiles())
                {
                    CliErrors.Report($"newsnlp {command}: {path}: the patterns compile to more than {PatternProgram.MaxInstructions:N0} instructions; "
                        + "use fewer or smaller counted repetitions (docs/custom-entities.md).");
                    return false;
                }

                rules.Patterns.Add((path, patterns));
            }

            if (rules.Patterns.Count > 1 && !TokenPatternSet.CompileTogether(rules.Patterns.Select(static p => p.Patterns)))
            {
                CliErrors.Report($"newsnlp {command}: the patterns of {string.Join(", ", rules.Patterns.Select(static p => p.Path))} together compile to more than "
                    + $"{PatternProgram.MaxInstructions:N0} instructions; use fewer or smaller counted repetitions (docs/custom-entities.md).");
                return false;
            }

            return true;
        }
        catch (CustomEntityFormatException ex)
        {
            CliErrors.Report($"newsnlp {command}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            CliErrors.Report($"newsnlp {command}: cannot read {current}: {ex.Message}");
        }

        return false;
    }

    private static IEnumerable<string> Distinct(string[]? paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths ?? [])
        {
            if (seen.Add(Path.GetFullPath(path)))
            {
                yield return path;
            }
        }
    }
}

/// <summary>The dictionaries and patterns read from the command line, each with its file name.</summary>
internal sealed class CustomEntityRules(DictionaryPrecedence precedence)
{
    public DictionaryPrecedence Precedence { get; } = precedence;

    public List<(string Path, EntityDictionary Dictionary)> Dictionaries { get; } = [];

    public List<(string Path, TokenPatternSet Patterns)> Patterns { get; } = [];

    public bool IsEmpty => Dictionaries.Count == 0 && Patterns.Count == 0;

    /// <summary>Every label the files define, upper case.</summary>
    public HashSet<string> Labels()
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, dictionary) in Dictionaries)
        {
            labels.UnionWith(dictionary.Labels);
        }

        foreach (var (_, patterns) in Patterns)
        {
            labels.UnionWith(patterns.Labels);
        }

        return labels;
    }

    /// <summary>Adds the rules to <paramref name="builder"/>; with <c>--kinds</c>, only those of the listed labels, and a note on
    /// stderr names each file whose labels were left out, so nothing is dropped silently.</summary>
    public void AddTo(NewsPipelineBuilder builder, IReadOnlySet<string>? selected, string command)
    {
        builder.WithDictionaryPrecedence(Precedence);
        foreach (var (path, dictionary) in Dictionaries)
        {
            var used = selected is null ? dictionary : dictionary.Where(selected.Contains);
            Note(path, dictionary.Labels, selected, command);
            builder.UseDictionary(used);
        }

        foreach (var (path, patterns) in Patterns)
        {
            var used = selected is null ? patterns : patterns.Where(selected.Contains);
            Note(path, patterns.Labels, selected, command);
            builder.UsePatterns(used);
        }
    }

    private static void Note(string path, IEnumerable<string> labels, IReadOnlySet<string>? selected, string command)
    {
        if (selected is null)
        {
            return;
        }

        var left = labels.Where(label => !selected.Contains(label)).Order(StringComparer.Ordinal).ToArray();
        if (left.Length > 0)
        {
            CliErrors.Report($"newsnlp {command}: note: --kinds leaves out {string.Join(",", left)} of {path}; those entries are not used.");
        }
    }
}
