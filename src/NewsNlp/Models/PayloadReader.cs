using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsNlp.Models;

/// <summary>A bounds-checked reader over a model payload: every overrun becomes a <see cref="ModelFormatException"/>.</summary>
internal ref struct PayloadReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public PayloadReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public readonly int Remaining => _data.Length - _position;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte ReadByte() => Take(1, "a byte")[0];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2, "a 16-bit value"));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4, "a 32-bit value"));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8, "a 64-bit value"));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(Take(4, "a weight"));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Half ReadHalf() => BinaryPrimitives.ReadHalfLittleEndian(Take(2, "a weight"));

    // Model loading runs before tiered compilation has promoted anything: compile the hot readers optimized at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ulong ReadVarint()
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte b = ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new ModelFormatException($"Corrupt model: a variable-length number at byte {_position} of the payload is too long.");
    }

    /// <summary>Reads a count and checks that <paramref name="bytesPerItem"/> × count bytes remain, before anything is allocated.</summary>
    public int ReadCount(int bytesPerItem, string what)
    {
        ulong count = ReadVarint();
        if (count > (ulong)Remaining / (ulong)Math.Max(1, bytesPerItem))
        {
            throw new ModelFormatException($"Corrupt model: it declares {count} {what}, more than the {Remaining} remaining bytes can hold.");
        }

        return (int)count;
    }

    /// <summary>Reads <paramref name="count"/> raw bytes, described by <paramref name="what"/> in the error if they are cut off.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count, string what) => Take(count, what);

    public string ReadString(string what)
    {
        int length = ReadCount(1, $"bytes of {what}");
        try
        {
            return new UTF8Encoding(false, true).GetString(Take(length, what));
        }
        catch (DecoderFallbackException e)
        {
            throw new ModelFormatException($"Corrupt model: {what} is not valid UTF-8.", e);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Take(int count, string what)
    {
        if (count > Remaining)
        {
            ThrowTruncated(what, _position, Remaining);
        }

        var slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }

    [DoesNotReturn]
    private static void ThrowTruncated(string what, int position, int remaining) =>
        throw new ModelFormatException($"Truncated model: expected {what} at byte {position} of the payload, but only {remaining} bytes remain.");
}
