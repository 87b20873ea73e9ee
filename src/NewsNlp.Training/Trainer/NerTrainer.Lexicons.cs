using NewsNlp.Tagging;
using NewsNlp.Tokenization;

namespace NewsNlp.Training;

/// <content>Word resources built for training: the gazetteer counted from the training labels, whole and per fold,
/// and the word clusters.</content>
public sealed partial class NerTrainer
{
    private (Gazetteer Full, Gazetteer[] Folds) BuildGazetteers(List<PreparedDocument> documents)
    {
        int folds = _options.GazetteerFolds;
        int width = 1 + _labels.KindCount;
        var all = new Dictionary<ulong, int[]>();
        var perFold = new Dictionary<ulong, int[]>[folds];
        for (int f = 0; f < folds; f++)
        {
            perFold[f] = [];
        }

        foreach (var doc in documents)
        {
            for (int t = 0; t < doc.Tokens.Length; t++)
            {
                var token = doc.Tokens[t];
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                ulong key = FeatureExtractor.LowerHash(token.GetText(doc.Text));
                int label = doc.Gold[t];
                Count(all, key, width, label);
                Count(perFold[doc.Fold], key, width, label);
            }
        }

        var full = Select(all, null);
        var result = new Gazetteer[folds];
        for (int f = 0; f < folds; f++)
        {
            result[f] = Select(all, perFold[f]);
        }

        return (full, result);

        Gazetteer Select(Dictionary<ulong, int[]> counts, Dictionary<ulong, int[]>? minus)
        {
            var entries = new Dictionary<ulong, ushort>();
            foreach (var (key, row) in counts)
            {
                int[]? sub = null;
                minus?.TryGetValue(key, out sub);
                int total = row[0] - (sub?[0] ?? 0);
                ushort bits = 0;
                for (int k = 0; k < _labels.KindCount; k++)
                {
                    int n = row[1 + k] - (sub?[1 + k] ?? 0);
                    if (n >= _options.GazetteerMinCount && n * 2 >= total)
                    {
                        bits |= (ushort)(1 << k);
                    }
                }

                if (bits != 0)
                {
                    entries[key] = bits;
                }
            }

            return new Gazetteer(entries);
        }
    }

    private static void Count(Dictionary<ulong, int[]> counts, ulong key, int width, int label)
    {
        if (!counts.TryGetValue(key, out var row))
        {
            row = new int[width];
            counts[key] = row;
        }

        row[0]++;
        if (label != BilouLabels.Outside)
        {
            row[1 + BilouLabels.KindIndex(label)]++;
        }
    }

    private WordClusters BuildClusters()
    {
        if (_options.Clusters is not { Count: > 0 } source)
        {
            return WordClusters.Empty;
        }

        var paths = new Dictionary<ulong, uint>();
        foreach (var (word, cluster) in source)
        {
            paths[FeatureExtractor.LowerHash(word)] = (uint)cluster + 1;
        }

        return new WordClusters(paths);
    }
}
