using System.Globalization;

namespace NewsNlp.Cli.Output;

/// <summary>Standard error as newsnlp writes its messages: the console's error writer when descriptor 2 is the one the
/// process was started with, else a writer that drops everything.</summary>
/// <remarks>With stderr closed at launch (<c>newsnlp extract 2&gt;&amp;-</c>) the runtime reuses descriptor 2 for one of its
/// own files or pipes. Writing a message there would fail (a read-only descriptor: <see cref="UnauthorizedAccessException"/>)
/// or, worse, land in the runtime's own pipe. On Linux, <c>/proc/self/fd</c> tells the two apart: a descriptor inherited
/// from the parent never has close-on-exec set, is writable, and is not a pipe whose other end this process holds. The
/// probe runs once, first thing in <c>Main</c>. Elsewhere the console writer is used, and <see cref="CliErrors"/> drops a
/// message whose write fails.</remarks>
internal static class StandardError
{
    private const string FdDirectory = "/proc/self/fd";

    private static TextWriter? s_writer;

    /// <summary>Gets whether messages can reach the stderr the process was started with.</summary>
    public static bool IsUsable => Writer != TextWriter.Null;

    /// <summary>Gets the writer for messages; the probe runs on first use.</summary>
    public static TextWriter Writer => s_writer ??= Probe() ? Console.Error : TextWriter.Null;

    /// <summary>Runs the probe now, before the runtime opens more descriptors.</summary>
    public static void Initialize() => _ = Writer;

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(FdDirectory))
        {
            return true;
        }

        try
        {
            string? target = new FileInfo(FdDirectory + "/2").LinkTarget;
            if (target is null || target.StartsWith("anon_inode:", StringComparison.Ordinal) || target.StartsWith("/proc/", StringComparison.Ordinal))
            {
                return false;
            }

            if (FileDescriptorFlags.Read(2) is { } flags
                && ((flags & FileDescriptorFlags.AccessMode) == FileDescriptorFlags.ReadOnly || (flags & FileDescriptorFlags.CloseOnExec) != 0))
            {
                return false;
            }

            return !(target.StartsWith("pipe:", StringComparison.Ordinal) && HoldsReadEnd(target));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No /proc view (a sandbox): assume stderr is what it claims to be.
            return true;
        }
    }

    // A pipe whose read end this process holds is one of the runtime's own (its signal and thread pipes).
    private static bool HoldsReadEnd(string pipe)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(FdDirectory))
        {
            string name = Path.GetFileName(entry);
            if (name == "2" || !int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int descriptor))
            {
                continue;
            }

            try
            {
                if (new FileInfo(entry).LinkTarget == pipe
                    && (FileDescriptorFlags.Read(descriptor) & FileDescriptorFlags.AccessMode) == FileDescriptorFlags.ReadOnly)
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The descriptor closed while we looked.
            }
        }

        return false;
    }
}
