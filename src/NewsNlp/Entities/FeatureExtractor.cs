using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>Computes the hashed feature buckets of every token of a document straight from its characters.</summary>
/// <remarks>Every token gets exactly <see cref="TemplateCount"/> buckets, so token <c>i</c>'s features are
/// <c>Features[i * TemplateCount ..]</c>. No strings are built and nothing is allocated once the buffers are warm.</remarks>
internal static class FeatureExtractor
{
    public const int TemplateCount = 46;

    private const int FirstUpper = 1;
    private const int AllUpper = 2;
    private const int HasDigit = 4;
    private const int SentenceInitial = 8;
    private const int IsWord = 16;
    private const int AttachedLeft = 32;
    private const int FirstLower = 64;
    private const int HasLetter = 128;
    private const int AcronymLongForm = 256;
    private const int IsHyphen = 512;
    private const int IsOpenParen = 1024;
    private const int IsCloseParen = 2048;
    private const int IsPossessive = 4096;
    private const int IsQuote = 8192;
    private const int IsAmpersand = 16384;
    private const int IsEmDash = 32768;
    private const int InHeadline = 65536;

    private static readonly HashSet<ulong> s_titles = CreateTitles();

    private static readonly HashSet<ulong> s_honorifics = CreateSet(
    [
        "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "president", "field", "marshal", "lieutenant", "lt.", "colonel", "col.",
        "gen.", "general", "sen.", "senator", "prime", "minister", "ayatollah", "sheikh", "pope", "king", "queen", "prince",
        "princess", "sir", "lady", "lord", "governor", "gov.", "mayor", "ambassador", "admiral", "captain", "capt.", "sergeant",
        "brigadier", "rev.", "cardinal", "archbishop", "chancellor", "premier",
    ]);

    /// <summary>Common nouns whose possessive is part of many names (People’s Party, Children’s Fund, Women’s League).</summary>
    private static readonly HashSet<ulong> s_possessiveNameNouns = CreateSet(
    [
        "people", "children", "women", "men", "worker", "workers", "lord", "veterans", "farmers", "citizens", "martyrs",
        "mothers", "soldiers", "journalists", "writers", "doctors", "students", "teachers", "employees", "peasants", "nations",
    ]);

    /// <summary>Connectors of transliterated compound names (Lashkar-e-Taiba, Hizb-ut-Tahrir, Jaish-al-Adl).</summary>
    private static readonly HashSet<ulong> s_connectors = CreateSet(["e", "i", "o", "ul", "ut", "ud", "ur", "us", "un", "ush", "al", "el", "an", "as"]);

    /// <summary>Short function words that title case leaves in lower case (Join Forces to Crush the Rebels).</summary>
    private static readonly HashSet<ulong> s_minorWords = CreateSet(
    [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "as", "vs", "via", "with", "from",
        "into", "'s", "n't",
    ]);

    private static readonly ulong s_before = FeatureHash.Of("<s>");
    private static readonly ulong s_after = FeatureHash.Of("</s>");
    private static readonly ulong s_before2 = FeatureHash.Of("<s2>");
    private static readonly ulong s_after2 = FeatureHash.Of("</s2>");

