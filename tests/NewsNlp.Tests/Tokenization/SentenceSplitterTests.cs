using NewsNlp.Tests.Infrastructure;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

public sealed class SentenceSplitterTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "The talks ended. Both sides left.", ["The talks ended.", "Both sides left."] },
        { "Gen. Munir met Dr. Lee in Islamabad. They spoke.", ["Gen. Munir met Dr. Lee in Islamabad.", "They spoke."] },
        { "Is it over? \"Yes,\" he said. Fine!", ["Is it over?", "\"Yes,\" he said.", "Fine!"] },
        { "He said \"we agree.\" Then he left.", ["He said \"we agree.\"", "Then he left."] },
        { "It moved to the U.S. The firm grew.", ["It moved to the U.S.", "The firm grew."] },
        { "The U.S. Senate voted.", ["The U.S. Senate voted."] },
        { "J. R. Smith won. Then he rested.", ["J. R. Smith won.", "Then he rested."] },
        { "Prices rose 3.5 percent in Jan. and fell in Feb.", ["Prices rose 3.5 percent in Jan. and fell in Feb."] },
        { "Wait... it went on. Done.", ["Wait... it went on.", "Done."] },
        { "A headline without a period\n\nThe body starts here.", ["A headline without a period", "The body starts here."] },
        { "(It ended.) Next one.", ["(It ended.)", "Next one."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_sentences(string text, string[] expected)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        Assert.Equal(expected, Array.ConvertAll(sentences, s => text[s.Start..s.End]));
    }

    [Fact]
    public void Sentences_partition_the_tokens()
    {
        const string text = "One. Two! Three? Four… five.\n\nSix";
        var tokens = NewsTokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        int next = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            next = sentence.EndToken;
        }

        Assert.Equal(tokens.Length, next);
        Assert.Empty(SentenceSplitter.Split("", []));
    }

    /// <summary>Boundary accuracy on running text rebuilt from the CoNLL-2003 dev file; the figures go to the test output.</summary>
    [Fact]
    public void Boundary_accuracy_on_conll_dev()
    {
        var path = SharedData.RequireFile("data/conll2003/eng.testa");
        var (text, goldEnds) = ConllSentences.Rebuild(path);
        var tokens = NewsTokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        int truePositives = 0;
        foreach (var sentence in sentences)
        {
            if (goldEnds.Contains(sentence.End))
            {
                truePositives++;
            }
        }

        // Many CoNLL "sentences" are headlines, datelines and table rows without final punctuation: also report recall
        // over the gold boundaries that follow sentence punctuation, which is what a punctuation-based splitter can see.
        var predictedEnds = sentences.Select(s => s.End).ToHashSet();
        var punctuated = goldEnds.Where(end => EndsWithSentencePunctuation(text.AsSpan(0, end))).ToList();
        double punctuatedRecall = (double)punctuated.Count(predictedEnds.Contains) / punctuated.Count;
        output.WriteLine($"recall over the {punctuated.Count} gold boundaries after . ? ! (and closing quotes): {punctuatedRecall:P2}");

        double precision = (double)truePositives / sentences.Length;
        double recall = (double)truePositives / goldEnds.Count;
        double f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine($"CoNLL-2003 eng.testa sentence boundaries: gold {goldEnds.Count}, predicted {sentences.Length}, P {precision:P2} R {recall:P2} F1 {f1:P2}");

        // Floors just under the measured figures: a regression in the splitter fails here.
        Assert.True(precision >= 0.85, $"precision {precision:P2}");
        Assert.True(punctuatedRecall >= 0.95, $"recall after punctuation {punctuatedRecall:P2}");
    }

    private static bool EndsWithSentencePunctuation(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd("\"' ");
        return text.Length > 0 && text[^1] is '.' or '?' or '!';
    }
}
