using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using NewsNlp.Entities;

namespace NewsNlp.Models;

/// <summary>Reads the binary model format described in <see cref="ModelFormat"/>.</summary>
/// <remarks>Sizes are checked against the stream length and the checksum is verified before anything large is allocated;
/// every inconsistency surfaces as a <see cref="ModelFormatException"/>.</remarks>
internal static class ModelReader
{
    public static NewsModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[ModelFormat.HeaderSize];
        int got = ReadFully(stream, header);
        if (got < 8 || !header[..8].SequenceEqual(ModelFormat.Magic))
        {
            throw new ModelFormatException("Not a NewsNlp model: the file does not start with the NewsNlp model signature.");
        }

        if (got < ModelFormat.HeaderSize)
        {
            throw new ModelFormatException($"Truncated model: the {ModelFormat.HeaderSize}-byte header is cut off after {got} bytes.");
        }

        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
        if (version != ModelFormat.Version)
        {
            throw new ModelFormatException($"Unsupported model format version {version}; this build of NewsNlp reads version {ModelFormat.Version}.");
        }

        ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
        if ((flags & ~ModelFormat.HalfPrecisionFlag) != 0)
        {
            throw new ModelFormatException($"Unsupported model flags 0x{flags:X4}.");
        }

        ulong length = BinaryPrimitives.ReadUInt64LittleEndian(header[12..]);
        uint checksum = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
        if (length > (ulong)ModelFormat.MaxPayloadLength)
        {
            throw new ModelFormatException($"Corrupt model: it declares a payload of {length} bytes, more than the {ModelFormat.MaxPayloadLength} allowed.");
        }

        if (stream.CanSeek)
        {
            long available = stream.Length - stream.Position;
            if ((ulong)available < length)
            {
                throw new ModelFormatException($"Truncated model: the header declares {length} payload bytes but only {available} follow.");
            }
        }

        var payload = ReadPayload(stream, (int)length);
        if (Crc32.Compute(payload) != checksum)
        {
            throw new ModelFormatException("Corrupt model: the payload checksum does not match.");
        }

        return Parse(payload, (flags & ModelFormat.HalfPrecisionFlag) != 0);
    }

    private static byte[] ReadPayload(Stream stream, int length)
    {
        if (stream.CanSeek)
        {
            var buffer = new byte[length];
            int read = ReadFully(stream, buffer);
            if (read < length)
            {
                throw new ModelFormatException($"Truncated model: the header declares {length} payload bytes but only {read} follow.");
            }

            return buffer;
        }

        // Unknown length: grow as data arrives, so a lying header cannot force a large allocation.
        var chunks = new MemoryStream();
        var chunk = new byte[1 << 16];
        while (chunks.Length < length)
        {
            int read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, length - chunks.Length));
            if (read == 0)
            {
                throw new ModelFormatException($"Truncated model: the header declares {length} payload bytes but only {chunks.Length} follow.");
            }

            chunks.Write(chunk, 0, read);
        }

        return chunks.ToArray();
    }

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
    private static NewsModel Parse(ReadOnlySpan<byte> payload, bool halfPrecision)
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
            if (!Enum.IsDefined((EntityKind)kind) || Array.IndexOf(kinds, (EntityKind)kind, 0, i) >= 0)
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
        var gazetteer = new Dictionary<ulong, ushort>(gazetteerCount);
        for (int i = 0; i < gazetteerCount; i++)
        {
            ulong key = r.ReadUInt64();
            gazetteer[key] = r.ReadUInt16();
        }

        int clusterCount = r.ReadCount(12, "word-cluster entries");
        var clusters = new Dictionary<ulong, uint>(clusterCount);
        for (int i = 0; i < clusterCount; i++)
        {
            ulong key = r.ReadUInt64();
            clusters[key] = r.ReadUInt32();
        }

        int phraseCount = r.ReadCount(10, "name-list phrase entries");
        var phrases = new Dictionary<ulong, ushort>(phraseCount);
        for (int i = 0; i < phraseCount; i++)
        {
            ulong key = r.ReadUInt64();
            ushort value = r.ReadUInt16();
            if (value == 0 || (value & ~(PhraseLexicon.CategoryMask | PhraseLexicon.PrefixBit)) != 0)
            {
                throw new ModelFormatException($"Corrupt model: name-list phrase entry {i} has invalid bits 0x{value:X4}.");
            }

            phrases[key] = value;
        }

        int rows = r.ReadCount(3, "weight rows");
        if (rows > settings.BucketCount)
        {
            throw new ModelFormatException($"Corrupt model: {rows} weight rows for a table of {settings.BucketCount}.");
        }

        // Two passes over the sparse rows: the first validates them and finds the largest weight, which sizes the
        // fixed-point unit of the table the second pass fills.
        var validation = r;
        float maxAbsolute = ReadWeightRows(ref validation, rows, labels.Count, settings.BucketCount, halfPrecision, table: null);
        var weights = WeightTable.CreateEmpty(settings.BucketCount, labels.Count, maxAbsolute);
        ReadWeightRows(ref r, rows, labels.Count, settings.BucketCount, halfPrecision, weights);

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
            ulong delta = r.ReadVarint();
            bucket += (long)Math.Min(delta, (ulong)int.MaxValue);
            ulong mask = r.ReadVarint();
            if (delta == 0 || bucket >= bucketCount || mask == 0 || (mask & ~validMask) != 0)
            {
                throw new ModelFormatException($"Corrupt model: weight row {i} has an invalid bucket or label mask.");
            }

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

    private static float CheckFinite(float value) =>
        float.IsFinite(value) ? value : throw new ModelFormatException("Corrupt model: a weight is not a finite number.");
}
