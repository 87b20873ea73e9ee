using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsNlp.Samples.WebApi.Tests;

/// <summary>The page at <c>GET /</c> and the salience the API returns for it. The page's rendering is checked in a real
/// browser by the CI check <c>browser</c>.</summary>
public sealed class ExtractPageTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Text =
        "Kenya Ports Authority Signs Terminal Deal\n\nThe Kenya Ports Authority signed a terminal deal with Maersk on Monday in "
        + "Mombasa, its managing director Joseph Atta said. Maersk will run the terminal from May, and the Kenya Ports Authority keeps a stake.";

    [Fact]
    public async Task The_page_is_self_contained_and_its_policy_allows_only_its_own_script()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/", TestContext.Current.CancellationToken);
        string page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        string policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none'; ", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        int start = page.IndexOf("<script>", StringComparison.Ordinal) + "<script>".Length;
        string script = page[start..page.IndexOf("</script>", start, StringComparison.Ordinal)];
        Assert.Contains($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'", policy, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(page, "<script"));
        Assert.DoesNotContain("http:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.Contains("<textarea id=\"input\"", page, StringComparison.Ordinal);
        Assert.Contains("fetch(\"extract\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_returns_the_groups_most_salient_first_with_mentions_that_are_entities()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/extract", new { text = Text }, TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        response.EnsureSuccessStatusCode();
        var starts = json.RootElement.GetProperty("entities").EnumerateArray().Select(e => (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())).ToHashSet();
        var groups = json.RootElement.GetProperty("groups").EnumerateArray().ToList();
        Assert.True(groups.Count >= 3);
        var saliences = groups.Select(g => g.GetProperty("salience").GetDouble()).ToList();
        Assert.Equal(saliences.OrderDescending(), saliences);
        Assert.Equal(1.0, saliences.Sum(), 3);
        Assert.All(groups.SelectMany(g => g.GetProperty("mentions").EnumerateArray()), m => Assert.Contains((m[0].GetInt32(), m[1].GetInt32()), starts));
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
