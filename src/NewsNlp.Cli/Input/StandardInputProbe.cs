using System.Globalization;

namespace NewsNlp.Cli.Input;

/// <summary>Tells whether standard input was closed when the process started (<c>newsnlp extract - &lt;&amp;-</c>).</summary>
/// <remarks>With descriptor 0 closed at launch, the runtime's first <c>pipe()</c> takes number 0, so reading standard
/// input reads the runtime's own pipe and never ends. On Linux, <c>/proc/self/fd</c> shows it: descriptor 0 is missing,
/// is an anonymous inode, or is a pipe whose write end this process holds itself, which can never deliver end of file.
/// Elsewhere the probe answers <see langword="false"/>.</remarks>
internal static class StandardInputProbe
{
    private const string FdDirectory = "/proc/self/fd";

    public static bool IsClosed()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(FdDirectory))
        {
            return false;
        }

        try
        {
            string? target = new FileInfo(FdDirectory + "/0").LinkTarget;
            if (target is null)
            {
                return true;
            }

            if (target.StartsWith("anon_inode:", StringComparison.Ordinal))
            {
                return true;
            }

            return target.StartsWith("pipe:", StringComparison.Ordinal) && HoldsWriteEnd(target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No /proc view (a sandbox): assume standard input is what it claims to be.
            return false;
        }
    }

    private static bool HoldsWriteEnd(string pipe)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(FdDirectory))
        {
            string name = Path.GetFileName(entry);
            if (name == "0" || !int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int descriptor))
            {
                continue;
            }

            try
            {
                if (new FileInfo(entry).LinkTarget == pipe
                    && (FileDescriptorFlags.Read(descriptor) & FileDescriptorFlags.AccessMode) == FileDescriptorFlags.WriteOnly)
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The descriptor closed while we looked (the directory listing itself is one).
            }
        }

        return false;
    }
}
