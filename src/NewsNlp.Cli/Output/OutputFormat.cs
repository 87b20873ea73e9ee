namespace NewsNlp.Cli.Output;

/// <summary>How <c>extract</c> writes its results.</summary>
internal enum OutputFormat
{
    /// <summary>One JSON object per entity per line.</summary>
    Jsonl,

    /// <summary>One JSON object per document: <c>{"doc","entities":[...]}</c>.</summary>
    Json,

    /// <summary>An aligned listing for people to read.</summary>
    Table,

    /// <summary>One self-contained HTML page with the text and its entities highlighted.</summary>
    Html,
}
