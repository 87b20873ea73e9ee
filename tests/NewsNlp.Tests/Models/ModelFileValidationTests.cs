using System.Buffers.Binary;
using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Tagging;

namespace NewsNlp.Tests.Models;

/// <summary>Every malformed model file is a <see cref="ModelFormatException"/>, found before more than the declared size is
/// read: every truncation and every single-bit flip of a small model built in code, reserved bytes, trailing bytes, and a
/// huge stream.</summary>
public sealed class ModelFileValidationTests
{
    private static readonly Lazy<byte[]> s_tiny = new(() => Save(TinyModel()));

    [Fact]
    public void The_tiny_model_round_trips()
    {
        var bytes = s_tiny.Value;
        Assert.InRange(bytes.Length, 200, 4000);
        Assert.Equal(bytes, Save(NewsModel.Load(new MemoryStream(bytes))));
    }

    [Fact]
    public async Task Every_truncation_is_rejected_by_every_loader()
    {
        var bytes = s_tiny.Value;
        for (int length = 0; length < bytes.Length; length++)
        {
            var prefix = bytes.AsSpan(0, length).ToArray();
            Assert.Throws<ModelFormatException>(() => NewsModel.Load(new MemoryStream(prefix)));
            Assert.Throws<ModelFormatException>(() => NewsModel.Load(new TrickleStream(prefix)));
            await Assert.ThrowsAsync<ModelFormatException>(() => NewsModel.LoadAsync(new TrickleStream(prefix), TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task Every_single_bit_flip_is_rejected_or_loads_the_same_model()
    {
        var bytes = s_tiny.Value;
        int rejected = 0;
        for (int bit = 0; bit < bytes.Length * 8; bit++)
        {
            var corrupt = (byte[])bytes.Clone();
            corrupt[bit / 8] ^= (byte)(1 << (bit % 8));
            foreach (var load in Loaders(corrupt))
            {
                NewsModel model;
                try
                {
                    model = await load();
                }
                catch (ModelFormatException)
                {
                    rejected++;
                    continue;
                }

                Assert.Equal(bytes, Save(model));
            }
        }

        // A CRC-32 over the payload and a check of every header byte catch every single-bit error.
        Assert.Equal(bytes.Length * 8 * 3, rejected);
    }

    [Theory]
    [InlineData(24)]
    [InlineData(25)]
    [InlineData(26)]
    [InlineData(27)]
    public void Reserved_header_bytes_must_be_zero(int position)
    {
        var corrupt = (byte[])s_tiny.Value.Clone();
        corrupt[position] = 0x01;
        var error = Assert.Throws<ModelFormatException>(() => NewsModel.Load(new MemoryStream(corrupt)));
        Assert.Contains("reserved", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public async Task Bytes_after_the_payload_are_rejected(int trailing)
    {
        var padded = new byte[s_tiny.Value.Length + trailing];
        s_tiny.Value.CopyTo(padded, 0);
        Assert.Throws<ModelFormatException>(() => NewsModel.Load(new MemoryStream(padded)));
        Assert.Throws<ModelFormatException>(() => NewsModel.Load(new TrickleStream(padded)));
        await Assert.ThrowsAsync<ModelFormatException>(() => NewsModel.LoadAsync(new MemoryStream(padded), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ModelFormatException>(() => NewsModel.LoadAsync(new TrickleStream(padded), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_huge_stream_of_zeros_is_rejected_after_reading_the_header_only()
    {
        var zeros = new ZeroStream(3L << 30);
        await Assert.ThrowsAsync<ModelFormatException>(() => NewsModel.LoadAsync(zeros, TestContext.Current.CancellationToken));
        Assert.InRange(zeros.BytesRead, 1, ModelFormat.HeaderSize);

        var again = new ZeroStream(3L << 30);
        Assert.Throws<ModelFormatException>(() => NewsModel.Load(again));
        Assert.InRange(again.BytesRead, 1, ModelFormat.HeaderSize);
    }

    [Fact]
    public async Task A_valid_header_before_endless_data_reads_at_most_the_declared_payload()
    {
        var header = s_tiny.Value.AsSpan(0, ModelFormat.HeaderSize).ToArray();
        int declared = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12));
        var stream = new ZeroStream(3L << 30, header, seekable: false);
        await Assert.ThrowsAsync<ModelFormatException>(() => NewsModel.LoadAsync(stream, TestContext.Current.CancellationToken));
        Assert.InRange(stream.BytesRead, ModelFormat.HeaderSize + declared, ModelFormat.HeaderSize + declared + 1);
    }

    [Fact]
    public void A_declared_payload_beyond_the_limit_is_rejected_before_reading_it()
    {
        var corrupt = (byte[])s_tiny.Value.Clone();
        BinaryPrimitives.WriteUInt64LittleEndian(corrupt.AsSpan(12), (ulong)ModelFormat.MaxPayloadLength + 1);
        var stream = new TrickleStream(corrupt);
        var error = Assert.Throws<ModelFormatException>(() => NewsModel.Load(stream));
        Assert.Contains("allowed", error.Message, StringComparison.Ordinal);
        Assert.Equal(ModelFormat.HeaderSize, stream.Position);
    }

    private static IEnumerable<Func<Task<NewsModel>>> Loaders(byte[] bytes)
    {
        yield return () => Task.FromResult(NewsModel.Load(new MemoryStream(bytes)));
        yield return () => Task.FromResult(NewsModel.Load(new TrickleStream(bytes)));
        yield return () => NewsModel.LoadAsync(new TrickleStream(bytes));
    }

    private static byte[] Save(NewsModel model)
    {
        var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Two kinds, the smallest table, a handful of weights, gazetteer and cluster entries, and metadata.</summary>
    private static NewsModel TinyModel()
    {
        var labels = new BilouLabels([EntityKind.Person, EntityKind.Location]);
        var settings = new FeatureSettings(FeatureSettings.MinBucketBits, FeatureGroups.Document | FeatureGroups.Gazetteer | FeatureGroups.Clusters);
        int stride = SequenceScorer.StrideFor(labels.Count);
        var random = new Random(5);
        var weights = new float[settings.BucketCount * stride];
        for (int row = 0; row < 12; row++)
        {
            int bucket = random.Next(settings.BucketCount);
            for (int label = 0; label < labels.Count; label += 1 + random.Next(3))
            {
                weights[(bucket * stride) + label] = (float)((random.NextDouble() * 20) - 10);
            }
        }

        var transitions = new float[(labels.Count + 1) * labels.Count];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (float)(random.NextDouble() - 0.5);
        }

        var gazetteer = new Gazetteer(new Dictionary<ulong, ushort> { [11] = 1, [12345] = 2 });
        var clusters = new WordClusters(new Dictionary<ulong, uint> { [77] = 3, [99] = 5 });
        var phrases = new PhraseLexicon(new Dictionary<ulong, ushort> { [21] = PhraseLexicon.PrefixBit, [22] = 1 << (int)PhraseCategory.Company });
        var tagger = new PerceptronTagger(labels, settings, weights, transitions, gazetteer, clusters, phrases);
        return new NewsModel("tiny", labels.KindSet, new Dictionary<string, string> { ["seed"] = "5", ["note"] = "built in code" }, tagger);
    }

    /// <summary>A non-seekable stream that hands out at most three bytes per read.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 3));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 3)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 3)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, 3), cancellationToken);
    }

    /// <summary>A stream of <c>length</c> bytes, a prefix then zeros, produced on demand; counts what was read.</summary>
    private sealed class ZeroStream(long length, byte[]? prefix = null, bool seekable = true) : Stream
    {
        private long _position;

        public long BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? length : throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = (int)Math.Min(buffer.Length, length - _position);
            buffer[..n].Clear();
            for (int i = 0; i < n && prefix is not null && _position + i < prefix.Length; i++)
            {
                buffer[i] = prefix[_position + i];
            }

            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
