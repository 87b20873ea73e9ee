using System.Globalization;
using System.Text;
using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli.Output;

/// <summary>Writes <c>extract --format html</c>: one self-contained page, a section per document with its most salient
/// entities listed above its text, every entity highlighted by kind with a visible label, and its kind, confidence, value
/// and group shown on hover or keyboard focus.</summary>
/// <remarks>
/// Self-contained: one inline style sheet, no script, no font, no image, and a Content-Security-Policy that forbids
/// fetching anything or running any script, so the page makes no request and input can never execute even if it were
/// not escaped (it is: <see cref="HtmlText"/>). The page is written as the documents come, each in one pass over its
/// entities: linear in the text and the entities, and a large document stays a static page with nothing to run.
/// </remarks>
internal sealed class HtmlPageWriter : IDisposable
{
    private static readonly (string Class, string Label, string Name)[] s_legend =
    [
        ("per", "PER", "person"), ("org", "ORG", "organization"), ("loc", "LOC", "location"), ("date", "DATE", "date"), ("misc", "MISC", "other name"),
    ];

    private readonly StreamWriter _output;
    private readonly float _minConfidence;
    private readonly int _salientCount;
    private int _documents;

    /// <param name="stream">The output.</param>
    /// <param name="title">The page title (the input's name).</param>
    /// <param name="minConfidence">Entities with a lower confidence are not highlighted.</param>
    /// <param name="salientCount">How many of each document's most salient entities are listed above its text.</param>
    public HtmlPageWriter(Stream stream, string title, float minConfidence, int salientCount)
    {
        _output = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        _minConfidence = minConfidence;
        _salientCount = salientCount;
        WriteHeader(title);
    }

    /// <summary>Writes one document's section.</summary>
    /// <param name="document">The analysed document.</param>
    /// <param name="heading">The section's heading: the document id, or the input's name.</param>
    /// <param name="offset">The document's offset in the whole input (plain text read in pieces), added to the offsets shown.</param>
    public void WriteDocument(NewsDocument document, string heading, long offset)
    {
        int n = ++_documents;
        var entities = document.Entities;
        var groups = document.EntityGroups;
        var groupOf = new int[entities.Count];
        Array.Fill(groupOf, -1);
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (int index in groups[g].MentionIndexes)
            {
                groupOf[index] = g;
            }
        }

        int shown = 0;
        foreach (var entity in entities)
        {
            shown += entity.Confidence >= _minConfidence ? 1 : 0;
        }

