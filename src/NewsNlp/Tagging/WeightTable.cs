using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsNlp.Collections;

namespace NewsNlp.Tagging;

/// <summary>The tagger's hashed weight table, quantized to 16-bit fixed point: one row per bucket, all labels of a feature
/// adjacent, each row padded to whole 64-byte cache lines and aligned on one.</summary>
/// <remarks>Why 16 bits: tagging is bound by random reads into this table. As floats, a 21-label row took 96 bytes and
/// touched two cache lines; as shorts it takes one line, and the whole table half the memory. One unit is
/// <see cref="Unit"/> weight, with the largest weight at ±32,767 units, so a token's summed error stays far below the
/// margins the decoder decides on.</remarks>
internal sealed class WeightTable
{
    private const int LineShorts = 32;
    private const int MaxUnits = short.MaxValue;

    // A large-object-heap array: the GC does not move those unless an application asks it to compact that heap, so the
    // 64-byte alignment computed once holds (if it ever moved, rows would straddle lines again: slower, still correct).
    // Not pinned: the pinned-object heap returns freed memory to the OS, and a model load then pays a page fault per
    // 4 KB of the new table (measured: 90 ms per load instead of 47 ms).
    private readonly short[] _storage;
    private readonly int _origin;

    private WeightTable(int bucketCount, int labelCount, float unit)
    {
        if (labelCount is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(labelCount));
        }

