// POST /extract {"text": "...", "date": "2026-11-24"} → {"entities": [{"type", "text", "start", "end", "value", "confidence"}],
//                                                      "groups": [{"name", "type", "salience", "mentions"}]}
// GET / → a page with a text box that posts to /extract and shows the text with its entities highlighted.
using NewsNlp.Pipeline;
using NewsNlp.Samples.WebApi;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddNewsNlp();   // one NewsPipeline for the whole app: immutable and thread-safe
builder.Services.AddProblemDetails();

var app = builder.Build();
app.MapPost("/extract", (ExtractRequest request, NewsPipeline pipeline, CancellationToken cancellationToken) =>
    ExtractEndpoint.Handle(request, pipeline, cancellationToken));
app.MapGet("/", ExtractPage.Handle);
app.Run();

/// <summary>The entry point, public so that tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
