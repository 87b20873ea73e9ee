using NewsNlp.Tokenization;

namespace NewsNlp.Fuzz.Targets;

/// <summary>Fuzz target: <see cref="NewsTokenizer"/> and <see cref="SentenceSplitter"/> on arbitrary text.</summary>
/// <remarks>Defined behaviour: no exception, token and sentence offsets valid, and the allocation-free enumerator yields
/// exactly the tokens of <see cref="NewsTokenizer.Tokenize"/>.</remarks>
internal static class TokenizerTarget
{
    public static void Run(ReadOnlySpan<byte> data)
    {
        string text = FuzzText.Decode(data);
        var tokens = NewsTokenizer.Tokenize(text);
        OffsetChecks.Tokens(text, tokens);

        int index = 0;
        foreach (var token in NewsTokenizer.EnumerateTokens(text))
        {
            if (index >= tokens.Length || token != tokens[index])
            {
                throw new FuzzInvariantException($"the enumerator's token {index} {token} differs from Tokenize's");
            }

            index++;
        }

        if (index != tokens.Length)
        {
            throw new FuzzInvariantException($"the enumerator yields {index} tokens, Tokenize {tokens.Length}");
        }

        var sentences = SentenceSplitter.Split(text, tokens);
        OffsetChecks.Sentences(tokens, sentences);
    }
}
