using System.Globalization;
using System.Runtime.InteropServices;
using NewsNlp.Collections;

namespace NewsNlp.Tests.Collections;

public sealed class TransparentHugePagesTests
{
    [Fact]
    public void A_large_array_is_advised_for_huge_pages_on_linux()
    {
        Assert.SkipUnless(
            OperatingSystem.IsLinux() && File.Exists("/sys/kernel/mm/transparent_hugepage/enabled"),
            "this kernel has no transparent huge pages");
        var array = new short[8 << 20];
        TransparentHugePages.Advise(array);

        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            long middle = handle.AddrOfPinnedObject() + (array.Length / 2 * sizeof(short));
            // The kernel marks an advised mapping with "hg" in its VmFlags.
            Assert.Contains("hg", VmFlagsOfMappingAt(middle).Split(' '));
        }
        finally
        {
            handle.Free();
        }

        Assert.All(array, value => Assert.Equal(0, value));
    }

    [Fact]
    public void Small_arrays_and_empty_ones_are_left_alone()
    {
        TransparentHugePages.Advise(new byte[4096]);
        TransparentHugePages.Advise(Array.Empty<long>());
        Assert.Throws<ArgumentNullException>(() => TransparentHugePages.Advise<int>(null!));
    }

    private static string VmFlagsOfMappingAt(long address)
    {
        bool inside = false;
        foreach (string line in File.ReadLines("/proc/self/smaps"))
        {
            int dash = line.IndexOf('-', StringComparison.Ordinal);
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash && IsHex(line.AsSpan(0, dash)))
            {
                long start = long.Parse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                long end = long.Parse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                inside = address >= start && address < end;
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Trim();
            }
        }

        throw new InvalidOperationException($"No mapping holds 0x{address:X}.");
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
