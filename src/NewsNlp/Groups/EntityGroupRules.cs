using System.Runtime.InteropServices;
using NewsNlp.Collections;
using NewsNlp.Entities;
using NewsNlp.Mentions;
using NewsNlp.Recognition;
using NewsNlp.Tokenization;

namespace NewsNlp.Groups;

/// <summary>Improves the merged mentions of a document with its entity groups (<see cref="GroupRuleSet"/>): retypes
/// aliases to their group's kind and adds exact repeats of grouped names the tagger missed.</summary>
/// <remarks>Linear in tokens and mentions: one grouping pass, one scan of the tokens with at most
/// <see cref="MaxNameTokens"/> hash lookups per uncovered capitalized word, one merge of the added mentions.</remarks>
internal static class EntityGroupRules
{
    /// <summary>The longest name, in tokens, looked for as a repeat.</summary>
    public const int MaxNameTokens = 8;

    /// <summary>Applies <paramref name="rules"/> to <paramref name="entities"/> (sorted, not overlapping; stays so).</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<EntitySpan> entities, GroupRuleSet rules, GroupRuleScratch scratch)
    {
        int count = entities.Count;
        if (rules == GroupRuleSet.None || count == 0)
        {
            return;
        }

        scratch.Reset(count);
        var mentions = CollectionsMarshal.AsSpan(entities);
        var nameWordKinds = (rules & GroupRuleSet.RetypeNameWords) != 0
            ? EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Misc)
            : EntityKindSet.Of(EntityKind.Person);
        var groupOf = scratch.GroupOf.AsSpan(0, count);
        var canonicalOf = scratch.CanonicalOf.AsSpan(0, count);
        EntityGrouping.Group(text, mentions, scratch.Tables, groupOf, canonicalOf, nameWordKinds);
        Retype(text, mentions, groupOf, canonicalOf, rules);
        if ((rules & (GroupRuleSet.AddRepeats | GroupRuleSet.AddNameWords | GroupRuleSet.AddAcronymRepeats)) == 0)
        {
            return;
        }