        BucketCount = bucketCount;
        LabelCount = labelCount;
        RowStride = (labelCount + LineShorts - 1) / LineShorts * LineShorts;
        Unit = unit;
        // Advised before the first write, so that the pages the load fills can be huge ones (TransparentHugePages).
        _storage = new short[(bucketCount * RowStride) + LineShorts];
        TransparentHugePages.Advise(_storage);
        var handle = GCHandle.Alloc(_storage, GCHandleType.Pinned);
        nint address = handle.AddrOfPinnedObject();
        handle.Free();
        _origin = (int)((64 - (address & 63)) & 63) / sizeof(short);
    }

    /// <summary>The number of rows (hash buckets).</summary>
    public int BucketCount { get; }

    /// <summary>The number of labels per row that carry weights.</summary>
    public int LabelCount { get; }

    /// <summary>Shorts per row: the label count rounded up to whole cache lines.</summary>
    public int RowStride { get; }

    /// <summary>The weight of one fixed-point unit.</summary>
    public float Unit { get; }

    /// <summary>Quantizes a dense float table (one row of <paramref name="stride"/> per bucket).</summary>
    public static WeightTable FromDense(ReadOnlySpan<float> weights, int stride, int bucketCount, int labelCount)
    {
        float max = 0;
        foreach (float w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        var table = CreateEmpty(bucketCount, labelCount, max);
        for (int b = 0; b < bucketCount; b++)
        {
            for (int c = 0; c < labelCount; c++)
            {
                table.Set(b, c, weights[(b * stride) + c]);
            }
        }

        return table;
    }

    /// <summary>An all-zero table whose units are sized for weights up to <paramref name="maxAbsolute"/>, to be filled with
    /// <see cref="Set"/> while it is still private to its builder.</summary>
    public static WeightTable CreateEmpty(int bucketCount, int labelCount, float maxAbsolute) =>
        new(bucketCount, labelCount, maxAbsolute > 0 && float.IsFinite(maxAbsolute) ? maxAbsolute / MaxUnits : 1f);

    /// <summary>An all-zero table with the given fixed-point unit, to be filled with <see cref="TrySetUnits"/> (a model load).</summary>
    public static WeightTable CreateEmptyWithUnit(int bucketCount, int labelCount, float unit) => new(bucketCount, labelCount, unit);

    /// <summary>Copies one row of fixed-point units: <paramref name="units"/> holds one little-endian 16-bit value per set bit
    /// of <paramref name="mask"/>, in label order.</summary>
    /// <returns><see langword="false"/> when a value is outside ±<c>short.MaxValue</c> (the table is then partly written).</returns>
    public bool TrySetUnits(int bucket, ulong mask, ReadOnlySpan<byte> units)
    {
        var row = _storage.AsSpan(_origin + (bucket * RowStride), LabelCount);
        int read = 0;
        while (mask != 0)
        {
            int label = BitOperations.TrailingZeroCount(mask);
            short value = BinaryPrimitives.ReadInt16LittleEndian(units[read..]);
            if (value < -MaxUnits)
            {
                return false;
            }

            row[label] = value;
            read += sizeof(short);
            mask &= mask - 1;
        }

        return true;
    }

    /// <summary>The stored fixed-point units of one weight.</summary>
    public short GetUnits(int bucket, int label) => _storage[_origin + (bucket * RowStride) + label];

    /// <summary>Stores a weight, rounded to the nearest unit.</summary>
    public void Set(int bucket, int label, float weight)
    {
        float units = MathF.Round(weight / Unit);
        _storage[_origin + (bucket * RowStride) + label] = (short)Math.Clamp(units, -MaxUnits, MaxUnits);
    }

    /// <summary>The stored (rounded) weight.</summary>
    public float Get(int bucket, int label) => _storage[_origin + (bucket * RowStride) + label] * Unit;

    /// <summary>Sums the rows of each token's features into <paramref name="emissions"/>, one row of
    /// <paramref name="emissionStride"/> floats per token (a multiple of <see cref="Vector{T}.Count"/>, at least the label count).</summary>
    public void Score(ReadOnlySpan<int> features, int templateCount, int count, Span<float> emissions, int emissionStride)
    {
        if (RowStride == LineShorts && emissionStride <= LineShorts && Vector256.IsHardwareAccelerated)
        {
            ScoreOneLine(features, templateCount, count, emissions, emissionStride);
            return;
        }

        // Native AOT compiles for a baseline instruction set, where only 128-bit vectors are accelerated.
        if (RowStride == LineShorts && emissionStride <= LineShorts && emissionStride % 4 == 0 && Vector128.IsHardwareAccelerated)
        {
            ScoreOneLine128(features, templateCount, count, emissions, emissionStride);
            return;
        }

        ScoreAnyWidth(features, templateCount, count, emissions, emissionStride);
    }

    internal void ScoreOneLine(ReadOnlySpan<int> features, int templateCount, int count, Span<float> emissions, int emissionStride)
    {
        ref short w = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_storage), _origin);
        ref float e = ref MemoryMarshal.GetReference(emissions);
        ref int f = ref MemoryMarshal.GetReference(features);
        var unit = Vector256.Create(Unit);
        for (int t = 0; t < count; t++)
        {
            // Integer sums are exact and order-independent; the 32 label columns stay in four registers.
            var s0 = Vector256<int>.Zero;
            var s1 = Vector256<int>.Zero;
            var s2 = Vector256<int>.Zero;
            var s3 = Vector256<int>.Zero;
            ref int tokenFeatures = ref Unsafe.Add(ref f, t * templateCount);
            for (int k = 0; k < templateCount; k++)
            {
                nuint offset = (nuint)Unsafe.Add(ref tokenFeatures, k) * LineShorts;
                var (a, b) = Vector256.Widen(Vector256.LoadUnsafe(ref w, offset));
                var (c, d) = Vector256.Widen(Vector256.LoadUnsafe(ref w, offset + 16));
                s0 += a;
                s1 += b;
                s2 += c;
                s3 += d;
            }

            nuint row = (nuint)(t * emissionStride);
            (Vector256.ConvertToSingle(s0) * unit).StoreUnsafe(ref e, row);
            if (emissionStride > 8)
            {
                (Vector256.ConvertToSingle(s1) * unit).StoreUnsafe(ref e, row + 8);
            }

            if (emissionStride > 16)
            {
                (Vector256.ConvertToSingle(s2) * unit).StoreUnsafe(ref e, row + 16);
            }

            if (emissionStride > 24)
            {
                (Vector256.ConvertToSingle(s3) * unit).StoreUnsafe(ref e, row + 24);
            }
        }
    }

    internal void ScoreOneLine128(ReadOnlySpan<int> features, int templateCount, int count, Span<float> emissions, int emissionStride)
    {
        ref short w = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_storage), _origin);
        ref float e = ref MemoryMarshal.GetReference(emissions);
        ref int f = ref MemoryMarshal.GetReference(features);
        var unit = Vector128.Create(Unit);
        Span<Vector128<int>> sums = stackalloc Vector128<int>[LineShorts / 4];
        for (int t = 0; t < count; t++)
        {
            var s0 = Vector128<int>.Zero;
            var s1 = Vector128<int>.Zero;
            var s2 = Vector128<int>.Zero;
            var s3 = Vector128<int>.Zero;
            var s4 = Vector128<int>.Zero;
            var s5 = Vector128<int>.Zero;
            var s6 = Vector128<int>.Zero;
            var s7 = Vector128<int>.Zero;
            ref int tokenFeatures = ref Unsafe.Add(ref f, t * templateCount);
            for (int k = 0; k < templateCount; k++)
            {
                nuint offset = (nuint)Unsafe.Add(ref tokenFeatures, k) * LineShorts;
                var (a, b) = Vector128.Widen(Vector128.LoadUnsafe(ref w, offset));
                var (c, d) = Vector128.Widen(Vector128.LoadUnsafe(ref w, offset + 8));
                var (g, h) = Vector128.Widen(Vector128.LoadUnsafe(ref w, offset + 16));
                var (i, j) = Vector128.Widen(Vector128.LoadUnsafe(ref w, offset + 24));
                s0 += a;
                s1 += b;
                s2 += c;
                s3 += d;
                s4 += g;
                s5 += h;
                s6 += i;
                s7 += j;
            }

            sums[0] = s0;
            sums[1] = s1;
            sums[2] = s2;
            sums[3] = s3;
            sums[4] = s4;
            sums[5] = s5;
            sums[6] = s6;
            sums[7] = s7;
            nuint row = (nuint)(t * emissionStride);
            for (int v = 0; v * 4 < emissionStride; v++)
            {
                (Vector128.ConvertToSingle(sums[v]) * unit).StoreUnsafe(ref e, row + (nuint)(v * 4));
            }
        }
    }

    internal void ScoreAnyWidth(ReadOnlySpan<int> features, int templateCount, int count, Span<float> emissions, int emissionStride)
    {
        var w = _storage.AsSpan(_origin);
        for (int t = 0; t < count; t++)
        {
            var tokenFeatures = features.Slice(t * templateCount, templateCount);
            var row = emissions.Slice(t * emissionStride, emissionStride);
            for (int c = 0; c < emissionStride; c++)
            {
                int sum = 0;
                if (c < LabelCount)
                {
                    foreach (int bucket in tokenFeatures)
                    {
                        sum += w[(bucket * RowStride) + c];
                    }
                }

                row[c] = sum * Unit;
            }
        }
    }
}
