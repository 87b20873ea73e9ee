namespace NewsNlp.Custom.Patterns;

/// <summary>What one instruction of a compiled pattern does.</summary>
internal enum PatternOp : byte
{
    /// <summary>Consume one token that passes test <c>A</c>, then go on at the next instruction.</summary>
    Test,

    /// <summary>Go on at both <c>A</c> and <c>B</c>.</summary>
    Split,

    /// <summary>Go on at <c>A</c>.</summary>
    Jump,

    /// <summary>Rule <c>A</c> matches the tokens consumed so far.</summary>
    Match,

    /// <summary>Consume one token whose text is a key of branch table <c>A</c>, then go on where the table says: an
    /// alternation of literal tokens (<c>"W0" | "W1" | …</c>) costs one lookup, however many alternatives it has.</summary>
    Branch,
}

/// <summary>One instruction of a <see cref="PatternProgram"/>.</summary>
internal readonly record struct PatternInstruction(PatternOp Op, int A, int B);

/// <summary>Every pattern rule of a pipeline compiled into one Thompson NFA: a list of instructions and one entry per rule.</summary>
internal sealed class PatternProgram
{
    /// <summary>The most instructions all rules together may compile to (counted repetitions copy their body).</summary>
    public const int MaxInstructions = 1 << 16;

    private readonly List<PatternInstruction> _instructions = [];
    private readonly List<TokenTest[]> _tests = [];
    private readonly List<int> _entries = [];
    private readonly List<Dictionary<string, int>> _branches = [];
    private int _branchDepth;

    public IReadOnlyList<PatternInstruction> Instructions => _instructions;

    public IReadOnlyList<TokenTest[]> Tests => _tests;

    public IReadOnlyList<int> Entries => _entries;

    /// <summary>The branch tables: a literal token's text → the instruction that follows it.</summary>
    public IReadOnlyList<Dictionary<string, int>> Branches => _branches;

    /// <summary>Appends a rule whose matches report <paramref name="target"/>; returns false when the program would grow past
    /// <see cref="MaxInstructions"/>.</summary>
    public bool TryAdd(PatternNode pattern, int target)
    {
        int entry = _instructions.Count;
        int tests = _tests.Count;
        int branches = _branches.Count;
        if (!TryEmit(pattern) || _instructions.Count >= MaxInstructions)
        {
            _instructions.RemoveRange(entry, _instructions.Count - entry);
            _tests.RemoveRange(tests, _tests.Count - tests);
            _branches.RemoveRange(branches, _branches.Count - branches);
            return false;
        }

        _instructions.Add(new PatternInstruction(PatternOp.Match, target, 0));
        _entries.Add(entry);
        return true;
    }

    private bool TryEmit(PatternNode node)
    {
        if (_instructions.Count >= MaxInstructions)
        {
            return false;
        }

        switch (node)
        {
            case PatternNode.Token token:
                _instructions.Add(new PatternInstruction(PatternOp.Test, _tests.Count, 0));
                _tests.Add(token.Tests);
                return true;
            case PatternNode.Sequence sequence:
                foreach (var part in sequence.Parts)
                {
                    if (!TryEmit(part))
                    {
                        return false;
                    }
                }

                return true;
            case PatternNode.Choice choice:
                return TryEmitChoice(choice.Choices);
            case LiteralBranch branch:
                return TryEmitBranch(branch);
            case PatternNode.Repeat repeat:
                return TryEmitRepeat(repeat);
            default:
                throw new InvalidOperationException("Unknown pattern node.");
        }
    }

    // The alternatives that start with a literal token go into one Branch (order among a rule's alternatives does not
    // matter: the longest match wins, then the first rule); the others stay a chain of splits. Below the match length
    // limit nothing is factored further: no match gets that deep, and the recursion stays bounded.
    private bool TryEmitChoice(PatternNode[] choices)
    {
        if (_branchDepth >= PatternMatcher.MaxMatchTokens || LiteralBranch.Factor(choices, out var others) is not { } branch)
        {
            return TryEmitChain(choices);
        }

        return TryEmitChain([branch, .. others]);
    }

    // a|b|c: split L1, L2; L1: a; jump End; L2: split L3, L4; L3: b; jump End; L4: c; End:
    private bool TryEmitChain(PatternNode[] choices)
    {
        var jumps = new List<int>(choices.Length - 1);
        for (int i = 0; i < choices.Length - 1; i++)
        {
            int split = Reserve();
            if (!TryEmit(choices[i]))
            {
                return false;
            }

            jumps.Add(Reserve());
            _instructions[split] = new PatternInstruction(PatternOp.Split, split + 1, _instructions.Count);
        }

        if (!TryEmit(choices[^1]))
        {
            return false;
        }

        foreach (int jump in jumps)
        {
            _instructions[jump] = new PatternInstruction(PatternOp.Jump, _instructions.Count, 0);
        }

        return true;
    }

    // branch T; for each literal: [its rest]; jump End. T maps each literal to the start of its rest.
    private bool TryEmitBranch(LiteralBranch branch)
    {
        int at = Reserve();
        var table = new Dictionary<string, int>(branch.Rests.Count, StringComparer.Ordinal);
        var jumps = new List<int>(branch.Rests.Count);
        foreach (var (literal, rest) in branch.Rests)
        {
            table.Add(literal, _instructions.Count);
            _branchDepth++;
            bool emitted = rest is null || TryEmit(rest);
            _branchDepth--;
            if (!emitted)
            {
                return false;
            }

            jumps.Add(Reserve());
            if (_instructions.Count >= MaxInstructions)
            {
                return false;
            }
        }

        foreach (int jump in jumps)
        {
            _instructions[jump] = new PatternInstruction(PatternOp.Jump, _instructions.Count, 0);
        }

        _instructions[at] = new PatternInstruction(PatternOp.Branch, _branches.Count, 0);
        _branches.Add(table);
        return true;
    }

    // e{m,n}: m copies of e, then n-m optional copies (each "split into e, or skip to the end"); e{m,}: m copies, then e*.
    private bool TryEmitRepeat(PatternNode.Repeat repeat)
    {
        for (int i = 0; i < repeat.Min; i++)
        {
            if (!TryEmit(repeat.Body))
            {
                return false;
            }
        }

        if (repeat.Max < 0)
        {
            int loop = Reserve();
            if (!TryEmit(repeat.Body))
            {
                return false;
            }

            _instructions.Add(new PatternInstruction(PatternOp.Jump, loop, 0));
            _instructions[loop] = new PatternInstruction(PatternOp.Split, loop + 1, _instructions.Count);
            return true;
        }

        var splits = new List<int>();
        for (int i = repeat.Min; i < repeat.Max; i++)
        {
            splits.Add(Reserve());
            if (!TryEmit(repeat.Body))
            {
                return false;
            }
        }

        foreach (int split in splits)
        {
            _instructions[split] = new PatternInstruction(PatternOp.Split, split + 1, _instructions.Count);
        }

        return true;
    }

    private int Reserve()
    {
        _instructions.Add(default);
        return _instructions.Count - 1;
    }
}
