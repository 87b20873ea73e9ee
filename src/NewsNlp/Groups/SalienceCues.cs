using NewsNlp.Entities;

namespace NewsNlp.Groups;

/// <summary>Words around the mentions that tell a reader who a story is about: a reporting verb after a name (<c>the
/// agency announced</c>, <c>Smith said</c>), a name after <c>said</c>, the headline's words in a name the recognizer cut
/// differently there, and a nominal reference to a named organization (<c>the agency</c>, <c>the Bank</c>).</summary>
/// <remarks>Every scan is bounded by a constant per mention, and the nominal references are found in one pass over the
/// body: linear in the text and the mentions.</remarks>
internal static class SalienceCues
{
    private const int MaxLookAround = 60;
    private const int MaxSkippedWords = 3;
    private const int MaxNameWords = 12;
    private const int CompanyHead = 3;

    // The head nouns of a nominal reference ("the agency") and the words that give an organization's name that head.
    private static readonly string[] s_heads =
    [
        "agency", "department", "bureau", "company", "ministry", "commission", "bank", "office", "corporation", "administration",
        "court", "committee", "council", "foundation", "institute", "center", "centre", "service", "authority", "organization",
        "university", "firm", "fund", "board", "endowment", "program", "programme", "mission", "embassy", "command",
    ];

    // Words that may stand between a name and its verb: "the agency today announced", "Smith has said".
    private static readonly string[] s_skippable =
    [
        "today", "has", "have", "had", "will", "also", "recently", "yesterday", "officially", "jointly", "formally", "is", "was",
    ];

    private static readonly string[] s_verbs =
    [
        "announced", "announces", "announce", "said", "says", "stated", "states", "awarded", "awards", "approved", "approves",
        "signed", "signs", "launched", "launches", "released", "releases", "issued", "issues", "charged", "charges",
        "sentenced", "reported", "reports", "hosted", "hosts", "unveiled", "unveils", "welcomed", "welcomes", "celebrated",
        "celebrates", "honored", "honors", "named", "names", "praised", "praises", "urged", "urges", "called", "calls",
        "declared", "declares", "added", "noted", "told", "delivered", "delivers", "met", "meets", "visited", "visits",
        "congratulated", "congratulates", "condemned", "condemns", "joined", "joins", "led", "leads", "provided", "provides",
    ];

