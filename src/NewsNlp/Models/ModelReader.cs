using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using NewsNlp.Collections;
using NewsNlp.Entities;
using NewsNlp.Tagging;

namespace NewsNlp.Models;

/// <summary>Reads the binary model format described in <see cref="ModelFormat"/>.</summary>
/// <remarks>The header is validated first (<see cref="ModelHeader"/>); then exactly the declared payload is read, never more
/// (a seekable stream's length is checked before the payload buffer is allocated; from any other stream the buffer grows
/// with the data, never past the declared size), bytes after it are rejected, and the checksum is verified before parsing.
/// Every inconsistency surfaces as a <see cref="ModelFormatException"/>.</remarks>
internal static class ModelReader
{
    /// <summary>The first buffer of a payload read from a stream of unknown length; it doubles, up to the declared size, as
    /// data arrives, so a header that lies about its size cannot force a large allocation.</summary>
    private const int InitialBuffer = 1 << 16;

    public static NewsModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> headerBytes = stackalloc byte[ModelFormat.HeaderSize];
        var header = ModelHeader.Parse(headerBytes[..ReadFully(stream, headerBytes)]);
        long? available = Available(stream, header);
        var payload = available is null ? new byte[Math.Min(header.PayloadLength, InitialBuffer)] : new byte[header.PayloadLength];
        int read = 0;
        while (read < header.PayloadLength)
        {
            payload = Room(payload, read, header.PayloadLength);
            int got = stream.Read(payload, read, payload.Length - read);
            if (got == 0)
            {
                throw Truncated(header, read);
            }

            read += got;
        }

        if (available > header.PayloadLength || (available is null && stream.Read(new byte[1], 0, 1) > 0))
        {
            throw TrailingBytes(available - header.PayloadLength);
        }

