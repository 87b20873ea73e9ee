using System.Globalization;
using System.Text;
using System.Xml;

namespace NewsNlp.Training;

/// <summary>Reads TimeML 1.2 files (<c>.tml</c>: TempEval-3 TBAQ-cleaned, the TIMEX3 version of WikiWars) into plain text
/// with TIMEX3 offsets.</summary>
/// <remarks>The text is the content of the <c>TEXT</c> element with every tag removed (whitespace kept as is). The
/// reference date is the <c>value</c> of the TIMEX3 inside <c>DCT</c>, cut to its date part.</remarks>
internal static class TimeMlReader
{
    /// <summary>Lists the <c>.tml</c> files under <paramref name="path"/> (or the file itself), sorted by their path relative
    /// to it with ordinal comparison, so that the order and any split made from it are the same on every machine.</summary>
    /// <param name="path">A directory or one file.</param>
    /// <returns>Full paths in a deterministic order.</returns>
    public static IReadOnlyList<string> ListFiles(string path)
    {
        if (File.Exists(path))
        {
            return [Path.GetFullPath(path)];
        }

        var root = Path.GetFullPath(path);
        var files = Directory.GetFiles(root, "*.tml", SearchOption.AllDirectories);
        Array.Sort(files, (a, b) => string.CompareOrdinal(Path.GetRelativePath(root, a).Replace('\\', '/'), Path.GetRelativePath(root, b).Replace('\\', '/')));
        return files;
    }

    /// <summary>Reads one TimeML file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The document.</returns>
    /// <exception cref="Input.InputFormatException">The file is not well-formed XML or has no <c>TEXT</c> element.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static TimeMlDocument Read(string path)
    {
        using var stream = Input.SideFileReader.OpenFile(path);
        try
        {
            return Read(stream, Path.GetFileNameWithoutExtension(path));
        }
        catch (XmlException ex)
        {
            throw new Input.InputFormatException(path, Math.Max(ex.LineNumber, 1), Math.Max(ex.LinePosition, 1), "not well-formed XML: " + WithoutPosition(ex.Message));
        }
        catch (FormatException ex) when (ex is not Input.InputFormatException)
        {
            throw new Input.InputFormatException(path, 1, 1, ex.Message);
        }
    }

    // XmlException's message ends with " Line 3, position 20."; the position is reported as line and column instead.
    private static string WithoutPosition(string message)
    {
        int at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        message = at > 0 ? message[..at] : message;
        return message.TrimEnd().TrimEnd('.');
    }

    /// <summary>Reads one TimeML document from a stream of UTF-8 (or, with a byte-order mark, UTF-16) XML; an encoding named
    /// in the XML declaration is not followed.</summary>
    /// <param name="stream">The XML.</param>
    /// <param name="id">The identifier to give the document.</param>
    /// <returns>The document.</returns>
    /// <exception cref="XmlException">The stream is not well-formed XML.</exception>
    /// <exception cref="FormatException">The document has no <c>TEXT</c> element.</exception>
    public static TimeMlDocument Read(Stream stream, string id)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreWhitespace = false, XmlResolver = null };

        // Read as UTF-8 text (a byte-order mark is honoured) rather than letting the XML reader follow the declaration's
        // encoding: its encoding switch throws ArgumentOutOfRangeException on some malformed declarations (found by fuzzing),
        // and TimeML corpora are UTF-8.
        using var decoded = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var reader = XmlReader.Create(decoded, settings);
        var text = new StringBuilder();
        var timexes = new List<TimexAnnotation>();
        var open = new Stack<(int Start, string Type, string? Value)>();
        DateOnly? creation = null;
        bool inText = false;
        bool inDct = false;
        bool hasText = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.LocalName == "TEXT")
                    {
                        inText = !reader.IsEmptyElement;
                        hasText = true;
                    }
                    else if (reader.LocalName == "DCT")
                    {
                        inDct = !reader.IsEmptyElement;
                    }
                    else if (reader.LocalName == "TIMEX3")
                    {
                        string type = reader.GetAttribute("type") ?? string.Empty;
                        string? value = reader.GetAttribute("value");
                        if (inDct && creation is null)
                        {
                            creation = ParseDate(value);
                        }
                        else if (inText && !reader.IsEmptyElement)
                        {
                            open.Push((text.Length, type, value));
                        }
                    }

                    break;

                case XmlNodeType.EndElement:
                    if (reader.LocalName == "TEXT")
                    {
                        inText = false;
                    }
                    else if (reader.LocalName == "DCT")
                    {
                        inDct = false;
                    }
                    else if (reader.LocalName == "TIMEX3" && inText && open.Count > 0)
                    {
                        var (start, type, value) = open.Pop();
                        timexes.Add(new TimexAnnotation(start, text.Length, type, value));
                    }

                    break;

                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    if (inText)
                    {
                        text.Append(reader.Value);
                    }

                    break;
            }
        }

        if (!hasText)
        {
            throw new FormatException("no <TEXT> element: a TimeML document holds its text in one");
        }

        timexes.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return new TimeMlDocument(id, text.ToString(), creation, timexes);
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (value is null || value.Length < 8)
        {
            return null;
        }

        var inv = CultureInfo.InvariantCulture;
        if (value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", inv, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateOnly.TryParseExact(value.AsSpan(0, 8), "yyyyMMdd", inv, DateTimeStyles.None, out date) ? date : null;
    }
}
