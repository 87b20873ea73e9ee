// newsnlp-console [FILE] [yyyy-MM-dd]: the entities of one article (a file, or standard input) as an aligned table.
using System.Globalization;
using NewsNlp.Entities;
using NewsNlp.Pipeline;

var text = args.Length > 0 && args[0] != "-" ? File.ReadAllText(args[0]) : Console.In.ReadToEnd();
var document = args.Length > 1
    ? NewsPipeline.Default.Analyze(text, DateOnly.ParseExact(args[1], "yyyy-MM-dd", CultureInfo.InvariantCulture))
    : NewsPipeline.Default.Analyze(text);

Console.WriteLine($"{document.Tokens.Count} tokens, {document.Sentences.Count} sentences, {document.Entities.Count} entities");
foreach (var entity in document.Entities)
{
    Console.WriteLine($"{entity.Start,7} {entity.End,7}  {entity.Kind.ToLabel(),-12} {entity.Text}{(entity.Value is null ? "" : " = " + entity.Value)}");
}