        var o = _output;
        o.Write($"<section class=\"doc\" id=\"d{n}\" aria-labelledby=\"d{n}-h\">\n<h2 id=\"d{n}-h\">");
        HtmlText.Content(o, heading);
        o.Write("</h2>\n<p class=\"summary\">");
        o.Write(string.Create(CultureInfo.InvariantCulture, $"{shown} {(shown == 1 ? "entity" : "entities")}, {groups.Count} {(groups.Count == 1 ? "group" : "groups")}, {document.Text.Length:N0} characters"));
        o.Write("</p>\n");
        WriteSalient(document, n);
        o.Write("<div class=\"text\">");
        int at = 0;
        var text = document.Text.AsSpan();
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Confidence < _minConfidence || entity.Start < at)
            {
                continue;
            }

            HtmlText.Content(o, text[at..entity.Start]);
            WriteEntity(entity, i, n, offset, groupOf[i] >= 0 ? groups[groupOf[i]] : null, groupOf[i]);
            at = entity.End;
        }

        HtmlText.Content(o, text[at..]);
        o.Write("</div>\n</section>\n");
        o.Flush();
    }

    /// <summary>Ends the page and flushes it.</summary>
    public void Dispose()
    {
        if (_documents == 0)
        {
            _output.Write("<p class=\"summary\">No documents.</p>\n");
        }

        _output.Write("</main>\n</body>\n</html>\n");
        _output.Dispose();
    }

    /// <summary>The class and short label of an entity's kind.</summary>
    internal static (string Class, string Label) KindStyle(Entity entity) => entity.Kind switch
    {
        EntityKind.Person => ("per", "PER"),
        EntityKind.Organization => ("org", "ORG"),
        EntityKind.Location => ("loc", "LOC"),
        EntityKind.Date => ("date", "DATE"),
        EntityKind.Misc => ("misc", "MISC"),
        _ => ("cus", entity.Label),
    };

    private void WriteHeader(string title)
    {
        var o = _output;
        o.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        o.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlPageStyle.ContentSecurityPolicy}\">\n");
        o.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>");
        HtmlText.Content(o, title);
        o.Write(" · newsnlp entities</title>\n<style>\n");
        o.Write(HtmlPageStyle.Css);
        o.Write("\n</style>\n</head>\n<body>\n<header>\n<h1>Entities in ");
        HtmlText.Content(o, title);
        o.Write("</h1>\n<ul class=\"legend\" aria-label=\"Legend\">\n");
        foreach (var (cls, label, name) in s_legend)
        {
            o.Write($"<li><span class=\"e {cls}\">{name}<span class=\"k\">{label}</span></span></li>\n");
        }

        o.Write("<li><span class=\"e cus\">custom kind<span class=\"k\">LABEL</span></span></li>\n");
        o.Write("<li class=\"count\">Hover over or tab to an entity for its confidence, value and group.</li>\n</ul>\n</header>\n<main>\n");
    }

    private void WriteSalient(NewsDocument document, int n)
    {
        if (_salientCount <= 0 || document.EntityGroups.Count == 0)
        {
            return;
        }

        var o = _output;
        int written = 0;
        foreach (var group in document.EntityGroupsBySalience)
        {
            int first = FirstShown(group);
            if (first < 0)
            {
                continue;
            }

            if (written++ == 0)
            {
                o.Write($"<ol class=\"salient\" aria-label=\"Most salient entities\">\n");
            }

            var (cls, label) = KindStyle(group.Mentions[0]);
            o.Write($"<li><a href=\"#d{n}-e{group.MentionIndexes[first]}\"><span class=\"e {cls}\">");
            HtmlText.Content(o, group.Name);
            o.Write("<span class=\"k\">");
            HtmlText.Content(o, label);
            o.Write(string.Create(CultureInfo.InvariantCulture,
                $"</span></span></a><span class=\"share\">{group.Salience:0.00}</span><span class=\"count\">{group.Mentions.Count} {(group.Mentions.Count == 1 ? "mention" : "mentions")}</span></li>\n"));
            if (written == _salientCount)
            {
                break;
            }
        }

        if (written > 0)
        {
            o.Write("</ol>\n");
        }
    }

    private int FirstShown(EntityGroup group)
    {
        for (int m = 0; m < group.Mentions.Count; m++)
        {
            if (group.Mentions[m].Confidence >= _minConfidence)
            {
                return m;
            }
        }

        return -1;
    }

    private void WriteEntity(Entity entity, int index, int n, long offset, EntityGroup? group, int groupIndex)
    {
        var o = _output;
        var (cls, label) = KindStyle(entity);
        o.Write($"<mark class=\"e {cls}\" id=\"d{n}-e{index}\" tabindex=\"0\" data-kind=\"");
        HtmlText.Attribute(o, entity.Label);
        o.Write(string.Create(CultureInfo.InvariantCulture, $"\" data-start=\"{offset + entity.Start}\" data-end=\"{offset + entity.End}\""));
        if (group is not null)
        {
            o.Write(string.Create(CultureInfo.InvariantCulture, $" data-group=\"{groupIndex}\""));
        }

        o.Write('>');
        HtmlText.Content(o, entity.Text);
        o.Write("<span class=\"k\">");
        HtmlText.Content(o, label);
        o.Write("</span><span class=\"tip\" role=\"tooltip\">");
        HtmlText.Content(o, entity.Label);
        o.Write(string.Create(CultureInfo.InvariantCulture, $" · confidence {entity.Confidence:0.00}"));
        if (entity.Value is not null)
        {
            o.Write(" · value ");
            HtmlText.Content(o, entity.Value);
        }

        if (group is not null)
        {
            o.Write(" · group ");
            HtmlText.Content(o, group.Name);
            o.Write(string.Create(CultureInfo.InvariantCulture,
                $" ({group.Mentions.Count} {(group.Mentions.Count == 1 ? "mention" : "mentions")}, salience {group.Salience:0.00})"));
        }

        o.Write("</span></mark>");
    }
}
