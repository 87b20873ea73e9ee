using NewsNlp.Entities;
using NewsNlp.Mentions;
using NewsNlp.Tokenization;

namespace NewsNlp.Groups;

/// <summary>What a reader uses to tell what a story is about, measured for each entity group of a document: the headline,
/// the lead, how often and how widely the entity is mentioned, whether it is the subject of an early sentence, whether an
/// acronym is defined for it, whether it only names the dateline, how long its name is, and its kind.</summary>
/// <remarks>One pass over the mentions in text order with a forward-only sentence cursor, and per mention only scans
/// bounded by constants: linear in the number of mentions plus the length of their names, whatever the document.</remarks>
internal static class SalienceFeatures
{
    /// <summary>A mention in the headline, or one of its first names written there (a name the recognizer missed in a
    /// title-case headline).</summary>
    public const int InHeadline = 0;

    /// <summary>The first entity named in the headline.</summary>
    public const int HeadlineFirst = 1;

    /// <summary>A mention in the first sentence after the headline.</summary>
    public const int InLead = 2;

    /// <summary>A mention in one of the first three sentences after the headline.</summary>
    public const int InFirstSentences = 3;

    /// <summary>ln(1 + mentions).</summary>
    public const int LogMentions = 4;

    /// <summary>Mentions divided by the mentions of the document's most mentioned entity.</summary>
    public const int MentionShare = 5;

    /// <summary>Where the first mention after the headline is, 0 (start of the body) to 1 (end, or none).</summary>
    public const int FirstPosition = 6;

    /// <summary>ln(1 + how many entities were named before it in the body).</summary>
    public const int FirstRank = 7;

    /// <summary>The share of the body's sentences that mention it.</summary>
    public const int Spread = 8;

    /// <summary>A mention opens one of the first three sentences (after a dateline, titles and <c>the</c>): the subject.</summary>
    public const int Subject = 9;

    /// <summary>An acronym is defined after one of its mentions, or it is named both in capitals and in words.</summary>
    public const int Acronym = 10;

    /// <summary>Every mention after the headline is in a dateline (<c>WASHINGTON –</c>) or on a short line of its own (a
    /// byline, a place).</summary>
    public const int MarginOnly = 11;

    /// <summary>The words of its longest mention, divided by 6 (at most 1).</summary>
    public const int NameWords = 12;

    /// <summary>The group's kind is <see cref="EntityKind.Person"/>.</summary>
    public const int Person = 13;

    /// <summary>The group's kind is <see cref="EntityKind.Organization"/>.</summary>
    public const int Organization = 14;

    /// <summary>The group's kind is <see cref="EntityKind.Location"/>.</summary>
    public const int Location = 15;

    /// <summary>The share of its name's words in the headline, when no mention of it is there (<see cref="SalienceCues.HeadlineWordShare"/>).</summary>
    public const int HeadlineWords = 16;

    /// <summary>A mention in one of the first three sentences is followed by a reporting or acting verb (<c>announced</c>).</summary>
    public const int AgentEarly = 17;

    /// <summary>ln(1 + mentions followed by a reporting or acting verb).</summary>
    public const int Agency = 18;

    /// <summary>ln(1 + mentions right after <c>said</c>).</summary>
    public const int Quoted = 19;

    /// <summary>The share of its mentions written after <c>in</c>, <c>to</c>, <c>from</c>, <c>across</c>,
    /// <c>throughout</c> (<see cref="SalienceCues.FollowsPlacePreposition"/>): where the story happens.</summary>
    public const int PlaceShare = 20;

    /// <summary>The number of features.</summary>
    public const int Count = 21;

    /// <summary>The features' names, for reports and the fitted weights' listing.</summary>
    public static readonly string[] Names =
    [
        "InHeadline", "HeadlineFirst", "InLead", "InFirstSentences", "LogMentions", "MentionShare", "FirstPosition", "FirstRank",
        "Spread", "Subject", "Acronym", "MarginOnly", "NameWords", "Person", "Organization", "Location", "HeadlineWords", "AgentEarly",
        "Agency", "Quoted", "PlaceShare",
    ];

    private const int EarlySentences = 3;
    private const int MaxWords = 6;
    private const int MaxSubjectPrefix = 80;
    private const int HeadlineSearches = 3;
    private const int MaxHeadlineSearch = 60;

