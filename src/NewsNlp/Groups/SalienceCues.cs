namespace NewsNlp.Groups;

/// <summary>Words around the mentions that tell a reader who a story is about: a reporting verb after a name (<c>the
/// agency announced</c>, <c>Smith said</c>), a name after <c>said</c>, a place preposition before a name (<c>in
/// Malawi</c>), and the headline's words in a name the recognizer cut differently there.</summary>
/// <remarks>Every scan is bounded by a constant per mention.</remarks>
internal static class SalienceCues
{
    private const int MaxLookAround = 60;
    private const int MaxSkippedWords = 3;
    private const int MaxNameWords = 12;
    private const int MaxPlacePreposition = 12;

    private static readonly string[] s_placePrepositions = [" in ", " in the ", " to ", " from ", " across ", " throughout "];

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

    /// <summary>Whether the mention starting at <paramref name="start"/> follows <c>in</c>, <c>in the</c>, <c>to</c>,
    /// <c>from</c>, <c>across</c> or <c>throughout</c>: a place where something happens (<c>floods in Malawi</c>).</summary>
    public static bool FollowsPlacePreposition(ReadOnlySpan<char> text, int start)
    {
        var before = text[Math.Max(0, start - MaxPlacePreposition)..start];
        foreach (string preposition in s_placePrepositions)
        {
            if (before.EndsWith(preposition, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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
