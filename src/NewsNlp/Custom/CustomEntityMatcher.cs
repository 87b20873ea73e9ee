using System.Runtime.InteropServices;
using NewsNlp.Custom.Patterns;
using NewsNlp.Entities;
using NewsNlp.Mentions;
using NewsNlp.Recognition;

namespace NewsNlp.Custom;

/// <summary>The compiled dictionaries and patterns of one pipeline: finds their matches in a document and combines them
/// with the model's and the date rules' entities by the pipeline's <see cref="DictionaryPrecedence"/>.</summary>
/// <remarks>Immutable and thread-safe; per-document state lives in <see cref="CustomEntityScratch"/>.</remarks>
internal sealed class CustomEntityMatcher
{
    // Custom labels and built-in kinds alike pass the merge of rule matches; the pipeline's kind set does not filter them.
    private static readonly EntityKindSet s_everyKind = new(-1);

    private readonly PhraseAutomaton? _ordinal;
    private readonly PhraseAutomaton? _ignoreCase;
    private readonly PatternMatcher? _patterns;
    private readonly RuleTarget[] _targets;

    private CustomEntityMatcher(PhraseAutomaton? ordinal, PhraseAutomaton? ignoreCase, PatternMatcher? patterns, RuleTarget[] targets, DictionaryPrecedence precedence)
    {
        _ordinal = ordinal;
        _ignoreCase = ignoreCase;
        _patterns = patterns;
        _targets = targets;
        Precedence = precedence;
    }

    public DictionaryPrecedence Precedence { get; }

    /// <summary>Gets the distinct phrases compiled (a repeated phrase counts once per case mode).</summary>
    public int PhraseCount => (_ordinal?.PhraseCount ?? 0) + (_ignoreCase?.PhraseCount ?? 0);

    /// <summary>Compiles the rules, or returns <see langword="null"/> when there are none.</summary>
    /// <exception cref="ArgumentException">The patterns compile to more than <see cref="PatternProgram.MaxInstructions"/> instructions.</exception>
    public static CustomEntityMatcher? Create(IReadOnlyList<EntityDictionary> dictionaries, IReadOnlyList<TokenPatternSet> patternSets, DictionaryPrecedence precedence)
    {
        var targets = new List<RuleTarget>();
        var targetIndex = new Dictionary<RuleTarget, int>();
        int IndexOf(RuleTarget target)
        {
            if (!targetIndex.TryGetValue(target, out int index))
            {
                index = targets.Count;
                targets.Add(target);
                targetIndex.Add(target, index);
            }

            return index;
        }

        PhraseAutomaton? ordinal = null;
        PhraseAutomaton? ignoreCase = null;
        foreach (var dictionary in dictionaries)
        {
            ArgumentNullException.ThrowIfNull(dictionary, nameof(dictionaries));
            var automaton = dictionary.IgnoreCase ? ignoreCase ??= new PhraseAutomaton(true) : ordinal ??= new PhraseAutomaton(false);
            var phrases = dictionary.Phrases;
            var phraseTargets = dictionary.Targets;
            RuleTarget last = default;
            int lastIndex = -1;
            for (int i = 0; i < phrases.Count; i++)
            {
                // Phrases come in runs of one kind; skip the dictionary lookup within a run.
                if (lastIndex < 0 || phraseTargets[i] != last)
                {
                    last = phraseTargets[i];
                    lastIndex = IndexOf(last);
                }

                automaton.Add(phrases[i], lastIndex);
            }
        }

        PatternMatcher? patterns = null;
        var program = new PatternProgram();
        int rules = 0;
        foreach (var set in patternSets)
        {
            ArgumentNullException.ThrowIfNull(set, nameof(patternSets));
            foreach (var (pattern, target) in set.Rules)
            {
                if (!program.TryAdd(pattern, IndexOf(target)))
                {
                    throw new ArgumentException($"The token patterns compile to more than {PatternProgram.MaxInstructions} instructions; use fewer or smaller counted repetitions.", nameof(patternSets));
                }

                rules++;
            }
        }

        if (rules > 0)
        {
            patterns = new PatternMatcher(program);
        }

        return ordinal is null && ignoreCase is null && patterns is null ? null : new CustomEntityMatcher(ordinal, ignoreCase, patterns, [.. targets], precedence);
    }

    /// <summary>Replaces the merged entities of <paramref name="analysis"/> (the model's and the date rules') by their combination with
    /// the rule matches of the document.</summary>
    public void Apply(scoped in AnalysisContext context, AnalysisScratch analysis)
    {
        var scratch = analysis.Custom;
        var entities = analysis.Entities;
        var candidates = scratch.Candidates;
        candidates.Clear();
        scratch.Matches.Clear();
        scratch.Combined.Clear();
        var ids = scratch.TokenIds(context.Tokens.Length);
        _ordinal?.Match(context.Text, context.Tokens, ids, _targets, candidates, context.CancellationToken);
        _ignoreCase?.Match(context.Text, context.Tokens, ids, _targets, candidates, context.CancellationToken);
        _patterns?.Match(context.Text, context.Tokens, scratch.Threads, _targets, candidates, context.CancellationToken);
        if (candidates.Count == 0)
        {
            return;
        }

        // Between rules: leftmost, then longest; on a tie the ordinal dictionaries, then the case-insensitive ones, then patterns.
        EntityMerger.Merge(candidates, s_everyKind, scratch.Matches, analysis.SortBuffer(candidates.Count));
        RulePrecedence.Combine(entities, scratch.Matches, Precedence, scratch.Combined);
        entities.Clear();
        entities.AddRange(CollectionsMarshal.AsSpan(scratch.Combined));
    }
}
