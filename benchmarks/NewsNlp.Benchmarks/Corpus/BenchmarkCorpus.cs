using System.Text;

namespace NewsNlp.Benchmarks.Corpus;

/// <summary>Builds the benchmark text at setup: running news text rebuilt from the CoNLL-2003 dev file when
/// <c>../shared/data</c> is present (never committed), else text from a deterministic generator of news-like sentences.</summary>
internal static class BenchmarkCorpus
{
    private static readonly Lazy<string> s_source = new(Load);

    /// <summary>Where the text came from, for the report.</summary>
    public static string Origin { get; private set; } = "";

    /// <summary>Returns about <paramref name="characters"/> characters of text, cut at a sentence end.</summary>
    public static string Take(int characters)
    {
        var source = s_source.Value;
        var builder = new StringBuilder(characters + 256);
        while (builder.Length < characters)
        {
            int need = characters - builder.Length;
            if (need >= source.Length)
            {
                builder.Append(source).Append("\n\n");
                continue;
            }

            int cut = source.IndexOf(". ", need, StringComparison.Ordinal);
            builder.Append(source, 0, cut < 0 ? need : cut + 1);
        }

        return builder.ToString();
    }

    /// <summary>Splits <paramref name="text"/> into documents of about <paramref name="size"/> characters.</summary>
    public static List<string> Documents(int total, int size)
    {
        var text = Take(total);
        var documents = new List<string>();
        for (int start = 0; start < text.Length;)
        {
            int end = Math.Min(text.Length, start + size);
            int cut = end < text.Length ? text.IndexOf(". ", end, StringComparison.Ordinal) : -1;
            end = cut < 0 ? text.Length : cut + 1;
            documents.Add(text[start..end]);
            start = end;
        }

        return documents;
    }

    private static string Load()
    {
        var conll = FindShared("data/conll2003/eng.testa");
        if (conll is not null)
        {
            Origin = "CoNLL-2003 eng.testa rebuilt as running text";
            return RebuildConll(conll);
        }

        Origin = "generated news-like sentences";
        return NewsTextGenerator.Generate(2_000_000, seed: 42);
    }

    private static string RebuildConll(string path)
    {
        var builder = new StringBuilder(1 << 20);
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                builder.Append("\n\n");
                continue;
            }

            int space = line.IndexOf(' ');
            if (space > 0)
            {
                builder.Append(line, 0, space).Append(' ');
            }
        }

        return builder.ToString();
    }

    private static string? FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
