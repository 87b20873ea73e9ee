using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Entities;

namespace NewsNlp.Cli.Output;

/// <summary>Formats one entity as a JSONL line, byte for byte what <see cref="Utf8JsonWriter"/> with relaxed escaping writes,
/// without its per-value state checks: <c>{"doc":…,"start":…,"end":…,"text":…,"type":…[,"value":…],"confidence":…}</c>.</summary>
/// <remarks>Why: the lines are written on the thread that hands out results in input order, so their cost is serial while
/// the analysis runs on all cores. Property names and type labels are constant bytes; a text or value that needs no
/// escaping (almost all of them) is transcoded straight into the buffer, and only one that does goes through
/// <see cref="JsonEncodedText"/>.</remarks>
internal static class JsonlEntityLine
{
    private static readonly JavaScriptEncoder s_encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly byte[][] s_typeFields = CreateTypeFields();

    /// <summary>Appends the line, without its line feed.</summary>
    /// <param name="output">The buffer.</param>
    /// <param name="docJson">The document id as raw UTF-8 JSON, or empty for no <c>doc</c> field.</param>
    /// <param name="offset">Added to the entity's offsets.</param>
    /// <param name="entity">The entity.</param>
    public static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> docJson, long offset, Entity entity)
    {
        if (docJson.IsEmpty)
        {
            Append(output, "{\"start\":"u8);
        }
        else
        {
            Append(output, "{\"doc\":"u8);
            Append(output, docJson);
            Append(output, ",\"start\":"u8);
        }

        AppendNumber(output, offset + entity.Start);
        Append(output, ",\"end\":"u8);
        AppendNumber(output, offset + entity.End);
        Append(output, ",\"text\":"u8);
        AppendString(output, entity.Text);
        if (entity.Kind == EntityKind.Custom)
        {
            // A dictionary's or pattern's own label (WEAPON).
            Append(output, ",\"type\":"u8);
            AppendString(output, entity.Label);
        }
        else
        {
            Append(output, TypeField(entity.Kind));
        }

        if (entity.Value is not null)
        {
            Append(output, ",\"value\":"u8);
            AppendString(output, entity.Value);
        }

        Append(output, ",\"confidence\":"u8);
        AppendConfidence(output, entity.Confidence);
        Append(output, "}"u8);
    }

    /// <summary>Writes the confidence rounded to 4 decimals as the shortest round-trip number, as the JSON writer does with
    /// <c>Math.Round(confidence, 4)</c>: in [0, 1] that is the 4-digit decimal without trailing zeros, formatted here from
    /// its integer ten-thousandths instead of by the general floating-point formatter.</summary>
    private static void AppendConfidence(IBufferWriter<byte> output, float confidence)
    {
        var span = output.GetSpan(32);
        double scaled = Math.Round(confidence * 10_000d);
        if (scaled is >= 0 and <= 10_000)
        {
            int units = (int)scaled;
            if (units is 0 or 10_000)
            {
                span[0] = units == 0 ? (byte)'0' : (byte)'1';
                output.Advance(1);
                return;
            }

            span[0] = (byte)'0';
            span[1] = (byte)'.';
            int length = 2;
            for (int divisor = 1000; units > 0; divisor /= 10)
            {
                span[length++] = (byte)('0' + (units / divisor));
                units %= divisor;
            }

            output.Advance(length);
            return;
        }

        if (!Math.Round(confidence, 4).TryFormat(span, out int written, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A confidence did not fit 32 bytes.");
        }

        output.Advance(written);
    }

    private static ReadOnlySpan<byte> TypeField(EntityKind kind) => (int)kind < s_typeFields.Length
        ? s_typeFields[(int)kind]
        : Encoding.UTF8.GetBytes($",\"type\":\"{kind.ToLabel()}\"");

    private static byte[][] CreateTypeFields()
    {
        var fields = new byte[EntityKindLabels.All.Count][];
        foreach (var kind in EntityKindLabels.All)
        {
            fields[(int)kind] = Encoding.UTF8.GetBytes($",\"type\":\"{kind.ToLabel()}\"");
        }

        return fields;
    }

    private static void Append(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    private static void AppendNumber(IBufferWriter<byte> output, long value)
    {
        var span = output.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out int written);
        output.Advance(written);
    }

    private static void AppendString(IBufferWriter<byte> output, string value)
    {
        int maxBytes = Encoding.UTF8.GetMaxByteCount(value.Length) + 2;
        var span = output.GetSpan(maxBytes);
        span[0] = (byte)'"';
        if (Encoding.UTF8.TryGetBytes(value, span[1..], out int written) && s_encoder.FindFirstCharacterToEncodeUtf8(span.Slice(1, written)) < 0)
        {
            span[1 + written] = (byte)'"';
            output.Advance(written + 2);
            return;
        }

        var encoded = JsonEncodedText.Encode(value, s_encoder).EncodedUtf8Bytes;
        span = output.GetSpan(encoded.Length + 2);
        span[0] = (byte)'"';
        encoded.CopyTo(span[1..]);
        span[1 + encoded.Length] = (byte)'"';
        output.Advance(encoded.Length + 2);
    }
}
