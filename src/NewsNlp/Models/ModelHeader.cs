using System.Buffers.Binary;

namespace NewsNlp.Models;

/// <summary>The validated 28-byte header of a model file (see <see cref="ModelFormat"/>).</summary>
/// <remarks>Every byte is checked before anything else is read: magic, version, known flags only, a payload length within
/// <see cref="ModelFormat.MaxPayloadLength"/>, and a zero reserved word. Only the payload checksum is left to check once the
/// payload has been read.</remarks>
internal readonly record struct ModelHeader(WeightStorage Storage, int PayloadLength, uint Checksum)
{
    /// <summary>Validates a header; <paramref name="header"/> holds the bytes read, which may be fewer than a full header.</summary>
    /// <exception cref="ModelFormatException">The bytes are not a complete, supported header.</exception>
    public static ModelHeader Parse(ReadOnlySpan<byte> header)
    {
        // A non-empty prefix of the signature is a truncated model; anything else is not a model at all.
        var signature = header[..Math.Min(header.Length, ModelFormat.Magic.Length)];
        if (signature.IsEmpty || !ModelFormat.Magic.StartsWith(signature))
        {
            throw new ModelFormatException("Not a NewsNlp model: the file does not start with the NewsNlp model signature.");
        }

        if (header.Length < ModelFormat.HeaderSize)
        {
            throw new ModelFormatException($"Truncated model: the {ModelFormat.HeaderSize}-byte header is cut off after {header.Length} bytes.");
        }

        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
        if (version != ModelFormat.Version)
        {
            throw new ModelFormatException($"Unsupported model format version {version}; this build of NewsNlp reads version {ModelFormat.Version}.");
        }

        ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
        if ((flags & ~(ModelFormat.HalfPrecisionFlag | ModelFormat.QuantizedFlag)) != 0 || flags == (ModelFormat.HalfPrecisionFlag | ModelFormat.QuantizedFlag))
        {
            throw new ModelFormatException($"Unsupported model flags 0x{flags:X4}.");
        }

        ulong length = BinaryPrimitives.ReadUInt64LittleEndian(header[12..]);
        if (length > (ulong)ModelFormat.MaxPayloadLength)
        {
            throw new ModelFormatException($"Corrupt model: it declares a payload of {length} bytes, more than the {ModelFormat.MaxPayloadLength} allowed.");
        }

        uint reserved = BinaryPrimitives.ReadUInt32LittleEndian(header[24..]);
        if (reserved != 0)
        {
            throw new ModelFormatException($"Corrupt model: the reserved header field is 0x{reserved:X8}, not 0.");
        }

        var storage = flags switch
        {
            ModelFormat.QuantizedFlag => WeightStorage.Quantized,
            ModelFormat.HalfPrecisionFlag => WeightStorage.Half,
            _ => WeightStorage.Single,
        };
        return new ModelHeader(storage, (int)length, BinaryPrimitives.ReadUInt32LittleEndian(header[20..]));
    }
}
