using System.Runtime.InteropServices;
using NewsNlp.Entities;
using NewsNlp.Groups;
using NewsNlp.Mentions;
using NewsNlp.Recognition;
using NewsNlp.Tokenization;

namespace NewsNlp.Pipeline;

public sealed partial class NewsPipeline
{
    /// <summary>Analyses one document.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The tokens, sentences and entities of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; it is checked throughout the document, every few milliseconds of work.</exception>
    public NewsDocument Analyze(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(new NewsInput(text), cancellationToken);
    }

    /// <summary>Analyses one document with a reference date for relative dates.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="referenceDate">The document's date; <c>yesterday</c> and <c>last week</c> are resolved against it.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The tokens, sentences and entities of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; it is checked throughout the document, every few milliseconds of work.</exception>
    public NewsDocument Analyze(string text, DateOnly referenceDate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(new NewsInput(text, null, referenceDate), cancellationToken);
    }

    /// <summary>Analyses one document described by <paramref name="input"/>.</summary>
    /// <param name="input">The text, identifier and reference date.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The tokens, sentences and entities of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> has no text.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; it is checked throughout the document, every few milliseconds of work.</exception>
    public NewsDocument Analyze(NewsInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input.Text, nameof(input));
        cancellationToken.ThrowIfCancellationRequested();
        var scratch = AnalysisScratch.Rent();
        try
        {
            NewsTokenizer.AppendTokens(input.Text, scratch.Tokens, cancellationToken);
            return Finish(input, scratch, cancellationToken);
        }
        finally
        {
            AnalysisScratch.Return(scratch);
        }
    }

    /// <summary>Analyses a document whose tokens the caller supplies (pre-tokenized input).</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The tokens: non-empty, inside the text, in order and not overlapping.</param>
    /// <param name="referenceDate">The document's date, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The document, with exactly the supplied tokens.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A token is empty, outside the text, out of order or overlapping.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; it is checked throughout the document, every few milliseconds of work.</exception>
    public NewsDocument Analyze(string text, IEnumerable<Token> tokens, DateOnly? referenceDate = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        cancellationToken.ThrowIfCancellationRequested();
        var scratch = AnalysisScratch.Rent();
        try
        {
            int previousEnd = 0;
            foreach (var token in tokens)
            {
                if (token.Start < previousEnd || token.End <= token.Start || token.End > text.Length)
                {
                    throw new ArgumentException(
                        $"Token {scratch.Tokens.Count} [{token.Start}..{token.End}) is empty, outside the text (length {text.Length}), or overlaps the previous token.",
                        nameof(tokens));
                }

                scratch.Tokens.Add(token);
                previousEnd = token.End;
            }

            return Finish(new NewsInput(text, null, referenceDate), scratch, cancellationToken);
        }
        finally
        {
            AnalysisScratch.Return(scratch);
        }
    }

    /// <summary>Analyses a document given as words; the text is the words joined by single spaces, one token per word.</summary>
    /// <param name="words">The words; none may be empty or contain whitespace.</param>
    /// <param name="referenceDate">The document's date, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The document, whose token <c>i</c> is <c>words[i]</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A word is empty or contains whitespace.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; it is checked throughout the document, every few milliseconds of work.</exception>
    public NewsDocument AnalyzeWords(IReadOnlyList<string> words, DateOnly? referenceDate = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        var (text, tokens) = PreTokenizedText.Join(words);
        return Analyze(text, tokens, referenceDate, cancellationToken);
    }

    /// <summary>Runs sentence splitting and recognition over the tokens already in <paramref name="scratch"/>.</summary>
    /// <remarks>The token is observed between stages and inside them (every tagging window, every 64 K tokens elsewhere),
    /// so a cancelled analysis of a large document stops within milliseconds.</remarks>
    internal void Run(ReadOnlySpan<char> text, DateOnly? referenceDate, AnalysisScratch scratch, CancellationToken cancellationToken = default)
    {
        var tokens = CollectionsMarshal.AsSpan(scratch.Tokens);
        SentenceSplitter.Split(text, tokens, scratch.Sentences, cancellationToken);
        var context = new AnalysisContext(text, tokens, CollectionsMarshal.AsSpan(scratch.Sentences), referenceDate ?? _defaultReferenceDate, cancellationToken);
        foreach (var recognizer in _recognizers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int before = scratch.Candidates.Count;
            recognizer.Recognize(context, scratch, scratch.Candidates);
            AfterRecognizer(recognizer, context, scratch, before);
        }

        Complete(context, scratch);
    }

    /// <summary>What follows a recognizer's spans <c>scratch.Candidates[before..]</c>: the model's DATE spans dropped when the
    /// rules supply dates, then the model's boundary, company-suffix and document-consistency rules.</summary>
    private void AfterRecognizer(IEntityRecognizer recognizer, scoped in AnalysisContext context, AnalysisScratch scratch, int before, bool localRulesApplied = false)
    {
        if (!localRulesApplied)
        {
            ApplyLocalRules(recognizer, context, scratch.Candidates, before, out _, out _);
        }

        if (_labelConsistency && ReferenceEquals(recognizer, Model?.Recognizer))
        {
            LabelConsistency.Apply(context.Text, context.Tokens, scratch.Candidates, before, scratch.Acronyms, scratch.Extents);
        }
    }

    /// <summary>The rules that read only a candidate's own sentence: dates dropped from a model that must not give them,
    /// name boundaries and suffixed companies. On all cores they run per window group. <paramref name="split"/> and
    /// <paramref name="suffixed"/> receive where the names split at line breaks and the suffixed companies begin in
    /// <paramref name="candidates"/> (both appended at its end).</summary>
    private void ApplyLocalRules(IEntityRecognizer recognizer, scoped in AnalysisContext context, List<EntitySpan> candidates, int before, out int split, out int suffixed)
    {
        if (ReferenceEquals(recognizer, _recognizerWithoutDates))
        {
            RemoveDates(candidates, before);
        }

        split = suffixed = candidates.Count;
        if (ReferenceEquals(recognizer, Model?.Recognizer))
        {
            NameBoundaries.Apply(context.Text, context.Tokens, candidates, before);
            suffixed = candidates.Count;
            SuffixedCompanies.Apply(context.Text, context.Tokens, context.Sentences, candidates, before);
        }
    }

    /// <summary>The document-level steps after recognition: the merge, then <see cref="AfterMerge"/>.</summary>
    private void Complete(scoped in AnalysisContext context, AnalysisScratch scratch)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        EntityMerger.Merge(scratch.Candidates, _kinds, scratch.Entities, scratch.SortBuffer(scratch.Candidates.Count));
        AfterMerge(context, scratch);
    }

    /// <summary>The document-level steps after the merge: group rules, calibration, dictionaries and patterns.</summary>
    private void AfterMerge(scoped in AnalysisContext context, AnalysisScratch scratch)
    {
        if (_groupRules != GroupRuleSet.None && Model is not null)
        {
            EntityGroupRules.Apply(context.Text, context.Tokens, scratch.Entities, _groupRules, scratch.GroupRules);
        }

        _calibration?.Apply(CollectionsMarshal.AsSpan(scratch.Entities));

        // After calibration: dictionary and pattern matches keep the confidence their rules give.
        _custom?.Apply(context, scratch);
    }

    private static void RemoveDates(List<EntitySpan> candidates, int from)
    {
        int kept = from;
        for (int i = from; i < candidates.Count; i++)
        {
            if (candidates[i].Kind != EntityKind.Date)
            {
                candidates[kept++] = candidates[i];
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private NewsDocument Finish(NewsInput input, AnalysisScratch scratch, CancellationToken cancellationToken)
    {
        var referenceDate = input.ReferenceDate ?? _defaultReferenceDate;
        Run(input.Text, referenceDate, scratch, cancellationToken);
        return Document(input, referenceDate, scratch);
    }

    private static NewsDocument Document(NewsInput input, DateOnly? referenceDate, AnalysisScratch scratch)
    {
        var entities = new Entity[scratch.Entities.Count];
        for (int i = 0; i < entities.Length; i++)
        {
            entities[i] = Entity.From(scratch.Entities[i], input.Text);
        }

        return new NewsDocument(input.Text, input.Id, referenceDate, [.. scratch.Tokens], [.. scratch.Sentences], entities);
    }
}
