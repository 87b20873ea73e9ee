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
        Assert.Equal(JsonValueKind.Null, date.GetProperty("value").ValueKind);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\":\"   \"}")]
    public async Task A_request_without_text_is_a_validation_problem(string body)
    {
        using var client = factory.CreateClient();

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/extract", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("text", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_over_the_limit_is_refused()
    {
        using var client = factory.CreateClient();

        var text = new string('a', ExtractEndpoint.MaxTextLength + 1);
        using var response = await client.PostAsJsonAsync("/extract", new { text }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_request()
    {
        using var client = factory.CreateClient();

        using var content = new StringContent("{\"text\":", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/extract", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_is_not_allowed()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/extract", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
