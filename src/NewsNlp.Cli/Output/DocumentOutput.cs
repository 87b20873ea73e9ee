using System.Text.Json;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli.Output;

/// <summary>Sends each analysed document of <c>extract</c> to its output: every mention (<see cref="EntityWriter"/>), the most
/// salient entities (<c>--top</c>), or a section of the HTML page.</summary>
/// <param name="writer">The JSONL, JSON or table writer.</param>
/// <param name="html">The HTML page, or <see langword="null"/> for the other formats.</param>
/// <param name="top">With a writer: how many salient entities to write per document (0: every mention instead).</param>
internal sealed class DocumentOutput(EntityWriter writer, HtmlPageWriter? html, int top)
{
    /// <summary>Writes one document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="docJson">Its id as raw JSON, or <see langword="null"/> for none.</param>
    /// <param name="offset">Its offset in the whole input.</param>
    /// <param name="heading">Its heading on the HTML page; <see langword="null"/> to use the id.</param>
    public void Write(NewsDocument document, string? docJson, long offset, string? heading)
    {
        if (html is not null)
        {
            html.WriteDocument(document, heading ?? Display(docJson), offset);
        }
        else if (top > 0)
        {
            writer.WriteTop(docJson, offset, document.EntityGroupsBySalience, top);
        }
        else
        {
            writer.WriteDocument(docJson, offset, document.Entities, writer.WritesGroups ? document.EntityGroups : null);
        }
    }

    // A JSONL id is raw JSON: a string is shown without its quotes and escapes, a number as written.
    private static string Display(string? docJson)
    {
        if (docJson is null)
        {
            return "document";
        }

        if (docJson.StartsWith('"'))
        {
            try
            {
                return JsonSerializer.Deserialize(docJson, CliJsonContext.Default.String) ?? docJson;
            }
            catch (JsonException)
            {
                return docJson;
            }
        }

        return docJson;
    }
}
