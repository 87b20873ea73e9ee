using NewsNlp.Input;
using NewsNlp.Tokenization;

namespace NewsNlp.Custom.Patterns;

/// <summary>Recursive-descent parser of the token pattern language (grammar in <c>docs/custom-entities.md</c>).</summary>
/// <remarks>Errors carry the column of the offending character; the caller adds the line. Nesting is bounded so a hostile
/// pattern cannot exhaust the stack.</remarks>
internal ref struct PatternParser
{
    /// <summary>The largest bound of a counted repetition <c>{m,n}</c>.</summary>
    public const int MaxCount = EntityDictionary.MaxPhraseTokens;

    private const int MaxNesting = 32;

    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private int _nesting;

    private PatternParser(ReadOnlySpan<char> text)
    {
        _text = text;
    }

    /// <summary>Parses <paramref name="text"/>; on error returns <see langword="null"/> with a 0-based column and a reason.</summary>
    public static PatternNode? TryParse(ReadOnlySpan<char> text, out int errorColumn, out string error)
    {
        var parser = new PatternParser(text);
        try
        {
            parser.SkipSpaces();
            if (parser.AtEnd)
            {
                throw new PatternError(0, "the pattern is empty");
            }

            var node = parser.ParseChoice();
            parser.SkipSpaces();
            if (!parser.AtEnd)
            {
                throw new PatternError(parser._position, $"unexpected {Quoted.Text([parser.Current])}");
            }

            errorColumn = -1;
            error = "";
            return node;
        }
        catch (PatternError ex)
        {
            errorColumn = ex.Column;
            error = ex.Reason;
            return null;
        }
    }

    private readonly bool AtEnd => _position >= _text.Length;

    private readonly char Current => _text[_position];

    private PatternNode ParseChoice()
    {
        var choices = new List<PatternNode> { ParseSequence() };
        while (TryConsume('|'))
        {
            choices.Add(ParseSequence());
        }

        return choices.Count == 1 ? choices[0] : new PatternNode.Choice([.. choices]);
    }

    private PatternNode ParseSequence()
    {
        var parts = new List<PatternNode>();
        while (true)
        {
            SkipSpaces();
            if (AtEnd || Current is '|' or ')')
            {
                break;
            }

            parts.Add(ParseRepeat());
        }

        if (parts.Count == 0)
        {
            throw new PatternError(_position, AtEnd ? "expected a token, '[', '\"' or '(' at the end" : $"expected a token before {Quoted.Text([Current])}");
        }

        return parts.Count == 1 ? parts[0] : new PatternNode.Sequence([.. parts]);
    }

    private PatternNode ParseRepeat()
    {
        var atom = ParseAtom();
        if (AtEnd)
        {
            return atom;
        }

        int at = _position;
        switch (Current)
        {
            case '?':
                _position++;
                return new PatternNode.Repeat(atom, 0, 1);
            case '*':
                _position++;
                return new PatternNode.Repeat(atom, 0, -1);
            case '+':
                _position++;
                return new PatternNode.Repeat(atom, 1, -1);
            case '{':
                _position++;
                int min = ReadCount();
                int max = min;
                if (TryConsume(','))
                {
                    SkipSpaces();
                    max = !AtEnd && Current == '}' ? -1 : ReadCount();
                }

                Expect('}');
                if (max >= 0 && max < min)
                {
                    throw new PatternError(at, $"the repetition {{{min},{max}}} has its bounds reversed");
                }

                if (max == 0)
                {
                    throw new PatternError(at, "a repetition of zero tokens matches nothing");
                }

                return new PatternNode.Repeat(atom, min, max);
            default:
                return atom;
        }
    }

    private PatternNode ParseAtom()
    {
        SkipSpaces();
        int at = _position;
        switch (Current)
        {
            case '(':
                _position++;
                if (++_nesting > MaxNesting)
                {
                    throw new PatternError(at, $"groups nest deeper than {MaxNesting}");
                }

                var inner = ParseChoice();
                Expect(')');
                _nesting--;
                return inner;
            case '[':
                _position++;
                return ParseBracket();
            case '"' or '\'':
                return ParseLiteral();
            default:
                throw new PatternError(at, $"expected '[', '\"' or '(' but found {Quoted.Text([Current])}");
        }
    }

    /// <summary>A quoted literal is tokenized like text: <c>"Liberation Army"</c> is two exact tokens.</summary>
    private PatternNode ParseLiteral()
    {
        int at = _position;
        string literal = ReadQuoted();
        var tokens = new List<PatternNode>();
        foreach (var token in NewsTokenizer.EnumerateTokens(literal))
        {
            tokens.Add(new PatternNode.Token([new TokenTest(TokenField.Text, TokenComparison.Equal, [literal[token.Start..token.End]], 0)]));
        }

        return tokens.Count switch
        {
            0 => throw new PatternError(at, "the quoted text holds no token"),
            1 => tokens[0],
            _ => new PatternNode.Sequence([.. tokens]),
        };
    }

    private PatternNode ParseBracket()
    {
        var tests = new List<TokenTest>();
        SkipSpaces();
        while (!TryConsume(']'))
        {
            if (tests.Count > 0)
            {
                if (!TryConsume(',') && !TryConsume('&'))
                {
                    throw new PatternError(_position, AtEnd ? "expected ']' at the end" : $"expected ',', '&' or ']' but found {Quoted.Text([Current])}");
                }

                SkipSpaces();
            }

            tests.Add(ParseTest());
            SkipSpaces();
        }

        return new PatternNode.Token([.. tests]);
    }

    private TokenTest ParseTest()
    {
        int at = _position;
        string name = ReadWord();
        var field = name.ToLowerInvariant() switch
        {
            "text" => TokenField.Text,
            "lower" => TokenField.Lower,
            "shape" => TokenField.Shape,
            "kind" => TokenField.Kind,
            _ => throw new PatternError(at, name.Length == 0 ? "expected a field: text, lower, shape or kind" : $"unknown field {Quoted.Text(name)}; use text, lower, shape or kind"),
        };
        SkipSpaces();
        int opAt = _position;
        var comparison = TryConsume('=') ? TokenComparison.Equal
            : TryConsume("!=") ? TokenComparison.NotEqual
            : TryConsume("^=") ? TokenComparison.StartsWith
            : TryConsume("$=") ? TokenComparison.EndsWith
            : throw new PatternError(opAt, "expected '=', '!=', '^=' or '$='");
        if (field == TokenField.Kind && comparison is not (TokenComparison.Equal or TokenComparison.NotEqual))
        {
            throw new PatternError(opAt, "kind takes only '=' or '!='");
        }

        var values = new List<string>();
        int kindBits = 0;
        do
        {
            SkipSpaces();
            int valueAt = _position;
            string value = !AtEnd && Current is '"' or '\'' ? ReadQuoted() : ReadWord();
            if (value.Length == 0)
            {
                throw new PatternError(valueAt, "expected a value");
            }

            if (field == TokenField.Kind)
            {
                if (!Enum.TryParse<TokenKind>(value, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || char.IsDigit(value[0]))
                {
                    throw new PatternError(valueAt, $"unknown token kind {Quoted.Text(value)}; use {string.Join(", ", Enum.GetNames<TokenKind>())}");
                }

                kindBits |= 1 << (int)kind;
            }

            values.Add(value);
            SkipSpaces();
        }
        while (TryConsume('|'));

        return new TokenTest(field, comparison, [.. values], kindBits);
    }

    private int ReadCount()
    {
        SkipSpaces();
        int at = _position;
        int value = 0;
        while (!AtEnd && char.IsAsciiDigit(Current))
        {
            value = Math.Min(value * 10 + (Current - '0'), MaxCount + 1);
            _position++;
        }

        if (_position == at)
        {
            throw new PatternError(at, "expected a count");
        }

        if (value > MaxCount)
        {
            throw new PatternError(at, $"a count may be at most {MaxCount}");
        }

        SkipSpaces();
        return value;
    }

    private string ReadQuoted()
    {
        int at = _position;
        char quote = _text[_position++];
        var value = new System.Text.StringBuilder();
        while (!AtEnd && Current != quote)
        {
            if (Current == '\\' && _position + 1 < _text.Length)
            {
                _position++;
            }

            value.Append(Current);
            _position++;
        }

        if (AtEnd)
        {
            throw new PatternError(at, $"the text opened by {quote} is not closed");
        }

        _position++;
        return value.ToString();
    }

    // A bare value is anything up to a space or a character the grammar uses.
    private string ReadWord()
    {
        int start = _position;
        while (!AtEnd && !char.IsWhiteSpace(Current) && Current is not (']' or '[' or ',' or '&' or '|' or '=' or '"' or '\'' or '(' or ')')
            && !(Current is '!' or '^' or '$' && _position + 1 < _text.Length && _text[_position + 1] == '='))
        {
            _position++;
        }

        return _text[start.._position].ToString();
    }

    private void Expect(char c)
    {
        SkipSpaces();
        if (!TryConsume(c))
        {
            throw new PatternError(_position, AtEnd ? $"expected '{c}' at the end" : $"expected '{c}' but found {Quoted.Text([Current])}");
        }
    }

    private bool TryConsume(char c)
    {
        SkipSpaces();
        if (!AtEnd && Current == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private bool TryConsume(string text)
    {
        if (_text[_position..].StartsWith(text, StringComparison.Ordinal))
        {
            _position += text.Length;
            return true;
        }

        return false;
    }

    private void SkipSpaces()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            _position++;
        }
    }

    private sealed class PatternError(int column, string reason) : Exception(reason)
    {
        public int Column { get; } = column;

        public string Reason { get; } = reason;
    }
}
