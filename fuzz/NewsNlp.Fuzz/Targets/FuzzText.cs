namespace NewsNlp.Fuzz.Targets;

/// <summary>Turns fuzzer bytes into a .NET string that can hold any UTF-16 code unit sequence.</summary>
/// <remarks>Well-formed UTF-8 decodes as usual, so corpus files stay readable text. Three-byte sequences for U+D800–U+DFFF
/// (which strict UTF-8 rejects) decode to that lone surrogate code unit, so the fuzzer can reach unpaired surrogates; every
/// other byte that does not start a valid sequence becomes the character of the same value (U+0000–U+00FF), so NUL, C0 and
/// C1 controls are reachable and no input is rejected.</remarks>
internal static class FuzzText
{
    public static string Decode(ReadOnlySpan<byte> data)
    {
        var chars = new char[data.Length];
        int length = 0;
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            if (b < 0x80)
            {
                chars[length++] = (char)b;
                i++;
            }
            else if (b is >= 0xC2 and <= 0xDF && i + 1 < data.Length && IsContinuation(data[i + 1]))
            {
                chars[length++] = (char)(((b & 0x1F) << 6) | (data[i + 1] & 0x3F));
                i += 2;
            }
            else if (b is >= 0xE0 and <= 0xEF && i + 2 < data.Length && IsContinuation(data[i + 1]) && IsContinuation(data[i + 2])
                && (b != 0xE0 || data[i + 1] >= 0xA0))
            {
                chars[length++] = (char)(((b & 0x0F) << 12) | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F));
                i += 3;
            }
            else if (b is >= 0xF0 and <= 0xF4 && i + 3 < data.Length && IsContinuation(data[i + 1]) && IsContinuation(data[i + 2])
                && IsContinuation(data[i + 3]) && (b != 0xF0 || data[i + 1] >= 0x90) && (b != 0xF4 || data[i + 1] < 0x90))
            {
                int scalar = ((b & 0x07) << 18) | ((data[i + 1] & 0x3F) << 12) | ((data[i + 2] & 0x3F) << 6) | (data[i + 3] & 0x3F);
                scalar -= 0x10000;
                chars[length++] = (char)(0xD800 + (scalar >> 10));
                chars[length++] = (char)(0xDC00 + (scalar & 0x3FF));
                i += 4;
            }
            else
            {
                chars[length++] = (char)b;
                i++;
            }
        }

        return new string(chars, 0, length);
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;
}
