// Writes a deterministic JSONL corpus {"id","date","text"} of news-like documents to standard output and its size, in
// documents, characters and NewsNlp tokens, to standard error. With --plain, the same documents as plain text instead,
// separated by blank lines.
// Usage: dotnet run --project samples/CorpusGenerator -- DOCUMENTS [CHARACTERS_PER_DOCUMENT] [SEED] [--plain]
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Tokenization;

bool plain = args.Contains("--plain");
args = [.. args.Where(static a => a != "--plain")];
int documents = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
int size = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3000;
int seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;

using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
var start = new DateOnly(2026, 1, 1);
long characters = 0, tokens = 0;
for (int i = 0; i < documents; i++)
{
    var text = NewsTextGenerator.Generate(size, seed * 1_000_003 + i);
    characters += text.Length;
    foreach (var _ in NewsTokenizer.EnumerateTokens(text))
    {
        tokens++;
    }

    if (plain)
    {
        stdout.Write(text);
        stdout.Write("\n\n");
        continue;
    }

    var id = JsonSerializer.Serialize($"doc-{i:D7}");
    var date = start.AddDays(i % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    stdout.WriteLine($$"""{"id":{{id}},"date":"{{date}}","text":{{JsonSerializer.Serialize(text)}}}""");
}

Console.Error.WriteLine($"{documents} documents, {characters} characters, {tokens} tokens");
