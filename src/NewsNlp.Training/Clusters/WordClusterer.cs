namespace NewsNlp.Training;

/// <summary>Flat word classes by the exchange algorithm (Kneser and Ney; Martin, Liermann and Ney): words move to the class
/// that most raises the class-bigram likelihood of the text, for a fixed number of passes.</summary>
/// <remarks>Deterministic: words are visited by descending frequency, ties broken by ordinal order.</remarks>
internal sealed class WordClusterer
{
    private readonly int _classes;
    private readonly int _iterations;
    private readonly int _minCount;

    public WordClusterer(int classes, int iterations, int minCount)
    {
        _classes = classes;
        _iterations = iterations;
        _minCount = minCount;
    }

    /// <summary>Clusters the words of <paramref name="sentences"/> (already lower-cased); returns word → class.</summary>
    public Dictionary<string, int> Cluster(IEnumerable<IReadOnlyList<string>> sentences, TextWriter? log)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<string[]>();
        foreach (var sentence in sentences)
        {
            var words = sentence.ToArray();
            corpus.Add(words);
            foreach (var word in words)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var vocabulary = counts.Where(p => p.Value >= _minCount)
            .OrderByDescending(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal)
            .Select(static p => p.Key).ToArray();
        var ids = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Length; i++)
        {
            ids[vocabulary[i]] = i;
        }

        int v = vocabulary.Length;
        var bigrams = new Dictionary<long, int>();
        foreach (var words in corpus)
        {
            int previous = -1;
            foreach (var word in words)
            {
                int id = ids.GetValueOrDefault(word, -1);
                if (previous >= 0 && id >= 0)
                {
                    long key = ((long)previous << 32) | (uint)id;
                    bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
                }

                previous = id;
            }
        }

        corpus.Clear();
        var (rightStart, rightWord, rightCount) = Csr(bigrams, v, first: true);
        var (leftStart, leftWord, leftCount) = Csr(bigrams, v, first: false);
        var self = new int[v];
        var nLeft = new long[v];
        var nRight = new long[v];
        foreach (var (key, n) in bigrams)
        {
            int w1 = (int)(key >> 32);
            int w2 = (int)(key & 0xFFFFFFFF);
            nLeft[w1] += n;
            nRight[w2] += n;
            if (w1 == w2)
            {
                self[w1] = n;
            }
        }

        int c = _classes;
        var cls = new int[v];
        for (int w = 0; w < v; w++)
        {
            cls[w] = w % c;
        }

        var bigram = new long[c * c];
        var classLeft = new long[c];
        var classRight = new long[c];
        foreach (var (key, n) in bigrams)
        {
            bigram[(cls[(int)(key >> 32)] * c) + cls[(int)(key & 0xFFFFFFFF)]] += n;
        }

        for (int w = 0; w < v; w++)
        {
            classLeft[cls[w]] += nLeft[w];
            classRight[cls[w]] += nRight[w];
        }

        var r = new long[c];
        var l = new long[c];
        var touchedR = new List<int>();
        var touchedL = new List<int>();
        for (int iteration = 1; iteration <= _iterations; iteration++)
        {
            int moved = 0;
            for (int w = 0; w < v; w++)
            {
                int a = cls[w];
                touchedR.Clear();
                touchedL.Clear();
                for (int k = rightStart[w]; k < rightStart[w + 1]; k++)
                {
                    int cc = cls[rightWord[k]];
                    if (r[cc] == 0)
                    {
                        touchedR.Add(cc);
                    }

                    r[cc] += rightCount[k];
                }

                for (int k = leftStart[w]; k < leftStart[w + 1]; k++)
                {
                    int cc = cls[leftWord[k]];
                    if (l[cc] == 0)
                    {
                        touchedL.Add(cc);
                    }

                    l[cc] += leftCount[k];
                }

                // Take w out of its class; its self-bigram (w w) is counted apart.
                int s = self[w];
                r[a] -= s;
                l[a] -= s;
                foreach (int cc in touchedR)
                {
                    bigram[(a * c) + cc] -= r[cc];
                }

                foreach (int cc in touchedL)
                {
                    bigram[(cc * c) + a] -= l[cc];
                }

                bigram[(a * c) + a] -= s;
                classLeft[a] -= nLeft[w];
                classRight[a] -= nRight[w];

                int best = a;
                double bestGain = double.NegativeInfinity;
                for (int b = 0; b < c; b++)
                {
                    double gain = 0;
                    int row = b * c;
                    foreach (int cc in touchedR)
                    {
                        if (cc != b)
                        {
                            long n = bigram[row + cc];
                            gain += F(n + r[cc]) - F(n);
                        }
                    }

                    foreach (int cc in touchedL)
                    {
                        if (cc != b)
                        {
                            long n = bigram[(cc * c) + b];
                            gain += F(n + l[cc]) - F(n);
                        }
                    }

                    long bb = bigram[row + b];
                    gain += F(bb + r[b] + l[b] + s) - F(bb);
                    gain -= F(classLeft[b] + nLeft[w]) - F(classLeft[b]);
                    gain -= F(classRight[b] + nRight[w]) - F(classRight[b]);
                    if (gain > bestGain + 1e-9 || (b == a && gain >= bestGain - 1e-9))
                    {
                        bestGain = gain;
                        best = b;
                    }
                }

                foreach (int cc in touchedR)
                {
                    bigram[(best * c) + cc] += r[cc];
                }

                foreach (int cc in touchedL)
                {
                    bigram[(cc * c) + best] += l[cc];
                }

                bigram[(best * c) + best] += s;
                classLeft[best] += nLeft[w];
                classRight[best] += nRight[w];
                if (best != a)
                {
                    moved++;
                    cls[w] = best;
                }

                // The self-bigram now sits in the new class's cell; clear the scratch.
                r[a] += s;
                l[a] += s;
                foreach (int cc in touchedR)
                {
                    r[cc] = 0;
                }

                foreach (int cc in touchedL)
                {
                    l[cc] = 0;
                }

                r[a] = 0;
                l[a] = 0;
            }

            log?.WriteLine($"clusters: pass {iteration}, {moved} of {v} words moved");
        }

        var result = new Dictionary<string, int>(v, StringComparer.Ordinal);
        for (int w = 0; w < v; w++)
        {
            result[vocabulary[w]] = cls[w];
        }

        return result;
    }

    private static double F(long n) => n <= 0 ? 0 : n * Math.Log(n);

    private static (int[] Start, int[] Word, int[] Count) Csr(Dictionary<long, int> bigrams, int v, bool first)
    {
        var start = new int[v + 1];
        foreach (var key in bigrams.Keys)
        {
            start[(first ? (int)(key >> 32) : (int)(key & 0xFFFFFFFF)) + 1]++;
        }

        for (int i = 0; i < v; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = (int[])start.Clone();
        var word = new int[bigrams.Count];
        var count = new int[bigrams.Count];
        foreach (var (key, n) in bigrams.OrderBy(static p => p.Key))
        {
            int w1 = (int)(key >> 32);
            int w2 = (int)(key & 0xFFFFFFFF);
            int owner = first ? w1 : w2;
            int slot = fill[owner]++;
            word[slot] = first ? w2 : w1;
            count[slot] = n;
        }

        return (start, word, count);
    }
}
