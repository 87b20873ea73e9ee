using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsNlp.Samples.WebApi.Tests;

/// <summary>Bad input gets an RFC 9457 problem-details body (<c>application/problem+json</c>) that names the field and
/// what was expected, never an empty 400.</summary>
public sealed class ProblemDetailsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [InlineData("{}", "text", "is required")]
    [InlineData("{\"text\":\"   \"}", "text", "must not be empty")]
    [InlineData("{\"text\":42}", "text", "must be a string, got a number")]
    [InlineData("{\"text\":[\"a\"]}", "text", "must be a string, got an array")]
    [InlineData("{\"text\":\"Talks in Accra.\",\"date\":\"2026-13-45\"}", "date", "must be a calendar date written yyyy-MM-dd, got \"2026-13-45\"")]
    [InlineData("{\"text\":\"Talks in Accra.\",\"date\":\"24/11/2026\"}", "date", "got \"24/11/2026\"")]
    [InlineData("{\"text\":\"Talks in Accra.\",\"date\":20261124}", "date", "must be a yyyy-MM-dd string, got a number")]
    [InlineData("{\"text\":\"Talks in Accra.\",\"id\":{\"a\":1}}", "id", "must be a string or a number, got an object")]
    [InlineData("[1,2]", "body", "must be a JSON object")]
    public async Task A_bad_field_is_named_with_what_was_expected(string body, string field, string message)
    {
        var problem = await PostAsync(body, HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        var messages = errors.GetProperty(field).EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains(message, StringComparison.Ordinal));
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Every_bad_field_is_reported_at_once()
    {
        var problem = await PostAsync("{\"text\":7,\"date\":\"soon\"}", HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("text", out _));
        Assert.True(errors.TryGetProperty("date", out _));
    }

    [Fact]
    public async Task A_text_over_the_limit_is_refused_with_its_length()
    {
        var body = JsonSerializer.Serialize(new { text = new string('a', ExtractEndpoint.MaxTextLength + 1) });

        var problem = await PostAsync(body, HttpStatusCode.BadRequest);

        var message = problem.GetProperty("errors").GetProperty("text")[0].GetString();
        Assert.Contains("1,000,001 characters", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\":", 1, 9)]
    [InlineData("{\n  \"text\": \"a\",\n  \"date\": 2026-11-24\n}", 3, 15)]
    public async Task Malformed_json_is_reported_with_its_line_and_column(string body, int line, int column)
    {
        var problem = await PostAsync(body, HttpStatusCode.BadRequest);

        Assert.Equal("The body is not valid JSON.", problem.GetProperty("title").GetString());
        Assert.Contains($"line {line}, column {column}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_an_unsupported_media_type()
    {
        var problem = await PostAsync("Talks in Accra.", HttpStatusCode.UnsupportedMediaType, "text/plain");

        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_path_is_a_problem_too()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/nowhere", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> PostAsync(string body, HttpStatusCode expected, string mediaType = "application/json")
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, mediaType);

        using var response = await client.PostAsync("/extract", content, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.Clone();
    }
}
