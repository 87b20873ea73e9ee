using NewsNlp.Entities;
using NewsNlp.Tagging;
using NewsNlp.Tokenization;

namespace NewsNlp.Training;

/// <content>Preparation of the training documents: tokenization, sentence splitting, gold BILOU labels, labels left
/// free where a corpus does not annotate a kind, and title-cased copies of sentences.</content>
public sealed partial class NerTrainer
{
    private List<PreparedDocument> Prepare(IReadOnlyList<TrainingCorpus> corpora)
    {
        var result = new List<PreparedDocument>();
        var kinds = _labels.KindSet;
        var tokenList = new List<Token>();
        var sentenceList = new List<Sentence>();
        int index = 0;
        foreach (var corpus in corpora)
        {
            ulong free = 0;
            for (int k = 0; k < _labels.KindCount; k++)
            {
                if (!corpus.AnnotatedKinds.Contains(_labels.Kinds[k]))
                {
                    for (int position = 0; position < 4; position++)
                    {
                        free |= 1UL << BilouLabels.Label(k, position);
                    }
                }
            }

            foreach (var document in corpus.Documents)
            {
                tokenList.Clear();
                sentenceList.Clear();
                NewsTokenizer.AppendTokens(document.Text, tokenList);
                if (tokenList.Count == 0)
                {
                    continue;
                }

                var tokens = tokenList.ToArray();
                SentenceSplitter.Split(document.Text, tokens, sentenceList);
                var sentences = sentenceList.ToArray();
                var gold = GoldLabels(document, tokens, sentences, kinds);
                string text = _options.TitleCaseRate > 0 ? TitleCase(document.Text, tokens, sentences, index) : document.Text;
                ulong[]? allowed = null;
                if (free != 0 || document.Ignored.Count > 0)
                {
                    allowed = new ulong[tokens.Length];
                    for (int t = 0; t < tokens.Length; t++)
                    {
                        allowed[t] = gold[t] == BilouLabels.Outside ? free | 1UL : 1UL << gold[t];
                    }

                    MaskIgnored(document, tokens, gold, allowed);
                }

                result.Add(new PreparedDocument(text, tokens, sentences, gold, allowed, index++ % _options.GazetteerFolds));
            }
        }

        return result;
    }

    /// <summary>Leaves every label free on the tokens of ignored spans (names of kinds the corpus does not annotate, such
    /// as news-set MISC): the trainer's target there is its own best path, so they are never taught as <c>O</c>.</summary>
    private void MaskIgnored(AnnotatedDocument document, Token[] tokens, int[] gold, ulong[] allowed)
    {
        ulong all = _labels.Count >= 64 ? ulong.MaxValue : (1UL << _labels.Count) - 1;
        foreach (var (start, end) in document.Ignored)
        {
            int t = FirstTokenEndingAfter(tokens, start);
            for (; t < tokens.Length && tokens[t].Start < end; t++)
            {
                if (gold[t] == BilouLabels.Outside)
                {
                    allowed[t] = all;
                }
            }
        }
    }

    private static int FirstTokenEndingAfter(Token[] tokens, int position)
    {
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (tokens[middle].End <= position)
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

    /// <summary>Rewrites a deterministic share of the sentences in headline title case; lengths and offsets are unchanged.</summary>
    private string TitleCase(string text, Token[] tokens, Sentence[] sentences, int documentIndex)
    {
        char[]? chars = null;
        for (int s = 0; s < sentences.Length; s++)
        {
            ulong draw = FeatureHash.Combine(FeatureHash.Combine((ulong)_options.Seed, (ulong)documentIndex), (ulong)s);
            if ((draw >> 11) * (1.0 / (1UL << 53)) >= _options.TitleCaseRate)
            {
                continue;
            }

            chars ??= text.ToCharArray();
            for (int t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
            {
                var token = tokens[t];
                var word = token.GetText(text);
                if (token.Kind == TokenKind.Word && char.IsLower(word[0]) && !(word.Length <= 3 && t > sentences[s].FirstToken && IsMinorWord(word)))
                {
                    chars[token.Start] = char.ToUpperInvariant(word[0]);
                }
            }
        }

        return chars is null ? text : new string(chars);
    }

    private static bool IsMinorWord(ReadOnlySpan<char> word) =>
        word is "a" or "an" or "the" or "of" or "in" or "on" or "at" or "to" or "for" or "and" or "or" or "but" or "by" or "as" or "vs" or "via";

    /// <summary>Projects character-offset mentions onto our tokens: a token belongs to a mention it overlaps; runs of tokens
    /// of one mention within one sentence become B…L or U.</summary>
    internal int[] GoldLabels(AnnotatedDocument document, Token[] tokens, Sentence[] sentences, EntityKindSet kinds)
    {
        var owner = new int[tokens.Length];
        Array.Fill(owner, -1);
        int t = 0;
        var entities = document.Entities.OrderBy(static e => e.Start).ToArray();
        for (int e = 0; e < entities.Length; e++)
        {
            var entity = entities[e];
            if (!kinds.Contains(entity.Kind))
            {
                continue;
            }

            while (t > 0 && tokens[t - 1].End > entity.Start)
            {
                t--;
            }

            while (t < tokens.Length && tokens[t].End <= entity.Start)
            {
                t++;
            }

            for (int k = t; k < tokens.Length && tokens[k].Start < entity.End; k++)
            {
                owner[k] = e;
            }
        }

        var gold = new int[tokens.Length];
        foreach (var sentence in sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                int e = owner[i];
                if (e < 0)
                {
                    gold[i] = BilouLabels.Outside;
                    continue;
                }

                bool startsRun = i == sentence.FirstToken || owner[i - 1] != e;
                bool endsRun = i + 1 == sentence.EndToken || owner[i + 1] != e;
                int position = (startsRun, endsRun) switch
                {
                    (true, true) => BilouLabels.Unit,
                    (true, false) => BilouLabels.Begin,
                    (false, true) => BilouLabels.Last,
                    _ => BilouLabels.Inside,
                };
                gold[i] = BilouLabels.Label(_labels.IndexOf(entities[e].Kind), position);
            }
        }

        return gold;
    }
}
