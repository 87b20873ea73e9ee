using NewsNlp.Input;
using NewsNlp.Tokenization;

namespace NewsNlp.Custom;

/// <summary>A list of phrases, each with the kind it names (<c>PERSON</c>, <c>ORGANIZATION</c>, or a custom kind such as
/// <c>WEAPON</c>), matched on token boundaries by a pipeline built with
/// <see cref="Pipeline.NewsPipelineBuilder.UseDictionary(EntityDictionary)"/>.</summary>
/// <remarks>
/// Phrases are tokenized by <see cref="NewsTokenizer"/>, so they match exactly where the same tokens occur in the text:
/// <c>BLA</c> matches in <c>BLA’s</c>, <c>Al-Shabaab</c> matches <c>Al-Shabaab</c> but not <c>Al Shabaab</c>, and the
/// spaces between words are not compared, though a match never crosses a line break. The first entry of a repeated phrase
/// wins. The dictionary is mutable and not thread-safe; a pipeline compiles it at
/// <see cref="Pipeline.NewsPipelineBuilder.Build"/> time, so later changes do not affect pipelines already built. See
/// <c>docs/custom-entities.md</c>.
/// </remarks>
public sealed class EntityDictionary
{
    /// <summary>The most tokens a phrase may have; the bound keeps matching linear in the text.</summary>
    public const int MaxPhraseTokens = 32;

    private readonly List<string> _phrases = [];
    private readonly List<RuleTarget> _targets = [];
    private readonly Dictionary<string, RuleTarget> _targetsByLabel = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes an empty dictionary.</summary>
    /// <param name="ignoreCase">Whether phrases match regardless of case (<c>zürich</c> matches <c>Zürich</c> and <c>ZÜRICH</c>).</param>
    public EntityDictionary(bool ignoreCase = false)
    {
        IgnoreCase = ignoreCase;
    }

    /// <summary>Gets whether phrases match regardless of case (invariant, per UTF-16 code unit).</summary>
    public bool IgnoreCase { get; }

    /// <summary>Gets the number of phrases added.</summary>
    public int Count => _phrases.Count;

    /// <summary>Gets the distinct output labels of the phrases, upper case (<c>PERSON</c>, <c>WEAPON</c>).</summary>
    public IReadOnlyCollection<string> Labels => _targetsByLabel.Keys;

    internal IReadOnlyList<string> Phrases => _phrases;

    internal IReadOnlyList<RuleTarget> Targets => _targets;

    /// <summary>Adds one phrase.</summary>
    /// <param name="phrase">The phrase, at least one and at most <see cref="MaxPhraseTokens"/> tokens.</param>
    /// <param name="kind">A built-in label (<c>PERSON</c>, <c>ORG</c>, ...) or a custom one: letters, digits, <c>_</c> and
    /// <c>-</c>, starting with a letter, at most 40 characters; custom labels are upper-cased.</param>
    /// <returns>This dictionary.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The phrase has no token or too many, or the kind is not a valid label.</exception>
    public EntityDictionary Add(string phrase, string kind)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var target = Target(kind, nameof(kind));
        if (CheckPhrase(phrase) is { } error)
        {
            throw new ArgumentException(error, nameof(phrase));
        }

