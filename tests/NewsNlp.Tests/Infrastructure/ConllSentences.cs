using System.Text;

namespace NewsNlp.Tests.Infrastructure;

/// <summary>Rebuilds running text from a CoNLL file: tokens joined by spaces, sentences by a space, documents by a blank
/// line; records where each gold sentence ends.</summary>
internal static class ConllSentences
{
    public static (string Text, HashSet<int> GoldEnds) Rebuild(string path)
    {
        var text = new StringBuilder();
        var goldEnds = new HashSet<int>();
        bool sentenceOpen = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                CloseSentence();
                if (text.Length > 0)
                {
                    text.Append("\n\n");
                }

                continue;
            }

            if (line.Length == 0)
            {
                CloseSentence();
                continue;
            }

            var word = line[..line.IndexOf(' ')];
            if (text.Length > 0 && text[^1] != '\n')
            {
                text.Append(' ');
            }

            text.Append(word);
            sentenceOpen = true;
        }

        CloseSentence();
        return (text.ToString(), goldEnds);

        void CloseSentence()
        {
            if (sentenceOpen)
            {
                goldEnds.Add(text.Length);
                sentenceOpen = false;
            }
        }
    }
}
