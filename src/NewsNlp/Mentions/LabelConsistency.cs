using NewsNlp.Collections;
using NewsNlp.Entities;
using NewsNlp.Recognition;
using NewsNlp.Tokenization;

namespace NewsNlp.Mentions;

/// <summary>Document-level consistency for the name recognizer's output: an acronym defined in parentheses right after a name
/// ("African Development Bank (AfDB)") is that name, so it takes the name's label wherever it appears in the document.</summary>
/// <remarks>
/// Measured with the English model: seed article 94.34 → 95.33 micro F1, GMB dev 84.12 → 84.09, eng.testa 88.25 → 88.25.
/// A majority vote of labels per surface form was measured too and dropped (GMB dev −0.13). Allocation-free once the
/// caller's tables are warm.
/// </remarks>
internal static class LabelConsistency
{
    private const int MinAcronymLength = 2;
    private const int MaxAcronymLength = 8;

    /// <summary>Applies the rule to <c>spans[from..]</c>, with throw-away tables (tests and one-off callers).</summary>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<EntitySpan> spans, int from) =>
        Apply(text, tokens, spans, from, new SurfaceKindTable(), new ExtentSet());

    /// <summary>Applies the rule to <c>spans[from..]</c>: each definition, in order, gives its name's kind to every span
    /// whose text is the acronym, and adds the acronym itself when no span covers it.</summary>
    /// <remarks>Linear in the number of spans: instead of relabelling every mention at each definition (quadratic on a
    /// document of repeated definitions), the kind of each acronym's latest definition is kept by surface form and the
    /// mentions are relabelled once at the end. That gives the same labels, since a later definition of the same acronym
    /// overrode an earlier one anyway, and a name's own kind is read through the same table.</remarks>
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<EntitySpan> spans, int from, SurfaceKindTable acronyms, ExtentSet extents)
    {
        int count = spans.Count;
        bool any = false;
        for (int i = from; i < count; i++)
        {
            var name = spans[i];
            int next = FirstTokenAtOrAfter(tokens, name.End);
            if (next + 2 >= tokens.Length || !Is(text, tokens[next], '(') || !Is(text, tokens[next + 2], ')'))
            {
                continue;
            }

            var acronym = tokens[next + 1];
            var acronymText = acronym.GetText(text);
            if (acronym.Kind != TokenKind.Word || acronymText.Length is < MinAcronymLength or > MaxAcronymLength || !char.IsUpper(acronymText[0])
                || !MatchesInitials(acronymText, text, tokens, name))
            {
                continue;
            }

            if (!any)
            {
                // First definition in this document: index the spans that could be an acronym's mention.
                any = true;
                acronyms.Reset(count - from);
                extents.Reset(2 * (count - from));
                for (int j = from; j < count; j++)
                {
                    if (spans[j].Length is >= MinAcronymLength and <= MaxAcronymLength)
                    {
                        extents.Add(spans[j].Start, spans[j].Length);
                    }
                }
            }

            // A name that is itself an earlier definition's acronym has been relabelled by it.
            var kind = name.Length is >= MinAcronymLength and <= MaxAcronymLength && acronyms.TryGet(text, name.Start, name.Length, out var relabelled)
                ? relabelled
                : name.Kind;
            acronyms.Set(text, acronym.Start, acronym.Length, kind);
            if (!extents.Contains(acronym.Start, acronym.Length))
            {
                extents.Add(acronym.Start, acronym.Length);
                spans.Add(new EntitySpan(kind, acronym.Start, acronym.End, name.Confidence) { Source = EntitySource.DefinedAcronym });
            }
        }

        if (!any)
        {
            return;
        }

        // Every mention of a defined acronym takes the kind of its latest definition.
        for (int j = from; j < spans.Count; j++)
        {
            var span = spans[j];
            if (span.Length is >= MinAcronymLength and <= MaxAcronymLength && acronyms.TryGet(text, span.Start, span.Length, out var kind))
            {
                spans[j] = span with { Kind = kind };
            }
        }
    }

    /// <summary>Whether the acronym's capitals are the initials of the name's capitalized words: BLA, AfDB, U.N.</summary>
    private static bool MatchesInitials(ReadOnlySpan<char> acronym, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, EntitySpan name)
    {
        int letter = 0;
        int words = 0;
        for (int t = FirstTokenAtOrAfter(tokens, name.Start); t < tokens.Length && tokens[t].End <= name.End; t++)
        {
            char initial = text[tokens[t].Start];
            if (!char.IsUpper(initial))
            {
                continue; // "of", "the", hyphens
            }

            while (letter < acronym.Length && !char.IsUpper(acronym[letter]))
            {
                letter++;
            }

            if (letter >= acronym.Length || acronym[letter] != initial)
            {
                return false;
            }

            letter++;
            words++;
        }

        while (letter < acronym.Length && !char.IsUpper(acronym[letter]))
        {
            letter++;
        }

        return words >= 2 && letter == acronym.Length;
    }

    private static bool Is(ReadOnlySpan<char> text, Token token, char c) => token.Length == 1 && text[token.Start] == c;

    private static int FirstTokenAtOrAfter(ReadOnlySpan<Token> tokens, int offset)
    {
        int low = 0;
        int high = tokens.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
