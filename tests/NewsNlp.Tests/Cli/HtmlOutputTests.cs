using System.Text.Json;
using System.Text.RegularExpressions;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Cli;

/// <summary><c>extract --format html</c> through the real <c>newsnlp</c> process: a self-contained page whose entities match
/// the JSONL output, and whose input can never become markup.</summary>
public sealed partial class HtmlOutputTests
{
    private const string Article =
        "Corvane Group Buys Harbour Terminal in Lomura\n\n"
        + "LOMURA — Corvane Group agreed on Monday to buy the harbour terminal of the Lomura Port Authority for $2 billion, "
        + "President Ilse Varga said on March 3, 2026.\n\nCorvane Group will run the terminal from next year.";

    // Every element and attribute the page may contain; anything else came from the input.
    private static readonly HashSet<string> s_tags = ["!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "ul", "ol", "li", "span", "main", "section", "p", "a", "div", "mark"];
    private static readonly HashSet<string> s_attributes = ["lang", "charset", "http-equiv", "content", "name", "class", "id", "tabindex", "href", "role", "title", "aria-label", "aria-labelledby", "data-kind", "data-start", "data-end", "data-group"];

    [Fact]
    public void The_page_is_self_contained_and_runs_nothing()
    {
        var page = Html(Article);

        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("prefers-color-scheme:dark", page, StringComparison.Ordinal);
        AssertOnlyKnownMarkup(page);
    }

    [Fact]
    public void Every_entity_of_the_jsonl_output_is_marked_with_its_kind_and_label()
    {
        var entities = CliProcess.Run(Article, "extract", "-").OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var marks = Marks(Html(Article));

        Assert.True(entities.Count >= 5);
        Assert.Equal(entities.Count, marks.Count);
        for (int i = 0; i < entities.Count; i++)
        {
            Assert.Equal(entities[i].GetProperty("type").GetString(), marks[i].Kind);
            Assert.Equal(entities[i].GetProperty("start").GetInt32(), marks[i].Start);
            Assert.Equal(entities[i].GetProperty("end").GetInt32(), marks[i].End);
            Assert.Equal(entities[i].GetProperty("text").GetString(), marks[i].Text);
            Assert.Equal(entities[i].GetProperty("type").GetString() switch { "PERSON" => "PER", "ORGANIZATION" => "ORG", "LOCATION" => "LOC", var k => k }, marks[i].Label);
        }

        Assert.Contains(marks, m => m.Tip.Contains("value 2026-03-03", StringComparison.Ordinal));
        Assert.Contains(marks, m => m.Tip.Contains("group Corvane Group (3 mentions, salience", StringComparison.Ordinal));
    }

    [Fact]
    public void The_most_salient_entities_come_before_the_text_and_link_to_it()
    {
        var page = Html(Article, "--top", "2");
        int list = page.IndexOf("<ol class=\"salient\"", StringComparison.Ordinal);
        int text = page.IndexOf("<div class=\"text\">", StringComparison.Ordinal);

        Assert.InRange(list, 0, text);
        var items = ListItem().Matches(page[list..text]);
        Assert.Equal(2, items.Count);
        Assert.Equal("Corvane Group", items[0].Groups["name"].Value);
        Assert.Contains($"id=\"{items[0].Groups["target"].Value}\"", page[text..], StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_input_gives_one_section_per_document_headed_by_its_id()
    {
        string input = JsonSerializer.Serialize(new { id = "p-1", text = Article }) + "\n" + JsonSerializer.Serialize(new { id = 7, text = "Kestrel Bank opened in Dravik." }) + "\n";
        var result = CliProcess.Run(input, "extract", "--jsonl", "-", "--format", "html");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, Regex.Count(result.StandardOutput, "<section class=\"doc\""));
        Assert.Contains("<h2 id=\"d1-h\">p-1</h2>", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"d2-h\">7</h2>", result.StandardOutput, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_ids_and_entities_stay_text()
    {
        const string Hostile = "Corvane Group <script>alert(1)</script> met \"Ilse Varga\" & 'Kestrel Bank' in <img src=x onerror=alert(2)> Lomura "
            + "\u202Eevil\u202C and \u2066Dravik\u2069 on Monday.\n<style>body{display:none}</style> Varga left.";
        string input = JsonSerializer.Serialize(new { id = "<script>alert(3)</script>\" onmouseover=\"alert(4)", text = Hostile }) + "\n";
        var page = CliProcess.Run(input, "extract", "--jsonl", "-", "--format", "html").StandardOutput;

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.Single(Regex.Matches(page, "<style>"));
        Assert.DoesNotContain('\u202E', page);
        Assert.DoesNotContain('\u2066', page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(3)&lt;/script&gt;&quot; onmouseover=&quot;alert(4)", page, StringComparison.Ordinal);
        Assert.Contains("title=\"U+202E\">U+202E</span>", page, StringComparison.Ordinal);
        AssertOnlyKnownMarkup(page);
    }

    [Fact]
    public void A_long_document_is_one_section_with_every_entity_marked()
    {
        var text = string.Concat(Enumerable.Repeat("Corvane Group met Ilse Varga in Lomura on Monday. ", 3_000));
        var jsonl = CliProcess.Run(text, "extract", "-");
        var page = Html(text);

        Assert.Equal(jsonl.OutputLines.Length, Marks(page).Count);
        Assert.Single(Regex.Matches(page, "<section class=\"doc\""));
    }

    private static string Html(string text, params string[] options)
    {
        var result = CliProcess.Run(text, ["extract", "-", "--format", "html", .. options]);
        Assert.Equal(0, result.ExitCode);
        return result.StandardOutput;
    }

    private static List<(string Kind, int Start, int End, string Text, string Label, string Tip)> Marks(string page) =>
        [.. Mark().Matches(page).Select(m => (m.Groups["kind"].Value, int.Parse(m.Groups["start"].Value), int.Parse(m.Groups["end"].Value),
            System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value), m.Groups["label"].Value, System.Net.WebUtility.HtmlDecode(m.Groups["tip"].Value)))];

    private static void AssertOnlyKnownMarkup(string page)
    {
        string body = page[page.IndexOf("</style>", StringComparison.Ordinal)..];
        foreach (Match tag in Tag().Matches(page[..page.IndexOf("<style>", StringComparison.Ordinal)] + body))
        {
            Assert.Contains(tag.Groups["name"].Value.TrimStart('/'), s_tags);
            if (tag.Groups["name"].Value == "!DOCTYPE")
            {
                continue;
            }

            var attributes = Attribute().Matches(tag.Groups["rest"].Value);
            Assert.Equal(tag.Groups["rest"].Value.Length, attributes.Sum(a => a.Length)); // nothing but attributes
            foreach (Match attribute in attributes)
            {
                Assert.Contains(attribute.Groups["name"].Value, s_attributes);
                Assert.DoesNotContain("javascript:", attribute.Groups["value"].Value, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [GeneratedRegex("""<mark class="e \w+" id="d\d+-e\d+" tabindex="0" data-kind="(?<kind>[^"]*)" data-start="(?<start>\d+)" data-end="(?<end>\d+)"[^>]*>(?<text>[^<]*)<span class="k">(?<label>[^<]*)</span><span class="tip" role="tooltip">(?<tip>.*?)</span></mark>""")]
    private static partial Regex Mark();

    [GeneratedRegex("""<li><a href="#(?<target>d\d+-e\d+)"><span class="e \w+">(?<name>[^<]*)<span""")]
    private static partial Regex ListItem();

    [GeneratedRegex("""<(?<name>/?!?[A-Za-z][A-Za-z0-9-]*)(?<rest>[^>]*)>""")]
    private static partial Regex Tag();

    [GeneratedRegex("""\G\s+(?<name>[a-z-]+)(="(?<value>[^"]*)")?""")]
    private static partial Regex Attribute();
}
