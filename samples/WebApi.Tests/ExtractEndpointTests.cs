using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsNlp.Samples.WebApi.Tests;

/// <summary>The sample API through the whole ASP.NET Core stack: routing, JSON binding, DI and the pipeline.</summary>
public sealed class ExtractEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Text = "Kenyan President William Ruto met the United Nations envoy in Nairobi yesterday.";

    [Fact]
    public async Task Post_extract_returns_the_entities_with_offsets_into_the_text()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/extract", new { text = Text, date = "2026-11-24" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        OutputSchema.Check("document", json.RootElement);
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        Assert.Equal(["PERSON", "ORGANIZATION", "LOCATION", "DATE"], entities.Select(e => e.GetProperty("type").GetString()));
        foreach (var entity in entities)
        {
            int start = entity.GetProperty("start").GetInt32(), end = entity.GetProperty("end").GetInt32();
            Assert.Equal(Text[start..end], entity.GetProperty("text").GetString());
        }

        Assert.Equal("William Ruto", entities[0].GetProperty("text").GetString());
        Assert.Equal("2026-11-23", entities[3].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Without_a_date_yesterday_is_found_but_not_resolved()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/extract", new { text = Text }, TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var date = json.RootElement.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "DATE");
        Assert.Equal("yesterday", date.GetProperty("text").GetString());
        Assert.False(date.TryGetProperty("value", out _), "an entity without a value has no \"value\" field, as in the CLI's output");
        OutputSchema.Check("document", json.RootElement);
    }

    [Fact]
    public async Task The_response_is_a_document_with_its_id_and_groups()
    {
        using var client = factory.CreateClient();
        const string text = "The Coastal Ports Agency (CPA) hired Ilse Varga. Varga said the CPA would grow.";

        using var response = await client.PostAsJsonAsync("/extract", new { id = "wire-7", text }, TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        OutputSchema.Check("document", json.RootElement);
        Assert.Equal("wire-7", json.RootElement.GetProperty("doc").GetString());
        var varga = json.RootElement.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("name").GetString() == "Ilse Varga");
        Assert.Equal("PERSON", varga.GetProperty("type").GetString());
        var mentions = varga.GetProperty("mentions").EnumerateArray().Select(m => text[m[0].GetInt32()..m[1].GetInt32()]).ToList();
        Assert.Equal(["Ilse Varga", "Varga"], mentions);
    }

    [Fact]
    public async Task Without_an_id_the_doc_is_null()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/extract", new { text = Text }, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("doc").ValueKind);
    }

    [Fact]
    public async Task Get_is_not_allowed()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/extract", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
