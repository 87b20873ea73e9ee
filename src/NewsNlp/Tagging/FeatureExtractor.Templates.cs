namespace NewsNlp.Tagging;

/// <content>Feature writing: the buckets of templates 0–44 of a token, and the constant of template 45 until the
/// history fills it.</content>
internal static partial class FeatureExtractor
{
    private static readonly ulong s_before = FeatureHash.Of("<s>");
    private static readonly ulong s_after = FeatureHash.Of("</s>");
    private static readonly ulong s_before2 = FeatureHash.Of("<s2>");
    private static readonly ulong s_after2 = FeatureHash.Of("</s2>");

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

    /// <summary>Templates 43–47, each a constant when its group is off: name-list membership of the word and of its
    /// neighbours, the prediction history, and the name-list phrases around the word.</summary>
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

        // Templates 46–47: the name-list phrase around the word (category bits and position), with the word's
        // capitalization, and the phrases of its neighbours; all zero outside any listed name or when the group is off.
        uint phrase = b.Phrase[i];
        uint phrasePrev = i - 1 >= first ? b.Phrase[i - 1] : 0x80000u;
        uint phraseNext = i + 1 < end ? b.Phrase[i + 1] : 0x80000u;
        f[46] = FeatureHash.Bucket(46, phrase == 0 ? 0 : phrase | (capitalization << 20), bits);
        f[47] = FeatureHash.Bucket(47, phrase == 0 && phrasePrev == 0 && phraseNext == 0 ? 0 : FeatureHash.Combine(FeatureHash.Combine(phrasePrev, phraseNext), phrase), bits);
    }
}
