using System.Text.Json.Serialization;

namespace NewsNlp.Cli;

/// <summary>Source-generated JSON metadata for the few values the CLI serializes directly.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