        _phrases.Add(phrase);
        _targets.Add(target);
        return this;
    }

    /// <summary>Adds phrases that all name <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind, as for <see cref="Add(string, string)"/>.</param>
    /// <param name="phrases">The phrases.</param>
    /// <returns>This dictionary.</returns>
    /// <exception cref="ArgumentNullException">An argument or a phrase is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A phrase has no token or too many, or the kind is not a valid label.</exception>
    public EntityDictionary AddRange(string kind, IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var target = Target(kind, nameof(kind));
        foreach (var phrase in phrases)
        {
            ArgumentNullException.ThrowIfNull(phrase, nameof(phrases));
            if (CheckPhrase(phrase) is { } error)
            {
                throw new ArgumentException(error, nameof(phrases));
            }

            _phrases.Add(phrase);
            _targets.Add(target);
        }

        return this;
    }

    /// <summary>Reads a dictionary file: TSV lines <c>phrase&lt;TAB&gt;KIND</c>, or JSONL lines <c>{"phrase":…,"kind":…}</c>.</summary>
    /// <param name="path">The file; <c>.jsonl</c> and <c>.json</c> are read as JSONL, <c>.tsv</c>, <c>.tab</c> and
    /// <c>.txt</c> as TSV, any other name by its first entry (a line starting with <c>{</c> means JSONL).</param>
    /// <param name="ignoreCase">Whether the phrases match regardless of case.</param>
    /// <returns>The dictionary.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="CustomEntityFormatException">A line is malformed, longer than 16,777,216 characters, or the file is
    /// UTF-16 or UTF-32; the message names the file, line and column.</exception>
    /// <exception cref="IOException">The file cannot be read (missing, a directory, no permission).</exception>
    public static EntityDictionary Load(string path, bool ignoreCase = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var format = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" or ".json" => DictionaryFileFormat.Jsonl,
            ".tsv" or ".tab" or ".txt" => DictionaryFileFormat.Tsv,
            _ => DictionaryFileFormat.Detect,
        };
        var dictionary = new EntityDictionary(ignoreCase);
        try
        {
            EntityDictionaryReader.Read(SideFileReader.OpenText(path), path, format, dictionary);
        }
        catch (InputFormatException ex) when (ex is not CustomEntityFormatException)
        {
            throw new CustomEntityFormatException(ex.SourceName, ex.LineNumber, ex.Column, ex.Reason);
        }

        return dictionary;
    }

    /// <summary>Reads dictionary lines from <paramref name="reader"/>, TSV or JSONL as the first entry shows.</summary>
    /// <param name="reader">The lines.</param>
    /// <param name="sourceName">The name errors report, such as the file name.</param>
    /// <param name="ignoreCase">Whether the phrases match regardless of case.</param>
    /// <returns>The dictionary.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="CustomEntityFormatException">A line is malformed; the message names the source and line.</exception>
    public static EntityDictionary Read(TextReader reader, string sourceName, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var dictionary = new EntityDictionary(ignoreCase);
        try
        {
            EntityDictionaryReader.Read(reader, sourceName, DictionaryFileFormat.Detect, dictionary);
        }
        catch (InputFormatException ex) when (ex is not CustomEntityFormatException)
        {
            throw new CustomEntityFormatException(ex.SourceName, ex.LineNumber, ex.Column, ex.Reason);
        }

        return dictionary;
    }

    /// <summary>Returns a copy holding only the phrases whose label <paramref name="keep"/> accepts.</summary>
    internal EntityDictionary Where(Func<string, bool> keep)
    {
        var copy = new EntityDictionary(IgnoreCase);
        for (int i = 0; i < _phrases.Count; i++)
        {
            if (keep(_targets[i].Label))
            {
                copy.AddChecked(_phrases[i], _targets[i]);
            }
        }

        return copy;
    }

    /// <summary>Adds an entry whose phrase and kind the reader has already checked.</summary>
    internal void AddChecked(string phrase, RuleTarget target)
    {
        _phrases.Add(phrase);
        _targets.Add(InternLabel(target));
    }

    /// <summary>Returns why <paramref name="phrase"/> cannot be an entry, or <see langword="null"/>.</summary>
    internal static string? CheckPhrase(ReadOnlySpan<char> phrase)
    {
        int tokens = 0;
        foreach (var token in NewsTokenizer.EnumerateTokens(phrase))
        {
            _ = token;
            if (++tokens > MaxPhraseTokens)
            {
                return $"the phrase has more than {MaxPhraseTokens} tokens";
            }
        }

        return tokens == 0 ? "the phrase is empty" : null;
    }

    internal RuleTarget Target(string kind, string parameterName) => InternLabel(CustomLabels.Parse(kind, parameterName));

    // One label string per distinct label, however many phrases carry it.
    private RuleTarget InternLabel(RuleTarget target)
    {
        if (_targetsByLabel.TryGetValue(target.Label, out var known))
        {
            return known;
        }

        _targetsByLabel.Add(target.Label, target);
        return target;
    }
}
