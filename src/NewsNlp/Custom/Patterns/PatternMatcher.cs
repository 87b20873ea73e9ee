using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Custom.Patterns;

/// <summary>Finds the leftmost-longest matches of a <see cref="PatternProgram"/> by simulating the NFA over tokens, all
/// threads in step (Thompson), never backtracking.</summary>
/// <remarks>
/// From each token a simulation runs at most <see cref="MaxMatchTokens"/> steps, and each step visits each instruction at
/// most a few times (pushed on and popped from the closure stack, tested: at most 4 × instructions a step, and as much
/// again for the start closure), so the work on a document is at most tokens × (<see cref="MaxMatchTokens"/> + 1) × 4 ×
/// instructions whatever the patterns and the text. On equal length the rule added
/// first wins.
/// </remarks>
internal sealed class PatternMatcher
{
    /// <summary>The most tokens one match may span; a repetition stops growing there.</summary>
    public const int MaxMatchTokens = EntityDictionary.MaxPhraseTokens;

    /// <summary>Match attempts between two looks at the cancellation token.</summary>
    public const int CancellationInterval = 1024;

    private readonly PatternInstruction[] _program;
    private readonly TokenTest[][] _tests;
    private readonly int[] _entries;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] _branches;

    // The threads every match attempt starts from (the closure of the rule entries), computed once.
    private readonly int[] _startThreads;
    private readonly int _startWork;

    // The tests and branch tables a match can begin with: a token that passes none of them starts nothing, and is skipped
    // at once.
    private readonly int[] _firstTests;
    private readonly int[] _firstBranches;

    public PatternMatcher(PatternProgram program)
    {
        _program = [.. program.Instructions];
        _tests = [.. program.Tests];
        _entries = [.. program.Entries];
        _branches = [.. program.Branches.Select(static table => table.GetAlternateLookup<ReadOnlySpan<char>>())];
        var threads = new PatternThreads();
        threads.Prepare(_program.Length);
        foreach (int entry in _entries)
        {
            _startWork += AddThread(threads.Current, threads.Stack, entry);
        }

        _startThreads = new int[threads.Current.Count];
        var firstTests = new List<int>();
        var firstBranches = new List<int>();
        for (int k = 0; k < _startThreads.Length; k++)
        {
            _startThreads[k] = threads.Current[k];
            var instruction = _program[_startThreads[k]];
            if (instruction.Op == PatternOp.Test)
            {
                firstTests.Add(instruction.A);
            }
            else if (instruction.Op == PatternOp.Branch)
            {
                firstBranches.Add(instruction.A);
            }
        }

        _firstTests = [.. firstTests];
        _firstBranches = [.. firstBranches];
    }

    public int InstructionCount => _program.Length;

    /// <summary>Appends the leftmost-longest, non-overlapping matches; returns the work done (instructions visited).</summary>
    /// <remarks>The cancellation token is checked every <see cref="CancellationInterval"/> match attempts (a few milliseconds
    /// even for hostile patterns).</remarks>
    public long Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, PatternThreads threads, ReadOnlySpan<RuleTarget> targets, List<EntitySpan> output, CancellationToken cancellationToken = default)
    {
        int keyBase = threads.Prepare(_program.Length, _tests.Length, MaxMatchTokens, tokens.Length);
        var memoToken = threads.MemoToken;
        var memoResult = threads.MemoResult;
        long work = 0;
        int start = 0;
        int untilCheck = 0;
        while (start < tokens.Length)
        {
            if (--untilCheck <= 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                untilCheck = CancellationInterval;
            }

            if (!AnyPasses(keyBase + start, text, tokens[start], memoToken, memoResult))
            {
                work += _firstTests.Length + _firstBranches.Length;
                start++;
                continue;
            }

            var current = threads.Current;
            current.Clear();
            foreach (int pc in _startThreads)
            {
                current.TryAdd(pc);
            }

            work += _startWork;

            int bestEnd = -1;
            int bestRule = -1;
            int limit = Math.Min(tokens.Length, start + MaxMatchTokens);
            for (int j = start; j < limit && current.Count > 0; j++)
            {
                if (j > start && PhraseAutomaton.CrossesLine(text, tokens[j - 1], tokens[j]))
                {
                    break; // a match never runs across a line break, like a dictionary phrase or a model's name
                }

                var next = threads.Next;
                next.Clear();
                var token = tokens[j];
                var tokenText = token.GetText(text);
                for (int k = 0; k < current.Count; k++)
                {
                    var instruction = _program[current[k]];
                    work++;
                    if (instruction.Op == PatternOp.Test)
                    {
                        if (Passes(instruction.A, keyBase + j, tokenText, token.Kind, memoToken, memoResult))
                        {
                            work += AddThread(next, threads.Stack, current[k] + 1);
                        }
                    }
                    else if (instruction.Op == PatternOp.Branch && _branches[instruction.A].TryGetValue(tokenText, out int target))
                    {
                        work += AddThread(next, threads.Stack, target);
                    }
                }

                int rule = FirstMatch(next);
                if (rule >= 0)
                {
                    bestEnd = j;
                    bestRule = rule;
                }

                threads.Swap();
                current = threads.Current;
            }

            if (bestEnd < 0)
            {
                start++;
                continue;
            }

            output.Add(targets[bestRule].Span(tokens[start].Start, tokens[bestEnd].End));
            start = bestEnd + 1;
        }

        return work;
    }

    private bool AnyPasses(int key, ReadOnlySpan<char> text, Token token, int[] memoToken, bool[] memoResult)
    {
        var tokenText = token.GetText(text);
        foreach (int test in _firstTests)
        {
            if (Passes(test, key, tokenText, token.Kind, memoToken, memoResult))
            {
                return true;
            }
        }

        foreach (int branch in _firstBranches)
        {
            if (_branches[branch].ContainsKey(tokenText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token of memo key <paramref name="key"/> (the document's key base plus the token index) passes test
    /// <paramref name="test"/>, each pair computed once: every attempt covers at most <see cref="MaxMatchTokens"/> tokens
    /// from its start and starts only move forward, so one memo slot per test and token of that window suffices.</summary>
    private bool Passes(int test, int key, ReadOnlySpan<char> token, TokenKind kind, int[] memoToken, bool[] memoResult)
    {
        int slot = (test * MaxMatchTokens) + (key % MaxMatchTokens);
        if (memoToken[slot] != key)
        {
            memoToken[slot] = key;
            memoResult[slot] = Passes(_tests[test], token, kind);
        }

        return memoResult[slot];
    }

    private static bool Passes(TokenTest[] tests, ReadOnlySpan<char> token, TokenKind kind)
    {
        foreach (var test in tests)
        {
            if (!test.Matches(token, kind))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The lowest rule target among the Match instructions of <paramref name="list"/>, or -1.</summary>
    private int FirstMatch(ThreadList list)
    {
        int best = -1;
        for (int k = 0; k < list.Count; k++)
        {
            var instruction = _program[list[k]];
            if (instruction.Op == PatternOp.Match && (best < 0 || instruction.A < best))
            {
                best = instruction.A;
            }
        }

        return best;
    }

    /// <summary>Adds <paramref name="pc"/> and everything reachable from it without consuming a token; returns the visits.</summary>
    private int AddThread(ThreadList list, int[] stack, int pc)
    {
        int visits = 0;
        int top = 0;
        stack[top++] = pc;
        while (top > 0)
        {
            int at = stack[--top];
            visits++;
            if (!list.TryAdd(at))
            {
                continue;
            }

            var instruction = _program[at];
            switch (instruction.Op)
            {
                case PatternOp.Jump:
                    stack[top++] = instruction.A;
                    break;
                case PatternOp.Split:
                    stack[top++] = instruction.B;
                    stack[top++] = instruction.A;
                    break;
            }
        }

        return visits;
    }
}