    /// <summary>Writes the features of each group to <paramref name="features"/>, <see cref="Count"/> values a group.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="sentences">The document's sentences, in text order.</param>
    /// <param name="mentions">The document's mentions, in text order, not overlapping.</param>
    /// <param name="groupOf">Each mention's group (0 to <paramref name="groupKinds"/>.Length - 1), or a negative number for none.</param>
    /// <param name="groupKinds">Each group's kind.</param>
    /// <param name="features">Receives <c>groupKinds.Length * Count</c> values.</param>
    public static void Compute(ReadOnlySpan<char> text, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<Entity> mentions, ReadOnlySpan<int> groupOf,
        ReadOnlySpan<EntityKind> groupKinds, Span<float> features)
    {
        int groups = groupKinds.Length;
        features[..(groups * Count)].Clear();
        if (groups == 0)
        {
            return;
        }

        int headlineEnd = NewsLayout.HeadlineEnd(text);
        var headline = text[..headlineEnd];
        int bodyLength = Math.Max(1, text.Length - headlineEnd);
        var counts = new int[groups];
        var lastSentence = new int[groups];
        var bodyMentions = new int[groups];
        var marginMentions = new int[groups];
        var headlineAt = new int[groups];
        lastSentence.AsSpan().Fill(-1);
        headlineAt.AsSpan().Fill(int.MaxValue);
        int sentence = 0;
        int counted = 0;
        int bodyOrder = 0;
        int maxCount = 1;
        for (int i = 0; i < mentions.Length; i++)
        {
            int g = groupOf[i];
            if (g < 0 || g >= groups)
            {
                continue;
            }

            var mention = mentions[i];
            var row = features.Slice(g * Count, Count);
            maxCount = Math.Max(maxCount, ++counts[g]);
            row[NameWords] = Math.Max(row[NameWords], Math.Min(MaxWords, WordCount(text[mention.Start..mention.End])) / (float)MaxWords);
            if (row[Acronym] == 0 && AcronymDefinition.TryFind(text, mention.Start, mention.End, out _, out _))
            {
                row[Acronym] = 1;
            }

            if (mention.End <= headlineEnd)
            {
                headlineAt[g] = Math.Min(headlineAt[g], mention.Start);
                continue;
            }

            // The sentence cursor only moves forward, counting the body's sentences other than lines of their own.
            while (sentence < sentences.Length && sentences[sentence].End <= mention.Start)
            {
                counted += IsCounted(text, sentences[sentence], headlineEnd) ? 1 : 0;
                sentence++;
            }

            // A mention on a line of its own is in no numbered sentence.
            int bodySentence = sentence < sentences.Length && !IsCounted(text, sentences[sentence], headlineEnd) ? int.MaxValue : counted;
            if (headlineAt[g] == int.MaxValue && bodyMentions[g] < HeadlineSearches)
            {
                headlineAt[g] = FindInHeadline(headline, text[mention.Start..mention.End]);
                row[HeadlineWords] = Math.Max(row[HeadlineWords], SalienceCues.HeadlineWordShare(headline, text[mention.Start..mention.End]));
            }

            if (SalienceCues.IsAgent(text, mention.End))
            {
                row[Agency]++;
                row[AgentEarly] = bodySentence < EarlySentences ? 1 : row[AgentEarly];
            }

            row[Quoted] += SalienceCues.IsSpeaker(text, mention.Start) ? 1 : 0;
            row[PlaceShare] += SalienceCues.FollowsPlacePreposition(text, mention.Start) ? 1 : 0;

            if (bodyMentions[g]++ == 0)
            {
                row[FirstPosition] = (mention.Start - headlineEnd) / (float)bodyLength;
                row[FirstRank] = MathF.Log(1 + bodyOrder++);
                row[InLead] = bodySentence == 0 ? 1 : 0;
                row[InFirstSentences] = bodySentence < EarlySentences ? 1 : 0;
            }

            if (lastSentence[g] != sentence)
            {
                lastSentence[g] = sentence;
                row[Spread]++;
            }

            int dateline = NewsLayout.DatelineEnd(text, mention.Start);
            if (dateline >= mention.End || NewsLayout.IsShortLine(text, mention.Start))
            {
                marginMentions[g]++;
            }
            else if (row[Subject] == 0 && bodySentence < EarlySentences && sentence < sentences.Length)
            {
                int start = Math.Max(sentences[sentence].Start, dateline + 1);
                row[Subject] = start <= mention.Start && OpensClause(text[start..mention.Start]) ? 1 : 0;
            }
        }

        // The sentences after the last mention count towards the body too.
        for (; sentence < sentences.Length; sentence++)
        {
            counted += IsCounted(text, sentences[sentence], headlineEnd) ? 1 : 0;
        }

        int firstInHeadline = -1;
        for (int g = 0; g < groups; g++)
        {
            var row = features.Slice(g * Count, Count);
            row[LogMentions] = MathF.Log(1 + counts[g]);
            row[Agency] = MathF.Log(1 + row[Agency]);
            row[Quoted] = MathF.Log(1 + row[Quoted]);
            row[PlaceShare] /= Math.Max(1, counts[g]);
            row[MentionShare] = counts[g] / (float)maxCount;
            row[Spread] = Math.Min(1, row[Spread] / Math.Max(1, counted));
            if (bodyMentions[g] == 0)
            {
                row[FirstPosition] = 1;
                row[FirstRank] = MathF.Log(1 + bodyOrder);
            }

            row[MarginOnly] = bodyMentions[g] > 0 && marginMentions[g] == bodyMentions[g] ? 1 : 0;
            row[InHeadline] = headlineAt[g] < int.MaxValue ? 1 : 0;
            row[HeadlineWords] = row[InHeadline] == 1 ? 0 : row[HeadlineWords];
            if (headlineAt[g] < int.MaxValue && (firstInHeadline < 0 || headlineAt[g] < headlineAt[firstInHeadline]))
            {
                firstInHeadline = g;
            }

            row[Person] = groupKinds[g] == EntityKind.Person ? 1 : 0;
            row[Organization] = groupKinds[g] == EntityKind.Organization ? 1 : 0;
            row[Location] = groupKinds[g] == EntityKind.Location ? 1 : 0;
        }

        if (firstInHeadline >= 0)
        {
            features[(firstInHeadline * Count) + HeadlineFirst] = 1;
        }

        MarkAcronymPairs(text, mentions, groupOf, features);
    }