        return Finish(header, payload);
    }

    public static async Task<NewsModel> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var headerBytes = new byte[ModelFormat.HeaderSize];
        int headerRead = 0;
        while (headerRead < headerBytes.Length)
        {
            int got = await stream.ReadAsync(headerBytes.AsMemory(headerRead), cancellationToken).ConfigureAwait(false);
            if (got == 0)
            {
                break;
            }

            headerRead += got;
        }

        var header = ModelHeader.Parse(headerBytes.AsSpan(0, headerRead));
        long? available = Available(stream, header);
        var payload = available is null ? new byte[Math.Min(header.PayloadLength, InitialBuffer)] : new byte[header.PayloadLength];
        int read = 0;
        while (read < header.PayloadLength)
        {
            payload = Room(payload, read, header.PayloadLength);
            int got = await stream.ReadAsync(payload.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (got == 0)
            {
                throw Truncated(header, read);
            }

            read += got;
        }

        if (available > header.PayloadLength || (available is null && await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0))
        {
            throw TrailingBytes(available - header.PayloadLength);
        }

        return Finish(header, payload);
    }

    /// <summary>The bytes after the header of a seekable stream (checked against the declared size before anything is
    /// allocated), or <see langword="null"/> when the stream cannot tell.</summary>
    private static long? Available(Stream stream, ModelHeader header)
    {
        if (!stream.CanSeek)
        {
            return null;
        }

        long available = stream.Length - stream.Position;
        if (available < header.PayloadLength)
        {
            throw Truncated(header, available);
        }

        return available;
    }

    /// <summary>Returns a buffer with room after <paramref name="read"/> bytes, never larger than the declared size.</summary>
    private static byte[] Room(byte[] buffer, int read, int declared)
    {
        if (read < buffer.Length)
        {
            return buffer;
        }

        var larger = new byte[(int)Math.Min(declared, (long)buffer.Length * 2)];
        buffer.AsSpan(0, read).CopyTo(larger);
        return larger;
    }

    private static NewsModel Finish(ModelHeader header, byte[] payload)
    {
        if (Crc32.Compute(payload) != header.Checksum)
        {
            throw new ModelFormatException("Corrupt model: the payload checksum does not match.");
        }

        var model = Parse(payload, header.Storage);
        model.PayloadChecksum = header.Checksum;
        return model;
    }

    private static ModelFormatException Truncated(ModelHeader header, long read) =>
        new($"Truncated model: the header declares {header.PayloadLength} payload bytes but only {read} follow.");

    private static ModelFormatException TrailingBytes(long? count) =>
        new($"Corrupt model: {(count is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unexpected")} bytes follow the declared payload.");

    private static int ReadFully(Stream stream, Span<byte> buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int read = stream.Read(buffer[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    // Runs once per load over about a million values: compile it optimized straight away instead of tier 0.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static NewsModel Parse(ReadOnlySpan<byte> payload, WeightStorage storage)
    {
        var r = new PayloadReader(payload);
        string name = r.ReadString("the model name");
        int metadataCount = r.ReadCount(2, "metadata entries");
        var metadata = new Dictionary<string, string>(metadataCount, StringComparer.Ordinal);
        for (int i = 0; i < metadataCount; i++)
        {
            string key = r.ReadString("a metadata key");
            metadata[key] = r.ReadString("a metadata value");
        }

        int kindCount = r.ReadByte();
        if (kindCount is 0 or > 15)
        {
            throw new ModelFormatException($"Corrupt model: {kindCount} entity kinds (expected 1 to 15).");
        }

        var kinds = new EntityKind[kindCount];
        for (int i = 0; i < kindCount; i++)
        {
            byte kind = r.ReadByte();
            // Custom is the kind of dictionary and pattern matches; a model never predicts it.
            if (kind > (byte)EntityKind.Misc || Array.IndexOf(kinds, (EntityKind)kind, 0, i) >= 0)
            {
                throw new ModelFormatException($"Corrupt model: entity kind {kind} is unknown or repeated.");
            }

            kinds[i] = (EntityKind)kind;
        }

        var labels = new BilouLabels(kinds);
        int templates = r.ReadByte();
        if (templates != FeatureExtractor.TemplateCount)
        {
            throw new ModelFormatException($"The model was trained with {templates} feature templates; this build of NewsNlp computes {FeatureExtractor.TemplateCount}. Retrain it or use a matching NewsNlp version.");
        }

        int bucketBits = r.ReadByte();
        if (bucketBits is < FeatureSettings.MinBucketBits or > FeatureSettings.MaxBucketBits)
        {
            throw new ModelFormatException($"Corrupt model: a weight table of 2^{bucketBits} rows is outside the supported 2^{FeatureSettings.MinBucketBits}..2^{FeatureSettings.MaxBucketBits}.");
        }

        uint groups = r.ReadUInt32();
        const uint knownGroups = (uint)(FeatureGroups.Document | FeatureGroups.Gazetteer | FeatureGroups.Clusters | FeatureGroups.NameLists | FeatureGroups.History | FeatureGroups.Phrases);
        if ((groups & ~knownGroups) != 0)
        {
            throw new ModelFormatException($"Unsupported feature groups 0x{groups:X}: the model needs a newer NewsNlp.");
        }

        var settings = new FeatureSettings(bucketBits, (FeatureGroups)groups);
        int transitionCount = (labels.Count + 1) * labels.Count;
        if (r.Remaining < transitionCount * 4)
        {
            throw new ModelFormatException("Truncated model: the transition weights are cut off.");
        }

        var transitions = new float[transitionCount];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = CheckFinite(r.ReadSingle());
        }

        int gazetteerCount = r.ReadCount(10, "gazetteer entries");
        var gazetteer = new HashLookup<ushort>(gazetteerCount);
        for (int i = 0; i < gazetteerCount; i++)
        {
            ulong key = r.ReadUInt64();
            gazetteer.Set(key, r.ReadUInt16());
        }

        int clusterCount = r.ReadCount(12, "word-cluster entries");
        var clusters = new HashLookup<uint>(clusterCount);
        for (int i = 0; i < clusterCount; i++)
        {
            ulong key = r.ReadUInt64();
            clusters.Set(key, r.ReadUInt32());
        }

        int phraseCount = r.ReadCount(10, "name-list phrase entries");
        var phrases = new HashLookup<ushort>(phraseCount);
        for (int i = 0; i < phraseCount; i++)
        {
            ulong key = r.ReadUInt64();
            ushort value = r.ReadUInt16();
            if (value == 0 || (value & ~(PhraseLexicon.CategoryMask | PhraseLexicon.PrefixBit)) != 0)
            {
                throw new ModelFormatException($"Corrupt model: name-list phrase entry {i} has invalid bits 0x{value:X4}.");
            }

            phrases.Set(key, value);
        }

        int rows = r.ReadCount(3, "weight rows");
        if (rows > settings.BucketCount)
        {
            throw new ModelFormatException($"Corrupt model: {rows} weight rows for a table of {settings.BucketCount}.");
        }

        WeightTable weights;
        if (storage == WeightStorage.Quantized)
        {
            weights = WeightTable.CreateEmptyWithUnit(settings.BucketCount, labels.Count, CheckUnit(r.ReadSingle()));
            ReadQuantizedRows(ref r, rows, labels.Count, settings.BucketCount, weights);
        }
        else
        {
            // Two passes over the sparse rows: the first validates them and finds the largest weight, which sizes the
            // fixed-point unit of the table the second pass fills.
            bool halfPrecision = storage == WeightStorage.Half;
            var validation = r;
            float maxAbsolute = ReadWeightRows(ref validation, rows, labels.Count, settings.BucketCount, halfPrecision, table: null);
            weights = WeightTable.CreateEmpty(settings.BucketCount, labels.Count, maxAbsolute);
            ReadWeightRows(ref r, rows, labels.Count, settings.BucketCount, halfPrecision, weights);
        }

        if (r.Remaining != 0)
        {
            throw new ModelFormatException($"Corrupt model: {r.Remaining} unexpected bytes after the weights.");
        }

        var tagger = new PerceptronTagger(labels, settings, weights, transitions, new Gazetteer(gazetteer), new WordClusters(clusters), new PhraseLexicon(phrases));
        return new NewsModel(name, labels.KindSet, metadata, tagger);
    }

    private static float ReadWeightRows(ref PayloadReader r, int rows, int labelCount, int bucketCount, bool halfPrecision, WeightTable? table)
    {
        long bucket = -1;
        float maxAbsolute = 0;
        ulong validMask = labelCount == 64 ? ulong.MaxValue : (1UL << labelCount) - 1;
        for (int i = 0; i < rows; i++)
        {
            ulong mask = ReadRowHeader(ref r, i, ref bucket, bucketCount, validMask);

            for (int c = 0; c < labelCount; c++)
            {
                if ((mask & (1UL << c)) != 0)
                {
                    float weight = CheckFinite(halfPrecision ? (float)r.ReadHalf() : r.ReadSingle());
                    maxAbsolute = Math.Max(maxAbsolute, Math.Abs(weight));
                    table?.Set((int)bucket, c, weight);
                }
            }
        }

        return maxAbsolute;
    }

    /// <summary>Reads row <paramref name="row"/>'s delta-coded bucket (advancing <paramref name="bucket"/>) and its label mask,
    /// both validated.</summary>
    private static ulong ReadRowHeader(ref PayloadReader r, int row, ref long bucket, int bucketCount, ulong validMask)
    {
        ulong delta = r.ReadVarint();
        bucket += (long)Math.Min(delta, (ulong)int.MaxValue);
        ulong mask = r.ReadVarint();
        if (delta == 0 || bucket >= bucketCount || mask == 0 || (mask & ~validMask) != 0)
        {
            throw new ModelFormatException($"Corrupt model: weight row {row} has an invalid bucket or label mask.");
        }

        return mask;
    }

    /// <summary>One pass over rows of fixed-point units: each row's units are copied into the table as they are.</summary>
    private static void ReadQuantizedRows(ref PayloadReader r, int rows, int labelCount, int bucketCount, WeightTable table)
    {
        long bucket = -1;
        ulong validMask = labelCount == 64 ? ulong.MaxValue : (1UL << labelCount) - 1;
        for (int i = 0; i < rows; i++)
        {
            ulong mask = ReadRowHeader(ref r, i, ref bucket, bucketCount, validMask);

            if (!table.TrySetUnits((int)bucket, mask, r.ReadBytes(BitOperations.PopCount(mask) * sizeof(short), "a weight row")))
            {
                throw new ModelFormatException($"Corrupt model: weight row {i} holds a value outside the fixed-point range.");
            }
        }
    }

    private static float CheckUnit(float unit) =>
        float.IsFinite(unit) && unit > 0 ? unit : throw new ModelFormatException("Corrupt model: the weight unit is not a positive finite number.");

    private static float CheckFinite(float value) =>
        float.IsFinite(value) ? value : throw new ModelFormatException("Corrupt model: a weight is not a finite number.");
}
