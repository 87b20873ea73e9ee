namespace NewsNlp.Custom.Patterns;

/// <summary>The shape of a token: upper-case letters become <c>X</c>, other letters <c>x</c>, digits <c>d</c>, anything else
/// stays, and a run of the same character is cut to three: <c>Army</c> and <c>Kalashnikov</c> → <c>Xxxx</c>, <c>Obi</c> →
/// <c>Xxx</c>, <c>NATO</c> → <c>XXX</c>, <c>AK-47</c> → <c>XX-dd</c>, <c>2025</c> → <c>ddd</c>.</summary>
/// <remarks>spaCy cuts runs at four; three makes <c>Xxxx</c> read "a capital and at least three lower-case letters".</remarks>
internal static class TokenShape
{
    /// <summary>Shapes are written into a buffer of this size; a longer token's shape is cut there.</summary>
    public const int MaxLength = 64;

    private const int MaxRun = 3;

    /// <summary>Whether the shape of <paramref name="token"/> starts with <paramref name="prefix"/> (equals it when
    /// <paramref name="whole"/>), computed a character at a time so that most tokens are settled by their first one.</summary>
    public static bool StartsWith(ReadOnlySpan<char> token, ReadOnlySpan<char> prefix, bool whole)
    {
        int length = 0;
        char previous = '\0';
        int run = 0;
        foreach (char c in token)
        {
            char shaped = Shape(c);
            run = shaped == previous ? run + 1 : 1;
            previous = shaped;
            if (run > MaxRun)
            {
                continue;
            }

            if (length == MaxLength)
            {
                break; // shapes are cut here, as Write cuts them
            }

            if (length == prefix.Length)
            {
                return !whole;
            }

            if (prefix[length] != shaped)
            {
                return false;
            }

            length++;
        }

        return length == prefix.Length;
    }

    /// <summary>Writes the shape of <paramref name="token"/> into <paramref name="destination"/> and returns its length.</summary>
    public static int Write(ReadOnlySpan<char> token, Span<char> destination)
    {
        int length = 0;
        char previous = '\0';
        int run = 0;
        foreach (char c in token)
        {
            char shaped = Shape(c);
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

    private static char Shape(char c) => char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
}
