using System.Buffers.Binary;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Training;

namespace NewsNlp.Tests.Models;

public sealed class ModelFormatTests
{
    private const string Probe = "Ilse Varga visited Dravik. Later the Corvane Group hired Tomas Reyk in Lomura, said Marta Quillon.";

    private static readonly Lazy<byte[]> s_bytes = new(() =>
    {
        var stream = new MemoryStream();
        SyntheticCorpus.Model.Save(stream);
        return stream.ToArray();
    });

    [Fact]
    public void Save_then_load_gives_identical_predictions()
    {
        var loaded = NewsModel.Load(new MemoryStream(s_bytes.Value));
        Assert.Equal(SyntheticCorpus.Model.Name, loaded.Name);
        Assert.Equal(SyntheticCorpus.Model.Kinds, loaded.Kinds);
        Assert.Equal(SyntheticCorpus.Model.Metadata.OrderBy(p => p.Key), loaded.Metadata.OrderBy(p => p.Key));
        var before = Analyze(SyntheticCorpus.Model);
        var after = Analyze(loaded);
        Assert.NotEmpty(before);
        Assert.Equal(before, after);

        var again = new MemoryStream();
        loaded.Save(again);
        Assert.Equal(s_bytes.Value, again.ToArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Float_weights_load_and_predict_the_same_mentions(bool halfPrecision)
    {
        var file = new MemoryStream();
        ModelWriter.Write(SyntheticCorpus.Model, file, halfPrecision ? WeightStorage.Half : WeightStorage.Single);
        file.Position = 0;
        var loaded = NewsModel.Load(file);
        Assert.Equal(Analyze(SyntheticCorpus.Model), Analyze(loaded));
    }

    [Fact]
    public void Fixed_point_weights_are_smaller_than_single_floats_and_no_larger_than_half_floats_plus_the_unit()
    {
        var single = new MemoryStream();
        ModelWriter.Write(SyntheticCorpus.Model, single, WeightStorage.Single);
        var half = new MemoryStream();
        ModelWriter.Write(SyntheticCorpus.Model, half, WeightStorage.Half);
        Assert.True(s_bytes.Value.Length < single.Length, $"{s_bytes.Value.Length} >= {single.Length}");
        Assert.True(half.Length < single.Length);
    }

    [Fact]
    public void A_fixed_point_value_below_the_range_is_rejected()
    {
        var bytes = (byte[])s_bytes.Value.Clone();
        int last = bytes.Length - 2;
        Assert.NotEqual(0, BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(last)));
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(last), short.MinValue);
        var error = Assert.Throws<ModelFormatException>(() => NewsModel.Load(new MemoryStream(WithChecksum(bytes))));
        Assert.Contains("fixed-point range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_async_reads_the_same_model()
    {
        var loaded = await NewsModel.LoadAsync(new MemoryStream(s_bytes.Value), TestContext.Current.CancellationToken);
        Assert.Equal(Analyze(SyntheticCorpus.Model), Analyze(loaded));
    }

    [Fact]
    public void Truncated_files_are_rejected_at_every_length()
    {
        var bytes = s_bytes.Value;
        var lengths = new SortedSet<int>();
        for (int n = 0; n < Math.Min(64, bytes.Length); n++)
        {
            lengths.Add(n);
        }

        for (int n = 64; n < bytes.Length; n += Math.Max(1, bytes.Length / 97))
        {
            lengths.Add(n);
        }

        lengths.Add(bytes.Length - 1);
        foreach (int length in lengths)
        {
            var error = Assert.Throws<ModelFormatException>(() => NewsModel.Load(new MemoryStream(bytes, 0, length)));
            Assert.False(string.IsNullOrEmpty(error.Message));
            Assert.Throws<ModelFormatException>(() => NewsModel.Load(new NonSeekableStream(bytes.AsSpan(0, length).ToArray())));
        }
    }

    [Fact]
    public void Flipped_bytes_are_rejected()
    {
        var bytes = s_bytes.Value;
        for (int position = 0; position < bytes.Length; position += Math.Max(1, bytes.Length / 211))
        {
            var corrupt = (byte[])bytes.Clone();
            corrupt[position] ^= 0x5A;
            Assert.Throws<ModelFormatException>(() => NewsModel.Load(new MemoryStream(corrupt)));
        }
    }

    [Fact]
    public void Wrong_magic_is_rejected_with_a_clear_message()
    {
        var corrupt = (byte[])s_bytes.Value.Clone();
        corrupt[0] = (byte)'X';
        var error = Assert.Throws<ModelFormatException>(() => NewsModel.Load(new MemoryStream(corrupt)));
        Assert.Contains("signature", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Throws<ModelFormatException>(() => NewsModel.Load(new MemoryStream("not a model at all"u8.ToArray())));
    }

    [Fact]
    public void Wrong_version_is_rejected_with_a_clear_message()
    {
        var corrupt = (byte[])s_bytes.Value.Clone();
        BinaryPrimitives.WriteUInt16LittleEndian(corrupt.AsSpan(8), 99);
        var error = Assert.Throws<ModelFormatException>(() => NewsModel.Load(new MemoryStream(corrupt)));
        Assert.Contains("version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_declared_length_is_rejected_before_allocating()
    {
        var corrupt = (byte[])s_bytes.Value.Clone();
        BinaryPrimitives.WriteUInt64LittleEndian(corrupt.AsSpan(12), 200UL << 20);
        var error = Assert.Throws<ModelFormatException>(() => NewsModel.Load(new MemoryStream(corrupt)));
        Assert.Contains("Truncated", error.Message, StringComparison.Ordinal);
        BinaryPrimitives.WriteUInt64LittleEndian(corrupt.AsSpan(12), ulong.MaxValue);
        Assert.Throws<ModelFormatException>(() => NewsModel.Load(new NonSeekableStream(corrupt)));
    }

    /// <summary>Rewrites the header checksum, so a test reaches the payload check it means to exercise.</summary>
    private static byte[] WithChecksum(byte[] bytes)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(20), Crc32.Compute(bytes.AsSpan(ModelFormat.HeaderSize)));
        return bytes;
    }

    private static List<(string, int, int)> Analyze(NewsModel model)
    {
        var pipeline = new NewsPipelineBuilder().UseModel(model).WithoutDates().Build();
        return [.. pipeline.Analyze(Probe).Entities.Select(e => (e.Kind.ToString(), e.Start, e.End))];
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
