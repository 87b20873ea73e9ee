using System.Buffers.Binary;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Fuzz.Targets;

/// <summary>Fuzz target: <see cref="NewsModel.Load(Stream)"/> on arbitrary bytes.</summary>
/// <remarks>Defined behaviour: a malformed file throws <see cref="ModelFormatException"/> and nothing else; a file that loads
/// gives a model that analyzes a probe sentence with valid offsets. Each input is loaded three ways: as given, from a stream
/// that cannot seek (the loader's other path), and "resealed" — with the header's payload length and CRC-32 rewritten to
/// match the bytes after the header, so mutations of the payload reach the parser instead of stopping at the checksum.</remarks>
internal static class ModelTarget
{
    private const string Probe = "Ilse Varga of the Corvane Group flew to Dravik on 3 March 2026, the ministry said.\n\nLomura agreed.";
    private const int HeaderSize = 28;

    public static void Run(ReadOnlySpan<byte> data)
    {
        var bytes = data.ToArray();
        LoadAndProbe(new MemoryStream(bytes, writable: false));
        LoadAndProbe(new ForwardOnlyStream(bytes));
        if (bytes.Length >= HeaderSize)
        {
            LoadAndProbe(new MemoryStream(Reseal(bytes), writable: false));
        }
    }

    /// <summary>A copy of <paramref name="bytes"/> whose header declares exactly the bytes that follow it, with their CRC-32.</summary>
    public static byte[] Reseal(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        var payload = copy.AsSpan(HeaderSize);
        BinaryPrimitives.WriteUInt64LittleEndian(copy.AsSpan(12), (ulong)payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(20), Crc32.Compute(payload));
        return copy;
    }

    private static void LoadAndProbe(Stream stream)
    {
        NewsModel model;
        try
        {
            model = NewsModel.Load(stream);
        }
        catch (ModelFormatException)
        {
            return;
        }

        var pipeline = new NewsPipelineBuilder().UseModel(model).WithKinds(model.Kinds).Build();
        OffsetChecks.Document(pipeline.Analyze(Probe, new DateOnly(2026, 11, 24)), pipeline.Kinds);
    }

    /// <summary>A stream that hides its length, as a network or pipe stream does.</summary>
    private sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override bool CanSeek => false;
    }
}
