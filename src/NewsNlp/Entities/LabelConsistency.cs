using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>Document-level consistency for the name recognizer's output: an acronym defined in parentheses right after a name
/// ("African Development Bank (AfDB)") is that name, so it takes the name's label wherever it appears in the document.</summary>
/// <remarks>
/// Measured with the English model: seed article 94.34 → 95.33 micro F1, GMB dev 84.12 → 84.09, eng.testa 88.25 → 88.25.
/// A majority vote of labels per surface form was measured too and dropped (GMB dev −0.13). Allocation-free.
/// </remarks>
internal static class LabelConsistency
{
    private const int MaxAcronymLength = 8;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<EntitySpan> spans, int from)
    {
        int count = spans.Count;
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
            if (acronym.Kind != TokenKind.Word || acronymText.Length is < 2 or > MaxAcronymLength || !char.IsUpper(acronymText[0])
                || !MatchesInitials(acronymText, text, tokens, name))
            {
                continue;
            }

            // The definition itself, then every other mention of the acronym in the document.
            bool defined = false;
            for (int j = from; j < spans.Count; j++)
            {
                var other = spans[j];
                if (other.Length == acronym.Length && text.Slice(other.Start, other.Length).SequenceEqual(acronymText))
                {
                    spans[j] = other with { Kind = name.Kind };
                    defined |= other.Start == acronym.Start;
                }
            }

            if (!defined)
            {
                spans.Add(new EntitySpan(name.Kind, acronym.Start, acronym.End, name.Confidence));
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