    /// <summary>Where the headline names <paramref name="name"/> as a whole word, ignoring case, or <see cref="int.MaxValue"/>.</summary>
    private static int FindInHeadline(ReadOnlySpan<char> headline, ReadOnlySpan<char> name)
    {
        if (headline.IsEmpty || name.Length > MaxHeadlineSearch || name.Length < 2)
        {
            return int.MaxValue;
        }

        int from = 0;
        while (from < headline.Length)
        {
            int at = headline[from..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return int.MaxValue;
            }

            at += from;
            int end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(headline[at - 1])) && (end == headline.Length || !char.IsLetterOrDigit(headline[end])))
            {
                return at;
            }

            from = at + 1;
        }

        return int.MaxValue;
    }

    // A sentence of the body that is not a short line of its own (a byline, a title, a place and date): one a reader counts.
    private static bool IsCounted(ReadOnlySpan<char> text, Sentence sentence, int headlineEnd) =>
        sentence.End > headlineEnd && !(sentence.End - sentence.Start <= 2 * NewsLayout.MaxShortLine
            && NewsLayout.IsShortLine(text, sentence.Start) && NewsLayout.IsShortLine(text, sentence.End - 1));

    /// <summary>Whether the text before a mention leaves it the subject of its sentence: nothing, or only capitalized words
    /// (titles, a possessive name) and <c>the</c>, <c>of</c>, <c>and</c> (<c>U.S. Secretary of Commerce Penny Pritzker</c>),
    /// with no comma (<c>On Friday, the ...</c> is not).</summary>
    internal static bool OpensClause(ReadOnlySpan<char> prefix)
    {
        prefix = prefix.Trim();
        if (prefix.Length > MaxSubjectPrefix)
        {
            return false;
        }

        while (!prefix.IsEmpty)
        {
            int space = prefix.IndexOfAny(' ', '\u00A0');
            var word = space < 0 ? prefix : prefix[..space];
            prefix = space < 0 ? default : prefix[(space + 1)..].TrimStart();
            if (word.IsEmpty)
            {
                continue;
            }

            if (word.ContainsAny(',', ';', ':') || !(char.IsUpper(word[0]) || word is "the" or "of" or "and" or "a" or "an" or "“" or "\""))
            {
                return false;
            }
        }

        return true;
    }

    // A group named both by an all-capitals word and by several words (NASA and National Aeronautics and Space
    // Administration grouped by a definition the grouping saw) has an acronym even when the definition was not found after
    // the very mention that carries it. One pass: a flag per group for each of the two shapes.
    private static void MarkAcronymPairs(ReadOnlySpan<char> text, ReadOnlySpan<Entity> mentions, ReadOnlySpan<int> groupOf, Span<float> features)
    {
        int groups = features.Length / Count;
        var shapes = new byte[groups];
        for (int i = 0; i < mentions.Length; i++)
        {
            int g = groupOf[i];
            if (g < 0 || g >= groups)
            {
                continue;
            }

            var surface = text[mentions[i].Start..mentions[i].End];
            shapes[g] |= (byte)(WordCount(surface) > 1 ? 1 : IsAcronymShape(surface) ? 2 : 0);
        }

        for (int g = 0; g < groups; g++)
        {
            if (shapes[g] == 3)
            {
                features[(g * Count) + Acronym] = 1;
            }
        }
    }

    private static bool IsAcronymShape(ReadOnlySpan<char> surface)
    {
        int capitals = 0;
        foreach (char c in surface)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals >= 2;
    }

    private static int WordCount(ReadOnlySpan<char> surface)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in surface)
        {
            bool space = char.IsWhiteSpace(c);
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return words;
    }
}
