namespace NewsNlp.Models;

/// <summary>Constants of the binary model format (<c>.nnm</c>).</summary>
/// <remarks>
/// Layout, little-endian: an 28-byte header (8-byte magic <c>NNLPNER\x1A</c>, u16 format version, u16 flags, u64 payload
/// length, u32 CRC-32 of the payload, u32 reserved (0)), then the payload: name, metadata pairs, entity kinds, feature
/// settings (template count, which must match the reading build, table size, feature groups), transition weights, gazetteer, word clusters, name-list phrases, and the non-zero weight rows (delta-coded bucket index, label
/// bit mask, one value per set bit: a 16-bit fixed-point unit of the float that precedes the rows when flag bit 1 is set,
/// otherwise a half (flag bit 0) or single float). Strings and counts are LEB128 varints; strings are UTF-8.
/// The version changes whenever a feature's meaning changes, since a model's weights are only valid for the features it was
/// trained with: version 2 marks headline sentences (capitalization features, document evidence, prediction history); version 3
/// adds the name-list phrase section and templates 46–47.
/// </remarks>
internal static class ModelFormat
{
    public const int HeaderSize = 28;
    public const ushort Version = 3;
    public const long MaxPayloadLength = 256L << 20;

    /// <summary>Weights are stored as IEEE half-precision floats (flag bit 0); otherwise single precision.</summary>
    public const ushort HalfPrecisionFlag = 1;

    /// <summary>Weights are stored as the tagger's 16-bit fixed-point units (flag bit 1), loaded without conversion.</summary>
    public const ushort QuantizedFlag = 2;

    public static ReadOnlySpan<byte> Magic => "NNLPNER\x1A"u8;
}
