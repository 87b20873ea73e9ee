using NewsNlp.Entities;
using NewsNlp.Mentions;
using NewsNlp.Tokenization;

namespace NewsNlp.Custom;

/// <summary>A trie over token ids of every phrase of one case mode; finds the leftmost-longest phrases of a document.</summary>
/// <remarks>
/// A trie symbol is a token id and one bit saying whether the token touches the previous one (<c>Al-Shabaab</c> against
/// <c>Al - Shabaab</c>); a match never runs across a line break. Matching looks up each text token's id once, then walks the trie from each token: a walk stops at
/// the first token no phrase continues with, and never goes deeper than the longest phrase (at most
/// <see cref="EntityDictionary.MaxPhraseTokens"/>), so the work is linear in the text and does not grow with the number of
/// phrases.
/// </remarks>
internal sealed class PhraseAutomaton
{
    private readonly TokenVocabulary _vocabulary;
    private readonly TransitionTable _edges = new();
    private readonly List<int> _targetOfNode = [-1];
    private int _maxDepth;

    public PhraseAutomaton(bool ignoreCase)
    {
        _vocabulary = new TokenVocabulary(ignoreCase);
    }

    public int PhraseCount { get; private set; }

    public int NodeCount => _targetOfNode.Count;

    /// <summary>Adds a phrase; a phrase already present keeps its first target.</summary>
    public void Add(ReadOnlySpan<char> phrase, int target)
    {
        int node = 0;
        int depth = 0;
        int previousEnd = -1;
        foreach (var token in NewsTokenizer.EnumerateTokens(phrase))
        {
            int symbol = Symbol(_vocabulary.Intern(token.GetText(phrase)), depth > 0 && token.Start == previousEnd);
            node = _edges.GetOrAdd(node, symbol, _targetOfNode.Count);
            if (node == _targetOfNode.Count)
            {
                _targetOfNode.Add(-1);
            }

            previousEnd = token.End;
            depth++;
        }

        if (depth > 0 && _targetOfNode[node] < 0)
        {
            _targetOfNode[node] = target;
            PhraseCount++;
            _maxDepth = Math.Max(_maxDepth, depth);
        }
    }

    /// <summary>Appends the leftmost-longest, non-overlapping phrase matches of the document.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="ids">Scratch of at least <c>tokens.Length</c> items.</param>
    /// <param name="targets">The targets phrases point to.</param>
    /// <param name="output">Receives the matches in text order.</param>
    /// <param name="cancellationToken">Checked every 64 K tokens.</param>
    public void Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> ids, ReadOnlySpan<RuleTarget> targets, List<EntitySpan> output, CancellationToken cancellationToken = default)
    {
        // A token the tokenizer kept with its final period ("Inc.", a sentence-final initial "Y.") also matches the phrase
        // token without it ("Acme Inc", "Model Y"); the entity still covers the whole token, so it ends on a token boundary.
        ids = ids[..tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].GetText(text);
            int id = _vocabulary.Find(token);
            ids[i] = id >= 0 || token.Length < 2 || token[^1] != '.' ? id : _vocabulary.Find(token[..^1]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        int start = 0;
        int nextCheck = NewsTokenizer.CancellationInterval;
        while (start < tokens.Length)
        {
            if (start >= nextCheck)
            {
                cancellationToken.ThrowIfCancellationRequested();
                nextCheck = start + NewsTokenizer.CancellationInterval;
            }

            int bestEnd = -1;
            int bestTarget = -1;
            int node = 0;
            int limit = Math.Min(tokens.Length, start + _maxDepth);
            for (int j = start; j < limit && ids[j] >= 0; j++)
            {
                // A name never runs across a line break (headline into body, dateline into story), as NameBoundaries says.
                if (j > start && CrossesLine(text, tokens[j - 1], tokens[j]))
                {
                    break;
                }

                node = _edges.Get(node, Symbol(ids[j], j > start && tokens[j].Start == tokens[j - 1].End));
                if (node < 0)
                {
                    break;
                }

                if (_targetOfNode[node] >= 0)
                {
                    bestEnd = j;
                    bestTarget = _targetOfNode[node];
                }
            }

            if (bestEnd < 0)
            {
                start++;
                continue;
            }

            output.Add(targets[bestTarget].Span(tokens[start].Start, tokens[bestEnd].End));
            start = bestEnd + 1;
        }
    }

    private static int Symbol(int id, bool touchesPrevious) => (id << 1) | (touchesPrevious ? 1 : 0);

    /// <summary>Whether a line break separates two consecutive tokens.</summary>
    internal static bool CrossesLine(ReadOnlySpan<char> text, Token previous, Token next) =>
        next.Start > previous.End && text[previous.End..next.Start].ContainsAny('\n', '\r');
}
