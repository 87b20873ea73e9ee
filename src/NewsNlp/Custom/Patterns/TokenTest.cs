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

/// <summary>One condition on a token, such as <c>shape=Xxxx</c> or <c>lower=army|navy</c>.</summary>
/// <remarks>The cost of a test does not grow with the number of its values: up to <see cref="ListedValues"/> values are
/// compared one by one, more go into a <see cref="ValueSet"/> (one hash lookup, or a trie walk for <c>^=</c> and
/// <c>$=</c>), so a test costs at most a few passes over the token's characters (a shape: over its first 64).</remarks>
internal sealed class TokenTest
{
    /// <summary>The most values compared one by one; a longer list is looked up in a <see cref="ValueSet"/>.</summary>
    public const int ListedValues = 4;

    private readonly TokenField _field;
    private readonly TokenComparison _comparison;
    private readonly string[] _values;
    private readonly int _kindBits;
    private readonly ValueSet? _set;

    public TokenTest(TokenField field, TokenComparison comparison, string[] values, int kindBits)
    {
        _field = field;
        _comparison = comparison;
        _values = values;
        _kindBits = kindBits;
        if (field != TokenField.Kind && values.Length > ListedValues)
        {
            int affix = comparison switch { TokenComparison.StartsWith => 1, TokenComparison.EndsWith => -1, _ => 0 };
            _set = new ValueSet(values, ignoreCase: field == TokenField.Lower, affix);
        }
    }

    /// <summary>Gets the exact text this test requires when it is a literal token (<c>"Army"</c>, <c>[text=Army]</c>), else
    /// <see langword="null"/>.</summary>
    public string? Literal => _field == TokenField.Text && _comparison == TokenComparison.Equal && _values.Length == 1 ? _values[0] : null;

    /// <summary>Gets whether the values are looked up in a hashed set rather than compared one by one.</summary>
    internal bool IsHashed => _set is not null;

    public bool Matches(ReadOnlySpan<char> token, TokenKind kind)
    {
        if (_field == TokenField.Kind)
        {
            bool isKind = (_kindBits & (1 << (int)kind)) != 0;
            return _comparison == TokenComparison.NotEqual ? !isKind : isKind;
        }

        if (_set is not null)
        {
            return _field == TokenField.Shape ? InSet(Shape(token, stackalloc char[TokenShape.MaxLength])) : InSet(token);
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
            return Compare(Shape(token, stackalloc char[TokenShape.MaxLength]), StringComparison.Ordinal);
        }

        return Compare(token, _field == TokenField.Lower ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private static ReadOnlySpan<char> Shape(ReadOnlySpan<char> token, Span<char> buffer) => buffer[..TokenShape.Write(token, buffer)];

    private bool InSet(ReadOnlySpan<char> subject)
    {
        bool any = _comparison is TokenComparison.StartsWith or TokenComparison.EndsWith ? _set!.ContainsAffixOf(subject) : _set!.Contains(subject);
        return _comparison == TokenComparison.NotEqual ? !any : any;
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