    /// <summary>Whether a reporting or acting verb follows the mention ending at <paramref name="end"/>, after at most a
    /// few words such as <c>today</c> or <c>has</c>: <c>EXIM today approved</c>, <c>Kerry said</c>.</summary>
    public static bool IsAgent(ReadOnlySpan<char> text, int end)
    {
        int limit = Math.Min(text.Length, end + MaxLookAround);
        int at = end;
        for (int words = 0; words <= MaxSkippedWords; words++)
        {
            while (at < limit && text[at] is ' ' or '\u00A0' or ',')
            {
                at++;
            }

            int wordEnd = at;
            while (wordEnd < limit && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            var word = text[at..wordEnd];
            if (word.IsEmpty)
            {
                return false;
            }

            if (IsOneOf(word, s_verbs))
            {
                return true;
            }

            if (!IsOneOf(word, s_skippable))
            {
                return false;
            }

            at = wordEnd;
        }

        return false;
    }

    /// <summary>Whether <c>said</c> or <c>says</c> comes right before the mention starting at <paramref name="start"/>, with
    /// only capitalized words (titles) between: <c>," said Acting District Director Robert DuCoté</c>.</summary>
    public static bool IsSpeaker(ReadOnlySpan<char> text, int start)
    {
        int from = Math.Max(0, start - MaxLookAround);
        var before = text[from..start];
        int at = before.LastIndexOf(" said ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = before.LastIndexOf(" says ", StringComparison.Ordinal);
        }

        return at >= 0 && SalienceFeatures.OpensClause(before[(at + 6)..]);
    }

    /// <summary>The share of the name's capitalized words (three letters or more) that the headline has as words, ignoring
    /// case: <c>Buhari</c> of <c>Muhammadu Buhari</c> in <c>Jonathan Congratulates Buhari</c>.</summary>
    public static float HeadlineWordShare(ReadOnlySpan<char> headline, ReadOnlySpan<char> name)
    {
        if (headline.IsEmpty)
        {
            return 0;
        }

        int words = 0;
        int found = 0;
        int i = 0;
        while (i < name.Length && words < MaxNameWords)
        {
            while (i < name.Length && !char.IsLetter(name[i]))
            {
                i++;
            }

            int end = i;
            while (end < name.Length && (char.IsLetter(name[end]) || name[end] == '\''))
            {
                end++;
            }

            var word = name[i..end];
            if (word.Length >= 3 && char.IsUpper(word[0]))
            {
                words++;
                found += ContainsWord(headline, word) ? 1 : 0;
            }

            i = end;
        }

        return words == 0 ? 0 : found / (float)words;
    }

    /// <summary>Counts, for each organization group, the nominal references in the body that point at it: <c>the</c>
    /// followed by a head noun (<c>agency</c>, <c>Bank</c>, <c>department</c>) that is a word of the name of the
    /// organization group last mentioned with that word before it, and writes ln(1 + count) to each row at
    /// <paramref name="feature"/>.</summary>
    public static void CountNominals(ReadOnlySpan<char> text, int headlineEnd, ReadOnlySpan<Entity> mentions, ReadOnlySpan<int> groupOf,
        ReadOnlySpan<EntityKind> groupKinds, Span<float> features, int stride, int feature)
    {
        Span<int> lastWithHead = stackalloc int[s_heads.Length];
        lastWithHead.Fill(-1);
        int groups = groupKinds.Length;
        var counts = new int[groups];
        int next = 0;
        int at = headlineEnd;
        while (at < text.Length)
        {
            int found = text[at..].IndexOf("he ", StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            found += at;
            at = found + 3;
            if (found == 0 || text[found - 1] is not ('t' or 'T') || (found >= 2 && char.IsLetter(text[found - 2])))
            {
                continue;
            }

            int wordEnd = at;
            while (wordEnd < text.Length && wordEnd - at < 16 && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            int head = HeadIndex(text[at..wordEnd]);
            if (head < 0 || (wordEnd < text.Length && text[wordEnd] == ' ' && text[(wordEnd + 1)..].StartsWith("of ", StringComparison.Ordinal)))
            {
                continue;
            }

            // The mentions before the reference say which organization last carried the head word.
            for (; next < mentions.Length && mentions[next].End <= found; next++)
            {
                int g = groupOf[next];
                if (g >= 0 && g < groups && groupKinds[g] == EntityKind.Organization)
                {
                    MarkHeads(text[mentions[next].Start..mentions[next].End], g, lastWithHead);
                }
            }

            if (next < mentions.Length && mentions[next].Start < wordEnd)
            {
                continue; // inside a name: "the Bank of Japan" recognized whole
            }

            if (lastWithHead[head] >= 0)
            {
                counts[lastWithHead[head]]++;
            }
        }

        for (int g = 0; g < groups; g++)
        {
            features[(g * stride) + feature] = MathF.Log(1 + counts[g]);
        }
    }

    private static void MarkHeads(ReadOnlySpan<char> name, int group, Span<int> lastWithHead)
    {
        int i = 0;
        int words = 0;
        while (i < name.Length && words++ < MaxNameWords)
        {
            while (i < name.Length && !char.IsLetter(name[i]))
            {
                i++;
            }

            int end = i;
            while (end < name.Length && char.IsLetter(name[end]))
            {
                end++;
            }

            int head = HeadIndex(name[i..end]);
            if (head >= 0)
            {
                lastWithHead[head] = group;
            }

            // A company's legal form makes it "the company".
            if (name[i..end] is "Inc" or "Corp" or "LLC" or "Ltd" or "Co" or "Corporation" or "Company" or "Limited")
            {
                lastWithHead[CompanyHead] = group;
            }

            i = end;
        }
    }

    private static int HeadIndex(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return -1;
        }

        for (int h = 0; h < s_heads.Length; h++)
        {
            if (word.Equals(s_heads[h], StringComparison.OrdinalIgnoreCase))
            {
                return h;
            }
        }

        return -1;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (string w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at += from;
            int end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
