using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Samples.WebApi;

/// <summary>The body of <c>POST /extract</c>.</summary>
/// <param name="Text">The article text.</param>
/// <param name="Date">The article's date, against which <c>yesterday</c> or <c>last week</c> are resolved.</param>
public sealed record ExtractRequest(string? Text, DateOnly? Date);

/// <summary>One entity; offsets are UTF-16 code units into the request's text, end exclusive.</summary>
public sealed record ExtractedEntity(string Type, string Text, int Start, int End, string? Value, float Confidence);

/// <summary>One entity of the document with all its mentions (<c>[start, end]</c> pairs) and its salience: the share of the
/// document that is about it (the groups of a document sum to 1).</summary>
public sealed record ExtractedGroup(string Name, string Type, float Salience, IReadOnlyList<int[]> Mentions);

/// <summary>The response of <c>POST /extract</c>: the mentions in text order, and the entities most salient first.</summary>
public sealed record ExtractResponse(IReadOnlyList<ExtractedEntity> Entities, IReadOnlyList<ExtractedGroup> Groups);

/// <summary>Validates the request and runs the pipeline.</summary>
public static class ExtractEndpoint
{
    /// <summary>The longest text accepted, in UTF-16 code units: a bound on the work one request can ask for.</summary>
    public const int MaxTextLength = 1_000_000;

    public static IResult Handle(ExtractRequest request, NewsPipeline pipeline, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["The text is required."] });
        }

        if (request.Text.Length > MaxTextLength)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"The text is longer than {MaxTextLength:N0} characters."] });
        }

        var document = pipeline.Analyze(new NewsInput(request.Text, null, request.Date), cancellationToken);
        var entities = new List<ExtractedEntity>(document.Entities.Count);
        foreach (var entity in document.Entities)
        {
            entities.Add(new ExtractedEntity(entity.Kind.ToLabel(), entity.Text, entity.Start, entity.End, entity.Value, entity.Confidence));
        }

        var groups = new List<ExtractedGroup>(document.EntityGroups.Count);
        foreach (var group in document.EntityGroupsBySalience)
        {
            var mentions = new List<int[]>(group.Mentions.Count);
            foreach (var mention in group.Mentions)
            {
                mentions.Add([mention.Start, mention.End]);
            }

            groups.Add(new ExtractedGroup(group.Name, group.Kind.ToLabel(), group.Salience, mentions));
        }

        return Results.Ok(new ExtractResponse(entities, groups));
    }
}
