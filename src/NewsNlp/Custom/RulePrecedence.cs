using NewsNlp.Entities;

namespace NewsNlp.Custom;

/// <summary>Combines two ordered, non-overlapping entity lists: every entity of the winning list, and the entities of the
/// other list that overlap none of them. Linear in the two lists.</summary>
internal static class RulePrecedence
{
    public static void Combine(List<EntitySpan> model, List<EntitySpan> rules, DictionaryPrecedence precedence, List<EntitySpan> output)
    {
        var (winners, losers) = precedence == DictionaryPrecedence.FillGaps ? (model, rules) : (rules, model);
        int w = 0;
        int firstUnplaced = 0;
        foreach (var loser in losers)
        {
            while (w < winners.Count && winners[w].End <= loser.Start)
            {
                w++;
            }

            if (w < winners.Count && winners[w].Start < loser.End)
            {
                continue;
            }

            // Keep text order: every winner before this loser goes first.
            while (firstUnplaced < w)
            {
                output.Add(winners[firstUnplaced++]);
            }

            output.Add(loser);
        }

        while (firstUnplaced < winners.Count)
        {
            output.Add(winners[firstUnplaced++]);
        }
    }
}
