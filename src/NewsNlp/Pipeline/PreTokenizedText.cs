using System.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Pipeline;

/// <summary>Builds a text and its token offsets from a list of words joined by single spaces.</summary>
internal static class PreTokenizedText
{
    public static (string Text, Token[] Tokens) Join(IReadOnlyList<string> words)
    {
        var builder = new StringBuilder();
        var tokens = new Token[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i] ?? throw new ArgumentNullException(nameof(words), $"Word {i} is null.");
            if (word.Length == 0 || word.AsSpan().IndexOfAny(" \t\r\n\u00A0") >= 0)
            {
                throw new ArgumentException($"Word {i} is empty or contains whitespace.", nameof(words));
            }

            if (i > 0)
            {
                builder.Append(' ');
            }

            int start = builder.Length;
            builder.Append(word);
            tokens[i] = new Token(start, builder.Length, char.IsAsciiDigit(word[0]) ? TokenKind.Number : char.IsLetter(word[0]) ? TokenKind.Word : TokenKind.Punctuation);
        }

        return (builder.ToString(), tokens);
    }
}
