// POST /extract {"text": "...", "date": "2026-11-24", "id": "a-1"} → {"doc", "entities": [...], "groups": [...]}
// (the output contract of docs/output.md); bad input → an RFC 9457 problem-details body naming the field.
// GET / → a page with a text box that posts to /extract and shows the text with its entities highlighted.
using NewsNlp.Pipeline;
using NewsNlp.Samples.WebApi;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddNewsNlp();   // one NewsPipeline for the whole app: immutable and thread-safe
builder.Services.AddProblemDetails();

var app = builder.Build();
// Problem details for what the endpoint does not answer itself: an exception (500), a wrong method (405), a wrong path (404).
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapPost("/extract", (HttpRequest request, NewsPipeline pipeline, CancellationToken cancellationToken) =>
    ExtractEndpoint.HandleAsync(request, pipeline, cancellationToken));
app.MapGet("/", ExtractPage.Handle);
app.Run();

/// <summary>The entry point, public so that tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
