namespace NewsNlp.Custom.Patterns;

/// <summary>The alternatives of a choice that start with a literal token, grouped by that token: compiled into one
/// <see cref="PatternOp.Branch"/> instruction, so that <c>"W0" | "W1" | … | "W9999"</c> costs one lookup a token instead of
/// one test per alternative.</summary>
/// <param name="Rests">Each distinct first literal with what must follow it (<see langword="null"/>: nothing).</param>
internal sealed record LiteralBranch(IReadOnlyList<(string Literal, PatternNode? Then)> Rests) : PatternNode
{
    /// <summary>Groups the alternatives of <paramref name="choices"/> that start with a literal token; returns
    /// <see langword="null"/> when fewer than two do (a branch would save nothing).</summary>
    /// <param name="choices">The alternatives of one choice.</param>
    /// <param name="others">The alternatives that do not start with a literal token.</param>
    public static LiteralBranch? Factor(PatternNode[] choices, out List<PatternNode> others)
    {
        others = [];
        var order = new List<string>();
        var groups = new Dictionary<string, List<PatternNode?>>(StringComparer.Ordinal);
        int literals = 0;
        foreach (var choice in Flatten(choices))
        {
            if (!TrySplit(choice, out var literal, out var rest))
            {
                others.Add(choice);
                continue;
            }

            literals++;
            if (!groups.TryGetValue(literal, out var rests))
            {
                groups.Add(literal, rests = []);
                order.Add(literal);
            }

            rests.Add(rest);
        }

        if (literals < 2)
        {
            others = [.. choices];
            return null;
        }

        var grouped = new List<(string, PatternNode?)>(order.Count);
        foreach (var literal in order)
        {
            grouped.Add((literal, Join(groups[literal])));
        }

        return new LiteralBranch(grouped);
    }

    // What follows one literal: nothing, one rest, or a choice of rests (optional when one alternative ends there).
    private static PatternNode? Join(List<PatternNode?> rests)
    {
        var present = rests.FindAll(static rest => rest is not null);
        if (present.Count == 0)
        {
            return null;
        }

        PatternNode joined = present.Count == 1 ? present[0]! : new Choice([.. present!]);
        return present.Count < rests.Count ? new Repeat(joined, 0, 1) : joined;
    }

    private static IEnumerable<PatternNode> Flatten(PatternNode[] choices)
    {
        foreach (var choice in choices)
        {
            if (choice is Choice nested)
            {
                foreach (var inner in Flatten(nested.Choices))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return choice;
            }
        }
    }

    private static bool TrySplit(PatternNode node, out string literal, out PatternNode? rest)
    {
        rest = null;
        switch (node)
        {
            case Token { Tests: [{ Literal: { } text }] }:
                literal = text;
                return true;
            case Sequence { Parts: [Token { Tests: [{ Literal: { } text }] }, .. var tail] } when tail.Length > 0:
                literal = text;
                rest = tail.Length == 1 ? tail[0] : new Sequence(tail);
                return true;
            default:
                literal = "";
                return false;
        }
    }
}
