// Writes a deterministic JSONL corpus {"id","date","text"} of news-like documents to standard output and its size, in
// documents, characters and NewsNlp tokens, to standard error.
// Usage: dotnet run --project samples/CorpusGenerator -- DOCUMENTS [CHARACTERS_PER_DOCUMENT] [SEED]
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Tokenization;

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

    var id = JsonSerializer.Serialize($"doc-{i:D7}");
    var date = start.AddDays(i % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    stdout.WriteLine($$"""{"id":{{id}},"date":"{{date}}","text":{{JsonSerializer.Serialize(text)}}}""");
}

Console.Error.WriteLine($"{documents} documents, {characters} characters, {tokens} tokens");
