using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Recognition;

namespace NewsNlp.Tests.Infrastructure;

/// <summary>A deliberately simple recognizer for testing the pipeline's mechanics (ordering, merging, filtering, batching)
/// independently of any trained model: every capitalized word not at a sentence start is a LOCATION, every all-caps word a
/// MISC, with a confidence derived from the word length.</summary>
internal sealed class CapitalizedWordRecognizer : IEntityRecognizer
{
    public static NewsModel CreateModel() =>
        new("test-capitalized", EntityKindSet.All, new Dictionary<string, string>(), new CapitalizedWordRecognizer());

    public void Recognize(scoped in AnalysisContext context, AnalysisScratch scratch, List<EntitySpan> output)
    {
        foreach (var sentence in context.Sentences)
        {
            for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
            {
                var token = context.Tokens[t];
                var word = token.GetText(context.Text);
                if (word.Length > 1 && char.IsUpper(word[0]))
                {
                    var kind = HasLowerCase(word) ? EntityKind.Location : EntityKind.Misc;
                    output.Add(new EntitySpan(kind, token.Start, token.End, 1f / word.Length));
                }
            }
        }
    }

    private static bool HasLowerCase(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
