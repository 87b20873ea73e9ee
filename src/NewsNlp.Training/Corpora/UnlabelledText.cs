using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsNlp.Tagging;
using NewsNlp.Tokenization;

namespace NewsNlp.Training;

/// <summary>Reads unlabelled text for word clustering: TimeML archives (<c>.tar.gz</c> of <c>.tml</c>), plain text, or the
/// text of annotated corpora; yields sentences of normalized lower-case words.</summary>
internal static partial class UnlabelledText
{
    public static IEnumerable<string> ReadTimeMlArchive(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null || !entry.Name.EndsWith(".tml", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
            yield return ExtractTimeMlText(reader.ReadToEnd());
        }
    }

    /// <summary>Reads a plain-text file (gzip-compressed when its name ends in <c>.gz</c>) one line at a time, so that a
    /// file of one paragraph a line becomes one document a paragraph.</summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        using var lines = new Input.SideFileReader(Input.SideFileReader.OpenText(GzipFile.OpenIfCompressed(path), path), path);
        while (lines.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    public static string ExtractTimeMlText(string xml)
    {
        int start = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        int end = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (start >= 0 && end > start)
        {
            xml = xml[(start + 6)..end];
        }

        return WebUtility.HtmlDecode(TagPattern().Replace(xml, ""));
    }

    public static IEnumerable<IReadOnlyList<string>> Sentences(IEnumerable<string> documents)
    {
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var builder = new StringBuilder();
        foreach (var text in documents)
        {
            tokens.Clear();
            sentences.Clear();
            NewsTokenizer.AppendTokens(text, tokens);
            SentenceSplitter.Split(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), sentences);
            foreach (var sentence in sentences)
            {
                var words = new string[sentence.TokenCount];
                for (int i = 0; i < words.Length; i++)
                {
                    var token = tokens[sentence.FirstToken + i];
                    builder.Clear();
                    foreach (char c in text.AsSpan(token.Start, token.Length))
                    {
                        builder.Append(char.ToLowerInvariant(FeatureExtractor.Normalize(c)));
                    }

                    words[i] = builder.ToString();
                }

                yield return words;
            }
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();
}