        bool repeats = (rules & (GroupRuleSet.AddRepeats | GroupRuleSet.AddAcronymRepeats)) != 0;
        scratch.Names.Reset(repeats ? count : 0);
        int maxTokens = repeats ? IndexRepeatableNames(text, mentions, groupOf, canonicalOf, rules, scratch.Names) : 1;
        var added = scratch.Added;
        FindRepeats(text, tokens, mentions, canonicalOf, groupOf, rules, maxTokens, scratch, added);
        if (added.Count > 0)
        {
            MergeSorted(entities, added, scratch.Merged);
        }
    }

    private static void Retype(ReadOnlySpan<char> text, Span<EntitySpan> mentions, ReadOnlySpan<int> groupOf, ReadOnlySpan<int> canonicalOf, GroupRuleSet rules)
    {
        for (int i = 0; i < mentions.Length; i++)
        {
            int group = groupOf[i];
            if (group < 0 || canonicalOf[group] == i)
            {
                continue;
            }

            var name = mentions[canonicalOf[group]];
            var mention = mentions[i];
            if (name.Kind == mention.Kind || !IsMultiWord(text, name) || mention.Length >= name.Length)
            {
                continue;
            }

            bool nameWord = name.Kind == EntityKind.Person && !IsMultiWord(text, mention);
            if ((rules & GroupRuleSet.RetypeToGroupKind) != 0 || ((rules & GroupRuleSet.RetypeNameWords) != 0 && nameWord))
            {
                mentions[i] = mention with { Kind = name.Kind };
            }
        }
    }

    /// <summary>Indexes, by exact surface, each group's multi-word names and the acronyms defined after them.</summary>
    /// <returns>The most tokens a name may span.</returns>
    private static int IndexRepeatableNames(ReadOnlySpan<char> text, ReadOnlySpan<EntitySpan> mentions, ReadOnlySpan<int> groupOf, ReadOnlySpan<int> canonicalOf, GroupRuleSet rules, SurfaceKindTable names)
    {
        for (int i = 0; i < mentions.Length; i++)
        {
            if (groupOf[i] < 0)
            {
                continue;
            }

            var mention = mentions[i];
            var kind = mentions[canonicalOf[groupOf[i]]].Kind;
            var (start, end) = FoldedSurface.WithoutPossessive(text, mention.Start, mention.End);
            if (IsMultiWord(text, mention))
            {
                if ((rules & GroupRuleSet.AddRepeats) != 0)
                {
                    names.Set(text, start, end - start, kind);
                }

                if ((rules & GroupRuleSet.AddAcronymRepeats) != 0 && AcronymDefinition.TryFind(text, start, end, out int acronymStart, out int acronymEnd))
                {
                    names.Set(text, acronymStart, acronymEnd - acronymStart, kind);
                }
            }
        }

        return MaxNameTokens;
    }

    private static void FindRepeats(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<EntitySpan> mentions, ReadOnlySpan<int> canonicalOf,
        ReadOnlySpan<int> groupOf, GroupRuleSet rules, int maxTokens, GroupRuleScratch scratch, List<EntitySpan> added)
    {
        int next = 0; // the first mention that ends after the current token
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            while (next < mentions.Length && mentions[next].End <= token.Start)
            {
                next++;
            }

            if ((next < mentions.Length && mentions[next].Start < token.End) || token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start])
                || (t > 0 && IsCapitalizedWord(text, tokens[t - 1]) && tokens[t - 1].End >= token.Start - 1))
            {
                continue;
            }

            int limit = next < mentions.Length ? mentions[next].Start : text.Length;
            int found = -1;
            EntityKind kind = default;
            float confidence = 0;
            for (int k = Math.Min(maxTokens, tokens.Length - t); k >= 1 && found < 0; k--)
            {
                var last = tokens[t + k - 1];
                if (last.End > limit || (t + k < tokens.Length && IsCapitalizedWord(text, tokens[t + k]) && tokens[t + k].Start <= last.End + 1))
                {
                    continue;
                }

                int length = last.End - token.Start;
                if (scratch.Names.TryGet(text, token.Start, length, out kind))
                {
                    // Off by default (measured, docs/entity-groups.md): a raw 0.5, read on the tagger's curve.
                    found = t + k - 1;
                    confidence = 0.5f;
                }
                else if (k == 1 && (rules & GroupRuleSet.AddNameWords) != 0
                    && EntityGrouping.NamePartOwner(text, token.Start, length, scratch.Tables) is int owner and >= 0
                    && groupOf[owner] >= 0 && mentions[canonicalOf[groupOf[owner]]] is { Kind: EntityKind.Person } person)
                {
                    found = t;
                    kind = EntityKind.Person;
                    confidence = person.Confidence;
                }
            }

            if (found >= 0)
            {
                added.Add(new EntitySpan(kind, token.Start, tokens[found].End, confidence) { Source = EntitySource.GroupRepeat });
                t = found;
            }
        }
    }

    private static bool IsCapitalizedWord(ReadOnlySpan<char> text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    private static bool IsMultiWord(ReadOnlySpan<char> text, EntitySpan mention) => !FoldedSurface.IsOneWord(text[mention.Start..mention.End]);

    /// <summary>Merges the added mentions (sorted, not overlapping any entity) into the entities, keeping text order.</summary>
    private static void MergeSorted(List<EntitySpan> entities, List<EntitySpan> added, List<EntitySpan> merged)
    {
        merged.Clear();
        int a = 0;
        foreach (var entity in entities)
        {
            while (a < added.Count && added[a].Start < entity.Start)
            {
                merged.Add(added[a++]);
            }

            merged.Add(entity);
        }

        while (a < added.Count)
        {
            merged.Add(added[a++]);
        }

        entities.Clear();
        entities.AddRange(merged);
    }
}
