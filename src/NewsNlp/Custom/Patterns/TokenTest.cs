using NewsNlp.Tokenization;

namespace NewsNlp.Custom.Patterns;

/// <summary>Which attribute of a token a test reads.</summary>
internal enum TokenField : byte
{
    /// <summary>The token's text, compared ordinally.</summary>
    Text,

    /// <summary>The token's lower-case form: the text compared regardless of case.</summary>
    Lower,

    /// <summary>The token's shape (<see cref="TokenShape"/>).</summary>
    Shape,

    /// <summary>The token's <see cref="TokenKind"/>.</summary>
    Kind,
}

/// <summary>How a test compares the field with its values.</summary>
internal enum TokenComparison : byte
{
    /// <summary><c>=</c>: equal to one of the values.</summary>
    Equal,

    /// <summary><c>!=</c>: equal to none of the values.</summary>
    NotEqual,

    /// <summary><c>^=</c>: starts with one of the values.</summary>
    StartsWith,

    /// <summary><c>$=</c>: ends with one of the values.</summary>
    EndsWith,
}

/// <summary>One condition on a token, such as <c>shape=Xxxx</c> or <c>lower=army|navy</c>; constant time in the token's length.</summary>
internal sealed class TokenTest
{
    private readonly TokenField _field;
    private readonly TokenComparison _comparison;
    private readonly string[] _values;
    private readonly int _kindBits;

    public TokenTest(TokenField field, TokenComparison comparison, string[] values, int kindBits)
    {
        _field = field;
        _comparison = comparison;
        _values = values;
        _kindBits = kindBits;
    }

    public bool Matches(ReadOnlySpan<char> token, TokenKind kind)
    {
        if (_field == TokenField.Kind)
        {
            bool isKind = (_kindBits & (1 << (int)kind)) != 0;
            return _comparison == TokenComparison.NotEqual ? !isKind : isKind;
        }

        if (_field == TokenField.Shape && _comparison != TokenComparison.EndsWith)
        {
            // Equality and prefixes are decided while the shape is computed, mostly at its first character.
            bool any = false;
            foreach (var value in _values)
            {
                if (TokenShape.StartsWith(token, value, whole: _comparison != TokenComparison.StartsWith))
                {
                    any = true;
                    break;
                }
            }

            return _comparison == TokenComparison.NotEqual ? !any : any;
        }

        if (_field == TokenField.Shape)
        {
            Span<char> shape = stackalloc char[TokenShape.MaxLength];
            return Compare(shape[..TokenShape.Write(token, shape)], StringComparison.Ordinal);
        }

        return Compare(token, _field == TokenField.Lower ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private bool Compare(ReadOnlySpan<char> subject, StringComparison comparison)
    {
        bool any = false;
        foreach (var value in _values)
        {
            any = _comparison switch
            {
                TokenComparison.StartsWith => subject.StartsWith(value, comparison),
                TokenComparison.EndsWith => subject.EndsWith(value, comparison),
                _ => subject.Equals(value, comparison),
            };
            if (any)
            {
                break;
            }
        }

        return _comparison == TokenComparison.NotEqual ? !any : any;
    }
}