    public static void Extract(
        ReadOnlySpan<char> text,
        ReadOnlySpan<Token> tokens,
        ReadOnlySpan<Sentence> sentences,
        FeatureSettings settings,
        Gazetteer gazetteer,
        WordClusters clusters,
        TaggerBuffers buffers)
    {
        int n = tokens.Length;
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                buffers.SentenceIndex[i] = s;
            }
        }

        for (int i = 0; i < n; i++)
        {
            Describe(text, tokens, i, buffers);
        }

        foreach (var sentence in sentences)
        {
            buffers.Flags[sentence.FirstToken] |= SentenceInitial;
            // A sentence that opens with a quote or bracket starts at its first word.
            int first = sentence.FirstToken;
            while (first + 1 < sentence.EndToken && (buffers.Flags[first] & (IsQuote | IsOpenParen)) != 0)
            {
                first++;
                buffers.Flags[first] |= SentenceInitial;
            }
        }

        foreach (var sentence in sentences)
        {
            MarkHeadline(buffers, sentence.FirstToken, sentence.EndToken);
        }

        bool useDocument = settings.Has(FeatureGroups.Document);
        if (useDocument)
        {
            CollectDocumentEvidence(text, tokens, buffers);
        }

        bool useGazetteer = settings.Has(FeatureGroups.Gazetteer);
        bool useClusters = settings.Has(FeatureGroups.Clusters);
        for (int i = 0; i < n; i++)
        {
            buffers.Gazetteer[i] = useGazetteer ? gazetteer.Lookup(buffers.Lower[i]) : (ushort)0;
            buffers.Cluster[i] = useClusters ? clusters.Lookup(buffers.Lower[i]) : 0u;
        }

        int bits = settings.BucketBits;
        bool useNameLists = useGazetteer && settings.Has(FeatureGroups.NameLists);
        if (settings.Has(FeatureGroups.History))
        {
            buffers.History.Reset(n);
        }
        foreach (var sentence in sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                WriteFeatures(buffers, i, sentence.FirstToken, sentence.EndToken, bits, useDocument);
                WriteOptionalFeatures(buffers, i, sentence.FirstToken, sentence.EndToken, bits, useNameLists);
            }
        }
    }

    /// <summary>Writes, per token of a sentence, the labels decoding may use: a possessive clitic (<c>’s</c>) ends a name
    /// unless a common noun such as <c>People</c> precedes it, and a hyphenated designator compound (<c>Lashkar-e-Taiba</c>)
    /// is one organization name.</summary>
    /// <remarks>Punctuation and symbols (no letter or digit) may sit inside a name (<c>AT &amp; T</c>) but never start or end one.</remarks>
    public static void FillAllowed(TaggerBuffers buffers, BilouLabels labels, int first, int count, Span<ulong> allowed)
    {
        ulong inside = 1UL;
        for (int k = 0; k < labels.KindCount; k++)
        {
            inside |= 1UL << BilouLabels.Label(k, BilouLabels.Inside);
        }

        for (int t = 0; t < count; t++)
        {
            int flags = buffers.Flags[first + t];
            if ((flags & IsPossessive) != 0)
            {
                // Inside a name after a capitalized common noun (People’s Party, Lord’s Resistance Army); never after a
                // proper name, where it marks an owner (Pakistan’s Press Information Department), nor at a name's end.
                bool between = t > 0 && t + 1 < count
                    && (buffers.Flags[first + t - 1] & FirstUpper) != 0 && s_possessiveNameNouns.Contains(buffers.Lower[first + t - 1])
                    && (buffers.Flags[first + t + 1] & FirstUpper) != 0;
                allowed[t] = between ? inside : 1UL;
            }
            else if ((flags & (HasLetter | HasDigit)) == 0)
            {
                // Spaced punctuation (TEHRAN / ISLAMABAD — Iran) separates names; attached punctuation and "&" may join them.
                // An em dash never joins names, even unspaced (the BLA—and Pakistan-based groups).
                bool attached = (flags & AttachedLeft) != 0 || (t + 1 < count && (buffers.Flags[first + t + 1] & AttachedLeft) != 0);
                allowed[t] = (attached && (flags & IsEmDash) == 0) || (flags & IsAmpersand) != 0 ? inside : 1UL;
            }
            else
            {
                allowed[t] = ulong.MaxValue;
            }
        }

        int organization = labels.IndexOf(EntityKind.Organization);
        if (organization >= 0)
        {
            ConstrainDesignatorCompounds(buffers, organization, first, count, allowed);
        }
    }

    /// <summary>A transliterated group name joined by hyphens and a connector, opened by a designator (<c>Lashkar-e-Taiba</c>,
    /// <c>Hizb-ut-Tahrir</c>), is one organization name: the tagger only chooses whether capitalized words around it belong
    /// to it too (<c>Pakistan Tehreek-e-Insaf</c>).</summary>
    /// <remarks>The training news hardly shows such names, and the tagger reads the lower-case connector as the end of a name.</remarks>
    private static void ConstrainDesignatorCompounds(TaggerBuffers buffers, int organization, int first, int count, Span<ulong> allowed)
    {
        ulong begin = 1UL << BilouLabels.Label(organization, BilouLabels.Begin);
        ulong inside = 1UL << BilouLabels.Label(organization, BilouLabels.Inside);
        ulong last = 1UL << BilouLabels.Label(organization, BilouLabels.Last);
        for (int t = 0; t + 4 < count; t++)
        {
            int i = first + t;
            if (!IsCapitalizedWord(buffers, i) || !NameHeadWords.IsOrganizationDesignator(buffers.Lower[i]))
            {
                continue;
            }

            // Designator, then one or more "-connector-Word" links, all unspaced.
            int end = t;
            while (end + 4 < count && IsConnectorLink(buffers, first + end + 1))
            {
                end += 3;
            }

            if (end == t)
            {
                continue;
            }

            allowed[t] &= begin | inside;
            for (int k = t + 1; k < end; k++)
            {
                allowed[k] &= inside;
            }

            allowed[end] &= inside | last;
            t = end;
        }
    }

    // Tokens i, i+1, i+2: an attached hyphen, a connector (e, ul, ut, al…), an attached hyphen, then an attached capitalized word at i+3.
    private static bool IsConnectorLink(TaggerBuffers buffers, int i) =>
        (buffers.Flags[i] & (IsHyphen | AttachedLeft)) == (IsHyphen | AttachedLeft)
        && (buffers.Flags[i + 1] & (FirstLower | AttachedLeft)) == (FirstLower | AttachedLeft) && s_connectors.Contains(buffers.Lower[i + 1])
        && (buffers.Flags[i + 2] & (IsHyphen | AttachedLeft)) == (IsHyphen | AttachedLeft)
        && (buffers.Flags[i + 3] & (FirstUpper | AttachedLeft)) == (FirstUpper | AttachedLeft) && IsCapitalizedWord(buffers, i + 3);

    /// <summary>Whether the token is a title or honorific (<c>President</c>, <c>Gen.</c>, <c>Marshal</c>).</summary>
    public static bool IsTitle(TaggerBuffers buffers, int index) => s_titles.Contains(buffers.Lower[index]);

    /// <summary>Whether the token is an honorific that only precedes people's names (<c>Mr.</c>, <c>Field Marshal</c>, <c>Gen.</c>).</summary>
    public static bool IsHonorific(TaggerBuffers buffers, int index) => s_honorifics.Contains(buffers.Lower[index]);

    /// <summary>Whether tokens <paramref name="index"/>+1 and +2 are an attached hyphen and a dependent tail such as
    /// <c>-linked</c> or <c>-based</c>, all within <paramref name="end"/>.</summary>
    public static bool HasDependentTail(TaggerBuffers buffers, int index, int end) =>
        index + 2 < end
        && (buffers.Flags[index + 1] & (IsHyphen | AttachedLeft)) == (IsHyphen | AttachedLeft)
        && (buffers.Flags[index + 2] & (AttachedLeft | FirstLower)) == (AttachedLeft | FirstLower)
        && s_dependentTails.Contains(buffers.Lower[index + 2]);

    /// <summary>Whether the token is a word starting with a capital letter.</summary>
    public static bool IsCapitalizedWord(TaggerBuffers buffers, int index) => (buffers.Flags[index] & (FirstUpper | IsWord)) == (FirstUpper | IsWord);

    /// <summary>The lower-case hash of a word exactly as the features compute it (apostrophes and dashes normalized).</summary>
    public static ulong LowerHash(ReadOnlySpan<char> word)
    {
        ulong lower = FeatureHash.Empty;
        foreach (char c in word)
        {
            lower = FeatureHash.Add(lower, char.ToLowerInvariant(Normalize(c)));
        }

        return FeatureHash.Finish(lower);
    }

    private static void Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, TaggerBuffers buffers)
    {
        var token = tokens[index];
        var chars = text[token.Start..token.End];
        ulong word = FeatureHash.Empty;
        ulong lower = FeatureHash.Empty;
        ulong shape = FeatureHash.Empty;
        ulong shortShape = FeatureHash.Empty;
        char lastShape = '\0';
        int upper = 0;
        int letters = 0;
        int flags = 0;
        var affixes = buffers.Affixes.AsSpan(index * TaggerBuffers.AffixCount, TaggerBuffers.AffixCount);
        for (int k = 0; k < chars.Length; k++)
        {
            char c = Normalize(chars[k]);
            char l = char.ToLowerInvariant(c);
            word = FeatureHash.Add(word, c);
            lower = FeatureHash.Add(lower, l);
            if (k < 4)
            {
                affixes[k] = FeatureHash.Finish(lower);
            }

            char sh;
            if (char.IsUpper(c))
            {
                sh = 'X';
                upper++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                sh = 'x';
                letters++;
            }
            else if (char.IsDigit(c))
            {
                sh = 'd';
                flags |= HasDigit;
            }
            else
            {
                sh = c;
            }

            shape = FeatureHash.Add(shape, sh);
            if (sh != lastShape)
            {
                shortShape = FeatureHash.Add(shortShape, sh);
                lastShape = sh;
            }
        }

        for (int k = chars.Length; k < 4; k++)
        {
            affixes[k] = FeatureHash.Finish(lower);
        }

        for (int k = 1; k <= 4; k++)
        {
            ulong suffix = FeatureHash.Empty;
            for (int j = Math.Max(0, chars.Length - k); j < chars.Length; j++)
            {
                suffix = FeatureHash.Add(suffix, char.ToLowerInvariant(Normalize(chars[j])));
            }

            affixes[3 + k] = FeatureHash.Finish(suffix);
        }

        if (letters > 0)
        {
            flags |= HasLetter;
            char first = chars[0];
            if (char.IsUpper(first))
            {
                flags |= FirstUpper;
            }
            else if (char.IsLower(first))
            {
                flags |= FirstLower;
            }

            if (upper == letters)
            {
                flags |= AllUpper;
            }
        }

        if (token.Kind == TokenKind.Word)
        {
            flags |= IsWord;
        }

        if (index > 0 && tokens[index - 1].End == token.Start)
        {
            flags |= AttachedLeft;
        }

        if (chars.Length == 1 && chars[0] is '\u2014' or '\u2015')
        {
            flags |= IsEmDash;
        }

        if (chars.Length == 1)
        {
            char c = Normalize(chars[0]);
            flags |= c switch
            {
                '-' => IsHyphen,
                '(' or '[' => IsOpenParen,
                ')' or ']' => IsCloseParen,
                '"' or '\'' or '\u201C' or '\u201D' or '\u2018' => IsQuote,
                '&' => IsAmpersand,
                _ => 0,
            };
        }
        else if (chars.Length == 2 && Normalize(chars[0]) == '\'' && (chars[1] | 0x20) == 's')
        {
            flags |= IsPossessive;
        }

        buffers.Word[index] = FeatureHash.Finish(word);
        buffers.Lower[index] = FeatureHash.Finish(lower);
        buffers.Shape[index] = FeatureHash.Finish(shape);
        buffers.ShortShape[index] = FeatureHash.Finish(shortShape);
        buffers.Flags[index] = flags;
    }

    /// <summary>Flags every token of a headline: a sentence in title case or capitals, whose capitalization says little
    /// about names (Iran, Pakistan Join Forces to Crush Rebel Militancy).</summary>
    /// <remarks>At least three capitalized words, two thirds of the words, and every lower-case word a short function word.</remarks>
    private static void MarkHeadline(TaggerBuffers buffers, int first, int end)
    {
        int words = 0;
        int capitalized = 0;
        for (int i = first; i < end; i++)
        {
            int flags = buffers.Flags[i];
            if ((flags & HasLetter) == 0)
            {
                continue;
            }

            words++;
            if ((flags & (FirstUpper | AllUpper)) != 0)
            {
                capitalized++;
            }
            else if (!s_minorWords.Contains(buffers.Lower[i]))
            {
                return;
            }
        }

        if (capitalized < 3 || capitalized * 3 < words * 2)
        {
            return;
        }

        for (int i = first; i < end; i++)
        {
            buffers.Flags[i] |= InHeadline;
        }
    }

    public static char Normalize(char c) => c switch
    {
        '\u2019' or '\u2018' or '`' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        _ => c,
    };

    private static void CollectDocumentEvidence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, TaggerBuffers buffers)
    {
        int n = tokens.Length;
        buffers.LowerSeen.Reset(n);
        buffers.CapitalizedMidSentence.Reset(n);
        buffers.Acronyms.Reset(n);
        buffers.PhraseMembers.Reset(n);
        for (int i = 0; i < n; i++)
        {
            int flags = buffers.Flags[i];
            if ((flags & FirstLower) != 0)
            {
                buffers.LowerSeen.Add(buffers.Lower[i]);
            }
            else if ((flags & FirstUpper) != 0 && (flags & (SentenceInitial | InHeadline)) == 0)
            {
                buffers.CapitalizedMidSentence.Add(buffers.Lower[i]);
            }
        }

        // Words that occur inside a run of capitalized words mid-sentence ("Asim Munir"), so a later bare "Munir" is recognized.
        for (int i = 0; i < n; i++)
        {
            int flags = buffers.Flags[i];
            if ((flags & (FirstUpper | IsWord)) != (FirstUpper | IsWord) || (flags & (SentenceInitial | AllUpper | InHeadline)) != 0)
            {
                continue;
            }

            bool left = i > 0 && buffers.SentenceIndex[i - 1] == buffers.SentenceIndex[i] && (buffers.Flags[i - 1] & (FirstUpper | IsWord)) == (FirstUpper | IsWord);
            bool right = i + 1 < n && buffers.SentenceIndex[i + 1] == buffers.SentenceIndex[i] && (buffers.Flags[i + 1] & (FirstUpper | IsWord)) == (FirstUpper | IsWord);
            if (left || right)
            {
                buffers.PhraseMembers.Add(buffers.Lower[i]);
            }
        }

        // "Long Form Name (LFN)": the acronym and the words it abbreviates.
        for (int i = 1; i + 2 < n; i++)
        {
            if ((buffers.Flags[i] & IsOpenParen) == 0 || (buffers.Flags[i + 2] & IsCloseParen) == 0 || (buffers.Flags[i + 1] & AllUpper) == 0)
            {
                continue;
            }

            var acronym = tokens[i + 1].GetText(text);
            if (acronym.Length is < 2 or > 8)
            {
                continue;
            }

            int letter = acronym.Length - 1;
            int j = i - 1;
            int firstMatched = -1;
            while (j >= 0 && letter >= 0 && i - j <= 12)
            {
                var word = tokens[j].GetText(text);
                int flags = buffers.Flags[j];
                if ((flags & FirstUpper) != 0 && char.ToUpperInvariant(word[0]) == acronym[letter])
                {
                    firstMatched = j;
                    letter--;
                }
                else if (!IsConnector(word, flags))
                {
                    break;
                }

                j--;
            }

            if (letter < 0 && firstMatched >= 0)
            {
                buffers.Acronyms.Add(buffers.Word[i + 1]);
                for (int k = firstMatched; k < i; k++)
                {
                    buffers.Flags[k] |= AcronymLongForm;
                }
            }
        }
    }

    private static bool IsConnector(ReadOnlySpan<char> word, int flags) =>
        (flags & IsHyphen) != 0 || word is "of" or "and" or "the" or "for" or "&" or "de" or "al" or "on" or "in";

    private static void WriteFeatures(TaggerBuffers b, int i, int first, int end, int bits, bool useDocument)
    {
        var f = b.Features.AsSpan(i * TemplateCount, TemplateCount);
        ulong lowerPrev = i - 1 >= first ? b.Lower[i - 1] : s_before;
        ulong lowerPrev2 = i - 2 >= first ? b.Lower[i - 2] : (i - 1 >= first ? s_before : s_before2);
        ulong lowerNext = i + 1 < end ? b.Lower[i + 1] : s_after;
        ulong lowerNext2 = i + 2 < end ? b.Lower[i + 2] : (i + 1 < end ? s_after : s_after2);
        ulong shapePrev = i - 1 >= first ? b.ShortShape[i - 1] : s_before;
        ulong shapePrev2 = i - 2 >= first ? b.ShortShape[i - 2] : (i - 1 >= first ? s_before : s_before2);
        ulong shapeNext = i + 1 < end ? b.ShortShape[i + 1] : s_after;
        ulong shapeNext2 = i + 2 < end ? b.ShortShape[i + 2] : (i + 1 < end ? s_after : s_after2);
        ulong shape = b.ShortShape[i];
        ulong lower = b.Lower[i];
        int flags = b.Flags[i];
        var affixes = b.Affixes.AsSpan(i * TaggerBuffers.AffixCount, TaggerBuffers.AffixCount);

        f[0] = FeatureHash.Bucket(0, 0, bits);
        f[1] = FeatureHash.Bucket(1, b.Word[i], bits);
        f[2] = FeatureHash.Bucket(2, lower, bits);
        for (int k = 0; k < TaggerBuffers.AffixCount; k++)
        {
            f[3 + k] = FeatureHash.Bucket(3 + k, affixes[k], bits);
        }

        f[11] = FeatureHash.Bucket(11, b.Shape[i], bits);
        f[12] = FeatureHash.Bucket(12, shape, bits);
        f[13] = FeatureHash.Bucket(13, lowerPrev, bits);
        f[14] = FeatureHash.Bucket(14, lowerNext, bits);
        f[15] = FeatureHash.Bucket(15, lowerPrev2, bits);
        f[16] = FeatureHash.Bucket(16, lowerNext2, bits);
        f[17] = FeatureHash.Bucket(17, shapePrev, bits);
        f[18] = FeatureHash.Bucket(18, shapeNext, bits);
        f[19] = FeatureHash.Bucket(19, shapePrev2, bits);
        f[20] = FeatureHash.Bucket(20, shapeNext2, bits);
        f[21] = FeatureHash.Bucket(21, FeatureHash.Combine(lowerPrev, lower), bits);
        f[22] = FeatureHash.Bucket(22, FeatureHash.Combine(lower, lowerNext), bits);
        f[23] = FeatureHash.Bucket(23, FeatureHash.Combine(FeatureHash.Combine(shapePrev, shape), shapeNext), bits);
        f[24] = FeatureHash.Bucket(24, (ulong)(flags & (FirstUpper | AllUpper | HasDigit | SentenceInitial | IsWord | InHeadline)), bits);

        // Document-level evidence; constant features (the bias of each template) when the group is off.
        ulong lowerElsewhere = 0;
        ulong capitalizedElsewhere = 0;
        ulong acronym = 0;
        if (useDocument && (flags & FirstUpper) != 0)
        {
            bool initial = (flags & SentenceInitial) != 0;
            lowerElsewhere = 1 + (initial ? 2UL : 0) + (b.LowerSeen.Contains(lower) ? 4UL : 0) + ((flags & AllUpper) != 0 ? 8UL : 0)
                + ((flags & InHeadline) != 0 ? 16UL : 0);
            capitalizedElsewhere = 1 + (initial ? 2UL : 0) + (b.CapitalizedMidSentence.Contains(lower) ? 4UL : 0);
            acronym = 1 + (b.Acronyms.Contains(b.Word[i]) ? 2UL : 0) + ((flags & AcronymLongForm) != 0 ? 4UL : 0);
        }

        ulong phrase = 0;
        if (useDocument && (flags & FirstUpper) != 0)
        {
            int prevCap = i - 1 >= first && (b.Flags[i - 1] & FirstUpper) != 0 ? 1 : 0;
            int nextCap = i + 1 < end && (b.Flags[i + 1] & FirstUpper) != 0 ? 1 : 0;
            phrase = 1 + (b.PhraseMembers.Contains(lower) ? 2UL : 0) + (ulong)((prevCap | nextCap) << 2) + ((flags & SentenceInitial) != 0 ? 8UL : 0);
        }

        f[42] = FeatureHash.Bucket(42, phrase, bits);
        f[25] = FeatureHash.Bucket(25, lowerElsewhere, bits);
        f[26] = FeatureHash.Bucket(26, capitalizedElsewhere, bits);
        f[27] = FeatureHash.Bucket(27, acronym, bits);

        int nextFlags = i + 1 < end ? b.Flags[i + 1] : 0;
        int prevFlags = i - 1 >= first ? b.Flags[i - 1] : 0;
        ulong punctuation =
            ((nextFlags & IsPossessive) != 0 && (nextFlags & AttachedLeft) != 0 ? 1UL : 0)
            | ((prevFlags & IsOpenParen) != 0 ? 2UL : 0)
            | ((nextFlags & IsCloseParen) != 0 ? 4UL : 0)
            | ((prevFlags & IsHyphen) != 0 && (flags & AttachedLeft) != 0 ? 8UL : 0)
            | ((nextFlags & IsHyphen) != 0 && (nextFlags & AttachedLeft) != 0 ? 16UL : 0)
            | ((flags & IsHyphen) != 0 && (flags & AttachedLeft) != 0 && (nextFlags & AttachedLeft) != 0 ? 32UL : 0);
        f[28] = FeatureHash.Bucket(28, FeatureHash.Combine(punctuation, shape), bits);
        f[29] = FeatureHash.Bucket(29, punctuation, bits);

        ulong gaz = (ulong)(b.Gazetteer[i] & NameListBits.KindMask);
        ulong gazPrev = i - 1 >= first ? (ulong)(b.Gazetteer[i - 1] & NameListBits.KindMask) : 0x10000UL;
        ulong gazNext = i + 1 < end ? (ulong)(b.Gazetteer[i + 1] & NameListBits.KindMask) : 0x10000UL;
        f[30] = FeatureHash.Bucket(30, gaz | ((ulong)(flags & (FirstUpper | AllUpper)) << 20), bits);
        f[31] = FeatureHash.Bucket(31, gazPrev, bits);
        f[32] = FeatureHash.Bucket(32, gazNext, bits);

        ulong cluster = b.Cluster[i];
        ulong clusterPrev = i - 1 >= first ? b.Cluster[i - 1] : 0x1_0000_0000UL;
        ulong clusterNext = i + 1 < end ? b.Cluster[i + 1] : 0x1_0000_0000UL;
        f[33] = FeatureHash.Bucket(33, clusterPrev, bits);
        f[34] = FeatureHash.Bucket(34, clusterNext, bits);
        f[35] = FeatureHash.Bucket(35, cluster == 0 ? 0 : FeatureHash.Combine(cluster, shape), bits);
        f[36] = FeatureHash.Bucket(36, cluster, bits);

        f[37] = FeatureHash.Bucket(37, FeatureHash.Combine(lowerPrev, shape), bits);
        f[38] = FeatureHash.Bucket(38, FeatureHash.Combine(shape, lowerNext), bits);
        f[39] = FeatureHash.Bucket(39, FeatureHash.Combine(lowerPrev2, lowerPrev), bits);

        // A title or honorific before a capitalized word (Field Marshal X, Gen. X) points to a person.
        bool titlePrev = i - 1 >= first && s_titles.Contains(b.Lower[i - 1]);
        bool titlePrev2 = i - 2 >= first && s_titles.Contains(b.Lower[i - 2]);
        f[40] = FeatureHash.Bucket(40, (titlePrev ? 1UL : 0) | (titlePrev2 ? 2UL : 0) | ((ulong)(flags & FirstUpper) << 2), bits);
        f[41] = FeatureHash.Bucket(41, s_titles.Contains(lower) ? 1UL + (ulong)(flags & FirstUpper) : 0, bits);
    }

    /// <summary>Templates 43–45, each a constant when its group is off: name-list membership of the word and of its
    /// neighbours, and the prediction history.</summary>
    private static void WriteOptionalFeatures(TaggerBuffers b, int i, int first, int end, int bits, bool useNameLists)
    {
        var f = b.Features.AsSpan(i * TemplateCount, TemplateCount);
        int flags = b.Flags[i];
        ulong capitalization = (ulong)(flags & (FirstUpper | AllUpper | SentenceInitial));
        ulong lists = 0;
        ulong neighbours = 0;
        if (useNameLists)
        {
            // Four list bits per token: the word's own with its capitalization, and its neighbours'.
            ulong own = (ulong)(b.Gazetteer[i] >> 8) & 0xF;
            ulong previous = i - 1 >= first ? (ulong)(b.Gazetteer[i - 1] >> 8) & 0xF : 0x10;
            ulong next = i + 1 < end ? (ulong)(b.Gazetteer[i + 1] >> 8) & 0xF : 0x10;
            lists = 1 + own + (capitalization << 8);
            neighbours = 1 + previous + (next << 5) + ((flags & FirstUpper) != 0 ? 1UL << 10 : 0);
        }

        f[43] = FeatureHash.Bucket(43, lists, bits);
        f[44] = FeatureHash.Bucket(44, neighbours, bits);

        // Template 45 is the prediction history, filled by WriteHistory just before the sentence is scored.
        f[45] = FeatureHash.Bucket(45, 0, bits);
    }

    /// <summary>Bit of <see cref="TaggerBuffers.History"/> meaning "capitalized mid-sentence, tagged outside any name".</summary>
    private const byte HistoryOutside = 0x80;

    /// <summary>Bit of <see cref="TaggerBuffers.History"/> meaning "tagged as a name of any kind in a headline"; the five
    /// kinds use bits 0–4.</summary>
    private const byte HistoryHeadlineName = 0x40;

    /// <summary>Writes template 45 of a sentence's capitalized words: the kinds the same word got earlier in the document.</summary>
    /// <remarks>Decoding goes sentence by sentence in document order, in training as in tagging, so the history a sentence
    /// sees is always the tagger's own earlier output.</remarks>
    public static void WriteHistory(TaggerBuffers b, int first, int count, int bits)
    {
        for (int i = first; i < first + count; i++)
        {
            if (!IsCapitalizedWord(b, i))
            {
                continue;
            }

            int flags = b.Flags[i];
            ulong seen = b.History.Get(b.Lower[i]);
            ulong value = 1 + ((flags & SentenceInitial) != 0 ? 2UL : 0) + ((flags & AllUpper) != 0 ? 4UL : 0) + (seen << 3);
            b.Features[(i * TemplateCount) + 45] = FeatureHash.Bucket(45, value, bits);
        }
    }

    /// <summary>Records the labels decoded for a sentence into the document's prediction history.</summary>
    public static void RecordHistory(TaggerBuffers b, int first, ReadOnlySpan<int> labels)
    {
        for (int t = 0; t < labels.Length; t++)
        {
            int i = first + t;
            if (!IsCapitalizedWord(b, i))
            {
                continue;
            }

            int kind = BilouLabels.KindIndex(labels[t]);
            if ((b.Flags[i] & InHeadline) != 0)
            {
                // A headline's capitals say little, so its guesses only say "some name" to the story below it.
                if (kind >= 0)
                {
                    b.History.Or(b.Lower[i], HistoryHeadlineName);
                }
            }
            else if (kind >= 0)
            {
                b.History.Or(b.Lower[i], (byte)(1 << kind));
            }
            else if ((b.Flags[i] & SentenceInitial) == 0)
            {
                b.History.Or(b.Lower[i], HistoryOutside);
            }
        }
    }

    private static readonly HashSet<ulong> s_dependentTails = CreateSet(
    [
        "based", "backed", "linked", "led", "born", "made", "owned", "run", "controlled", "funded", "allied", "supported",
        "sponsored", "affiliated", "inspired", "brokered", "dominated", "held", "occupied", "administered", "bound",
    ]);

    private static HashSet<ulong> CreateSet(string[] words)
    {
        var set = new HashSet<ulong>();
        foreach (var word in words)
        {
            set.Add(LowerHash(word));
        }

        return set;
    }

    private static HashSet<ulong> CreateTitles()
    {
        string[] titles =
        [
            "mr.", "mrs.", "ms.", "dr.", "prof.", "sir", "dame", "lord", "lady", "president", "minister", "premier", "chancellor",
            "secretary", "general", "gen.", "senator", "sen.", "rep.", "congressman", "congresswoman", "governor", "gov.", "mayor",
            "field", "king", "queen", "prince", "princess", "pope", "cardinal", "archbishop", "bishop", "rev.", "reverend", "ayatollah",
            "sheikh", "imam", "marshal", "lieutenant", "lt.", "colonel", "col.", "major", "maj.", "captain", "capt.", "admiral",
            "adm.", "commander", "judge", "justice", "ambassador", "envoy", "spokesman", "spokeswoman", "sergeant", "sgt.",
            "brigadier", "emperor", "sultan", "coach", "striker", "goalkeeper", "midfielder", "defender", "chairman", "chief",
            "director", "officer", "analyst", "correspondent", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sen",
        ];
        var set = new HashSet<ulong>();
        foreach (var title in titles)
        {
            set.Add(LowerHash(title));
        }

        return set;
    }
}
