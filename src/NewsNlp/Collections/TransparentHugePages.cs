using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsNlp.Collections;

/// <summary>Asks Linux to back a large, freshly allocated array with 2 MB pages (<c>madvise(MADV_HUGEPAGE)</c>).</summary>
/// <remarks>Why: a model load writes a 16 MB weight table and several MB of lookup tables. On 4 KB pages that is one page
/// fault per 4 KB, and on a virtual machine the faults cost more than the copying: about half of a one-line
/// <c>extract</c>'s time. Linux distributions commonly set transparent huge pages to <c>madvise</c>, so they are used
/// only where asked for. The advice changes no content and is only a hint: on other systems, where the kernel refuses it
/// or where <c>libc</c> cannot be found, nothing happens.</remarks>
internal static class TransparentHugePages
{
    private const int HugePageSize = 2 << 20;
    private const int MadviseHugePage = 14;

    private static bool s_unavailable = !OperatingSystem.IsLinux();

    /// <summary>Advises huge pages for the whole 2 MB pages inside <paramref name="array"/>; arrays under two huge pages
    /// are left alone. Call it before the array is first written.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    public static void Advise<T>(T[] array)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(array);
        long bytes = (long)array.Length * Unsafe.SizeOf<T>();
        if (s_unavailable || bytes < 2L * HugePageSize)
        {
            return;
        }

        // Large arrays live on the large-object heap, which does not move them while they are being filled.
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            long address = handle.AddrOfPinnedObject();
            long start = (address + HugePageSize - 1) & ~((long)HugePageSize - 1);
            long end = (address + bytes) & ~((long)HugePageSize - 1);
            if (end > start)
            {
                _ = Madvise((nint)start, (nuint)(end - start), MadviseHugePage);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
        }
        finally
        {
            handle.Free();
        }
    }

    [DllImport("libc", EntryPoint = "madvise", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Madvise(nint address, nuint length, int advice);
}
