using NewsNlp.Custom.Patterns;
using NewsNlp.Input;

namespace NewsNlp.Custom;

/// <summary>Token pattern rules, each naming the kind its matches get, such as <c>ORGANIZATION</c> for
/// <c>[shape=Xxxx]+ "Army"</c>; used by <see cref="Pipeline.NewsPipelineBuilder.UsePatterns(TokenPatternSet)"/>.</summary>
/// <remarks>The grammar and its guarantees (linear-time matching, no backtracking) are in <c>docs/custom-entities.md</c>.
/// Patterns are parsed when added; a pipeline compiles them at <see cref="Pipeline.NewsPipelineBuilder.Build"/> time.</remarks>
public sealed class TokenPatternSet
{
    private readonly List<(PatternNode Pattern, RuleTarget Target)> _rules = [];

    /// <summary>Gets the number of rules.</summary>
    public int Count => _rules.Count;

    internal IReadOnlyList<(PatternNode Pattern, RuleTarget Target)> Rules => _rules;

    /// <summary>Gets the distinct output labels of the rules, upper case.</summary>
    internal IEnumerable<string> Labels => _rules.Select(static rule => rule.Target.Label).Distinct(StringComparer.Ordinal);

    /// <summary>Whether the rules compile, on their own, within <see cref="PatternProgram.MaxInstructions"/> instructions.</summary>
    internal bool Compiles() => CompileTogether([this]);

    /// <summary>Whether the rules of all <paramref name="sets"/> compile together, as a pipeline compiles them, within
    /// <see cref="PatternProgram.MaxInstructions"/> instructions.</summary>
    internal static bool CompileTogether(IEnumerable<TokenPatternSet> sets)
    {
        var program = new PatternProgram();
        int rule = 0;
        foreach (var set in sets)
        {
            foreach (var (pattern, _) in set._rules)
            {
                if (!program.TryAdd(pattern, rule++))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Returns a copy holding only the rules whose label <paramref name="keep"/> accepts.</summary>
    internal TokenPatternSet Where(Func<string, bool> keep)
    {
        var copy = new TokenPatternSet();
        copy._rules.AddRange(_rules.Where(rule => keep(rule.Target.Label)));
        return copy;
    }

    /// <summary>Adds a rule.</summary>
    /// <param name="kind">A built-in label (<c>ORGANIZATION</c>, <c>ORG</c>, ...) or a custom one (<c>WEAPON</c>).</param>
    /// <param name="pattern">The pattern, such as <c>[shape=Xxxx]+ "Army"</c>.</param>
    /// <returns>This set.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The kind is not a valid label.</exception>
    /// <exception cref="CustomEntityFormatException">The pattern is malformed; <see cref="InputFormatException.Column"/>
    /// points into <paramref name="pattern"/>, on line 1 of source <c>pattern</c>.</exception>
    public TokenPatternSet Add(string kind, string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var target = CustomLabels.Parse(kind, nameof(kind));
        _rules.Add((ParseOrThrow(pattern, "pattern", 1, 0), target));
        return this;
    }

    /// <summary>Parses rules, one a line: <c>KIND&lt;TAB&gt;pattern</c>; blank lines and lines starting with <c>#</c> are skipped.</summary>
    /// <param name="text">The rules.</param>
    /// <param name="sourceName">The name errors report, such as the file name.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="CustomEntityFormatException">A line is malformed; the message names the source, line and column.</exception>
    public static TokenPatternSet Parse(string text, string sourceName = "patterns")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        try
        {
            return Read(new StringReader(text), sourceName);
        }
        catch (InputFormatException ex) when (ex is not CustomEntityFormatException)
        {
            throw new CustomEntityFormatException(ex.SourceName, ex.LineNumber, ex.Column, ex.Reason);
        }
    }

    /// <summary>Reads a pattern file (see <see cref="Parse(string, string)"/> for the format).</summary>
    /// <param name="path">The file, UTF-8.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="CustomEntityFormatException">A line is malformed; the message names the file, line and column.</exception>
    /// <exception cref="CustomEntityFormatException">A line is malformed, longer than 16,777,216 characters, or the file is
    /// UTF-16 or UTF-32; the message names the file, line and column.</exception>
    /// <exception cref="IOException">The file cannot be read (missing, a directory, no permission).</exception>
    public static TokenPatternSet Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            return Read(SideFileReader.OpenText(path), path);
        }
        catch (InputFormatException ex) when (ex is not CustomEntityFormatException)
        {
            throw new CustomEntityFormatException(ex.SourceName, ex.LineNumber, ex.Column, ex.Reason);
        }
    }

    private static TokenPatternSet Read(TextReader reader, string sourceName)
    {
        var set = new TokenPatternSet();
        using var lines = new SideFileReader(reader, sourceName);
        while (lines.ReadLine() is { } line)
        {
            long lineNumber = lines.LineNumber;
            var content = line.AsSpan();
            if (content.IsWhiteSpace() || content.TrimStart()[0] == '#')
            {
                continue;
            }

            int tab = content.IndexOf('\t');
            if (tab < 0)
            {
                throw new CustomEntityFormatException(sourceName, lineNumber, content.Length + 1, "expected KIND<TAB>pattern, found no tab");
            }

            if (!CustomLabels.TryParse(content[..tab], out var target, out var error))
            {
                throw new CustomEntityFormatException(sourceName, lineNumber, 1, error);
            }

            set._rules.Add((ParseOrThrow(content[(tab + 1)..], sourceName, lineNumber, tab + 1), target));
        }

        return set;
    }

    private static PatternNode ParseOrThrow(ReadOnlySpan<char> pattern, string sourceName, long lineNumber, int offset) =>
        PatternParser.TryParse(pattern, out int column, out string error) is { } node
            ? node
            : throw new CustomEntityFormatException(sourceName, lineNumber, offset + column + 1, error);
}
