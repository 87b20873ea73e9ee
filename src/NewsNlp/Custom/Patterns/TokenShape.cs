namespace NewsNlp.Custom.Patterns;

/// <summary>The shape of a token, as spaCy writes it: upper-case letters become <c>X</c>, other letters <c>x</c>, digits
/// <c>d</c>, anything else stays, and a run of the same character is cut to four: <c>Army</c> → <c>Xxxx</c>,
/// <c>Kalashnikov</c> → <c>Xxxxx</c> cut to <c>Xxxx</c>, <c>AK-47</c> → <c>XX-dd</c>, <c>2025</c> → <c>dddd</c>.</summary>
internal static class TokenShape
{
    /// <summary>Shapes are written into a buffer of this size; a longer token's shape is cut there.</summary>
    public const int MaxLength = 64;

    private const int MaxRun = 4;

    /// <summary>Writes the shape of <paramref name="token"/> into <paramref name="destination"/> and returns its length.</summary>
    public static int Write(ReadOnlySpan<char> token, Span<char> destination)
    {
        int length = 0;
        char previous = '\0';
        int run = 0;
        foreach (char c in token)
        {
            char shaped = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = shaped == previous ? run + 1 : 1;
            previous = shaped;
            if (run > MaxRun)
            {
                continue;
            }

            if (length == destination.Length)
            {
                break;
            }

            destination[length++] = shaped;
        }

        return length;
    }
}
