using System.Runtime.CompilerServices;

namespace NewsNlp.Tagging;

/// <summary>64-bit hashing of characters and feature values, computed without strings.</summary>
internal static class FeatureHash
{
    public const ulong Empty = 0xCBF29CE484222325UL;
    private const ulong Prime = 0x100000001B3UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Of(ReadOnlySpan<char> chars)
    {
        ulong hash = Empty;
        foreach (char c in chars)
        {
            hash = Add(hash, c);
        }

        return Finish(hash);
    }

    public static ulong OfLower(ReadOnlySpan<char> chars)
    {
        ulong hash = Empty;
        foreach (char c in chars)
        {
            hash = Add(hash, char.ToLowerInvariant(c));
        }

        return Finish(hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Finish((a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL));

    /// <summary>Maps a template id and a value hash to a bucket in a table of <c>2^bits</c> rows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Bucket(int template, ulong value, int bits)
    {
        ulong h = (value ^ ((ulong)(template + 1) * 0x9E3779B97F4A7C15UL)) * 0xBF58476D1CE4E5B9UL;
        h ^= h >> 31;
        h *= 0x94D049BB133111EBUL;
        return (int)(h >> (64 - bits));
    }
}
