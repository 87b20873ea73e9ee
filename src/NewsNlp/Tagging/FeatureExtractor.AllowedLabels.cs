using NewsNlp.Entities;

namespace NewsNlp.Tagging;

/// <content>Allowed-label constraints for decoding: possessives, punctuation inside names, and hyphenated designator
/// compounds.</content>
internal static partial class FeatureExtractor
{
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
}
