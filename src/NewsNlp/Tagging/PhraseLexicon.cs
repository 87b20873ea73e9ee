using NewsNlp.Collections;
using NewsNlp.Tokenization;

namespace NewsNlp.Tagging;

/// <summary>Multi-word names from external lists (companies, agencies, places, people...), matched over a sentence's
/// lower-case token hashes in time linear in its length.</summary>
/// <remarks>
/// The lexicon is a trie stored as one hash table: the key of a phrase prefix of <c>k</c> tokens is the hash chain of its
/// tokens' lower-case hashes, and its value has one bit per <see cref="PhraseCategory"/> for which the prefix is a whole
/// name, plus <see cref="PrefixBit"/> when a longer name continues it. Matching walks at most
/// <see cref="MaxPhraseTokens"/> tokens from each start, so it is linear in the text and independent of the list size.
/// </remarks>
internal sealed class PhraseLexicon
{
    /// <summary>The longest name, in tokens, the lexicon holds; longer names are left out.</summary>
    public const int MaxPhraseTokens = 8;

    /// <summary>Value bit: a longer name starts with this prefix.</summary>
    public const ushort PrefixBit = 0x8000;

    /// <summary>Value bits that name categories.</summary>
    public const ushort CategoryMask = 0x0FFF;

    private const ulong Seed = 0x5DEECE66DUL;

    private readonly HashLookup<ushort> _entries;

    public PhraseLexicon(Dictionary<ulong, ushort> entries)
        : this(new HashLookup<ushort>(entries))
    {
    }

    public PhraseLexicon(HashLookup<ushort> entries)
    {
        _entries = entries;
    }

    public static PhraseLexicon Empty { get; } = new(new HashLookup<ushort>(0));

    public int Count => _entries.Count;

    public IEnumerable<KeyValuePair<ulong, ushort>> Entries => _entries.Entries;

    /// <summary>Builds a lexicon from names, tokenized as the runtime tokenizes text.</summary>
    /// <remarks>A one-token name needs two letters and a capital (drops <c>a</c>, <c>and</c>); names longer than
    /// <see cref="MaxPhraseTokens"/> tokens are skipped.</remarks>
    public static PhraseLexicon Create(IEnumerable<(PhraseCategory Category, string Name)> names)
    {
        var entries = new Dictionary<ulong, ushort>();
        var hashes = new List<ulong>(MaxPhraseTokens);
        foreach (var (category, name) in names)
        {
            var tokens = NewsTokenizer.Tokenize(name);
            if (tokens.Length is 0 or > MaxPhraseTokens || (tokens.Length == 1 && !IsNameLike(name.AsSpan(tokens[0].Start, tokens[0].End - tokens[0].Start))))
            {
                continue;
            }

            hashes.Clear();
            foreach (var token in tokens)
            {
                hashes.Add(FeatureExtractor.LowerHash(name.AsSpan(token.Start, token.End - token.Start)));
            }

            ulong key = Seed;
            for (int k = 0; k < hashes.Count; k++)
            {
                key = Extend(key, hashes[k]);
                ushort bit = k == hashes.Count - 1 ? (ushort)(1 << (int)category) : PrefixBit;
                entries[key] = (ushort)(entries.GetValueOrDefault(key) | bit);
            }
        }

        return new PhraseLexicon(entries);
    }

    /// <summary>Marks each token of <c>[first, end)</c> with the longest name that covers it, found left to right.</summary>
    /// <param name="lower">The lower-case token hashes of the document.</param>
    /// <param name="first">The sentence's first token.</param>
    /// <param name="end">One past the sentence's last token.</param>
    /// <param name="output">Per token: the match's category bits, and in bits 16–18 its position in the match
    /// (<see cref="Begin"/>, <see cref="Inside"/>, <see cref="Last"/>, <see cref="Unit"/>); 0 outside any match.</param>
    public void Match(ReadOnlySpan<ulong> lower, int first, int end, Span<uint> output)
    {
        int i = first;
        while (i < end)
        {
            ulong key = Seed;
            int length = 0;
            ushort categories = 0;
            for (int j = i; j < end && j - i < MaxPhraseTokens; j++)
            {
                key = Extend(key, lower[j]);
                ushort value = _entries.Get(key);
                if (value == 0)
                {
                    break;
                }

                if ((value & CategoryMask) != 0)
                {
                    length = j - i + 1;
                    categories = (ushort)(value & CategoryMask);
                }

                if ((value & PrefixBit) == 0)
                {
                    break;
                }
            }

            if (length == 0)
            {
                output[i] = 0;
                i++;
                continue;
            }

            for (int k = 0; k < length; k++)
            {
                uint position = length == 1 ? Unit : k == 0 ? Begin : k == length - 1 ? Last : Inside;
                output[i + k] = categories | (position << 16);
            }

            i += length;
        }
    }

    /// <summary>Position codes of <see cref="Match"/>, in bits 16–18.</summary>
    public const uint Begin = 1, Inside = 2, Last = 3, Unit = 4;

    private static ulong Extend(ulong prefix, ulong lowerHash) => FeatureHash.Combine(prefix, lowerHash);

    private static bool IsNameLike(ReadOnlySpan<char> word)
    {
        int letters = 0;
        bool capital = false;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                capital |= char.IsUpper(c);
            }
        }

        return letters >= 2 && capital;
    }
}
