using System.Text.Json;
using Json.Schema;

namespace NewsNlp.Tests.Infrastructure;

/// <summary>docs/output.schema.json, the output contract, loaded once; <see cref="Check"/> validates one JSON value
/// against one of its definitions and fails the test with the validator's messages.</summary>
internal static class OutputSchema
{
    private const string SchemaId = "https://github.com/newsnlp/newsnlp/docs/output.schema.json";
    private static readonly BuildOptions s_build = new();
    private static readonly JsonSchema s_root = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "output.schema.json")), s_build);
    private static readonly Dictionary<string, JsonSchema> s_definitions = [];
    private static readonly Lock s_lock = new();

    /// <summary>Fails unless <paramref name="json"/> is valid as the schema's <paramref name="definition"/> (document,
    /// entityLine, entity, group).</summary>
    public static void Check(string definition, JsonElement json)
    {
        var results = Definition(definition).Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!results.IsValid)
        {
            var messages = (results.Details ?? [])
                .Where(static d => d.Errors is { Count: > 0 })
                .SelectMany(static d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
            Assert.Fail($"not a valid {definition}: {string.Join("; ", messages)}\n{json.GetRawText()}");
        }
    }

    private static JsonSchema Definition(string name)
    {
        lock (s_lock)
        {
            GC.KeepAlive(s_root);
            if (!s_definitions.TryGetValue(name, out var schema))
            {
                schema = JsonSchema.FromText($$"""{"$id": "urn:newsnlp:test:{{name}}", "$ref": "{{SchemaId}}#/$defs/{{name}}"}""", s_build);
                s_definitions[name] = schema;
            }

            return schema;
        }
    }
}
