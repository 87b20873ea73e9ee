namespace NewsNlp.Cli;

/// <summary>Reads the open flags of one of this process's file descriptors from <c>/proc/self/fdinfo</c> (Linux only).</summary>
internal static class FileDescriptorFlags
{
    /// <summary>The access mode bits: 0 read-only, 1 write-only, 2 read-write.</summary>
    public const int AccessMode = 3;

    public const int ReadOnly = 0;

    public const int WriteOnly = 1;

    /// <summary>O_NONBLOCK on Linux (octal 04000).</summary>
    public const int NonBlocking = 0x800;

    /// <summary>O_CLOEXEC on Linux (octal 02000000): never set on a descriptor inherited across exec.</summary>
    public const int CloseOnExec = 0x80000;

    /// <summary>The descriptor's flags, or <see langword="null"/> where they cannot be read.</summary>
    public static long? Read(int descriptor)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            // A line "flags:\t0100001", octal.
            foreach (var line in File.ReadLines("/proc/self/fdinfo/" + descriptor.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                {
                    long flags = 0;
                    foreach (char c in line.AsSpan("flags:".Length).Trim())
                    {
                        if (c is < '0' or > '7')
                        {
                            return null;
                        }

                        flags = (flags * 8) + (c - '0');
                    }

                    return flags;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return null;
    }
}
