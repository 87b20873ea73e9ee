using System.Buffers.Binary;
using System.Text;
using NewsNlp.Tagging;

namespace NewsNlp.Models;

/// <summary>Writes the binary model format described in <see cref="ModelFormat"/>; the output depends only on the model.</summary>
internal static class ModelWriter
{
    public static void Write(NewsModel model, Stream stream, WeightStorage storage = WeightStorage.Quantized)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(stream);
        if (model.Recognizer is not PerceptronTagger tagger)
        {
            throw new InvalidOperationException("Only models with a statistical tagger can be saved.");
        }

        var payload = new MemoryStream();
        var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true);
        WriteString(w, model.Name);
        var metadata = model.Metadata.OrderBy(static p => p.Key, StringComparer.Ordinal).ToArray();
        WriteVarint(w, (ulong)metadata.Length);
        foreach (var pair in metadata)
        {
            WriteString(w, pair.Key);
            WriteString(w, pair.Value);
        }

        var labels = tagger.Labels;
        w.Write((byte)labels.KindCount);
        foreach (var kind in labels.Kinds)
        {
            w.Write((byte)kind);
        }

        w.Write((byte)FeatureExtractor.TemplateCount);
        w.Write((byte)tagger.Settings.BucketBits);
        w.Write((uint)tagger.Settings.Groups);
        foreach (float t in tagger.Transitions)
        {
            w.Write(t);
        }

        var gazetteer = tagger.Gazetteer.Entries.OrderBy(static p => p.Key).ToArray();
        WriteVarint(w, (ulong)gazetteer.Length);
        foreach (var entry in gazetteer)
        {
            w.Write(entry.Key);
            w.Write(entry.Value);
        }

        var clusters = tagger.Clusters.Paths.OrderBy(static p => p.Key).ToArray();
        WriteVarint(w, (ulong)clusters.Length);
        foreach (var entry in clusters)
        {
            w.Write(entry.Key);
            w.Write(entry.Value);
        }

        var phrases = tagger.Phrases.Entries.OrderBy(static p => p.Key).ToArray();
        WriteVarint(w, (ulong)phrases.Length);
        foreach (var entry in phrases)
        {
            w.Write(entry.Key);
            w.Write(entry.Value);
        }

        WriteWeights(w, tagger, storage);
        w.Flush();

        var body = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        Span<byte> header = stackalloc byte[ModelFormat.HeaderSize];
        ModelFormat.Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], ModelFormat.Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], storage switch
        {
            WeightStorage.Quantized => ModelFormat.QuantizedFlag,
            WeightStorage.Half => ModelFormat.HalfPrecisionFlag,
            _ => 0,
        });
        BinaryPrimitives.WriteUInt64LittleEndian(header[12..], (ulong)body.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], Crc32.Compute(body));
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], 0);
        stream.Write(header);
        stream.Write(body);
    }

    private static void WriteWeights(BinaryWriter w, PerceptronTagger tagger, WeightStorage storage)
    {
        int labelCount = tagger.Labels.Count;
        var weights = tagger.Weights;
        int rows = 0;
        for (int b = 0; b < tagger.Settings.BucketCount; b++)
        {
            if (RowMask(weights, b, labelCount, storage) != 0)
            {
                rows++;
            }
        }

        WriteVarint(w, (ulong)rows);
        if (storage == WeightStorage.Quantized)
        {
            w.Write(weights.Unit);
        }

        int previous = -1;
        for (int b = 0; b < tagger.Settings.BucketCount; b++)
        {
            ulong mask = RowMask(weights, b, labelCount, storage);
            if (mask == 0)
            {
                continue;
            }

            WriteVarint(w, (ulong)(b - previous));
            WriteVarint(w, mask);
            for (int c = 0; c < labelCount; c++)
            {
                if ((mask & (1UL << c)) == 0)
                {
                    continue;
                }

                switch (storage)
                {
                    case WeightStorage.Quantized:
                        w.Write(weights.GetUnits(b, c));
                        break;
                    case WeightStorage.Half:
                        w.Write((Half)weights.Get(b, c));
                        break;
                    default:
                        w.Write(weights.Get(b, c));
                        break;
                }
            }

            previous = b;
        }
    }

    private static ulong RowMask(WeightTable weights, int bucket, int labelCount, WeightStorage storage)
    {
        ulong mask = 0;
        for (int c = 0; c < labelCount; c++)
        {
            bool nonZero = storage switch
            {
                WeightStorage.Quantized => weights.GetUnits(bucket, c) != 0,
                WeightStorage.Half => (float)(Half)weights.Get(bucket, c) != 0f,
                _ => weights.Get(bucket, c) != 0f,
            };
            if (nonZero)
            {
                mask |= 1UL << c;
            }
        }

        return mask;
    }

    private static void WriteString(BinaryWriter w, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteVarint(w, (ulong)bytes.Length);
        w.Write(bytes);
    }

    private static void WriteVarint(BinaryWriter w, ulong value)
    {
        while (value >= 0x80)
        {
            w.Write((byte)(value | 0x80));
            value >>= 7;
        }

        w.Write((byte)value);
    }
}
