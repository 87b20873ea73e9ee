namespace NewsNlp.Samples.Worker;

/// <summary>Where the worker reads and writes; from the command line (<c>--input DIR --output DIR</c>) or configuration.</summary>
public sealed class FolderOptions
{
    /// <summary>The folder of <c>*.jsonl</c> files, one document <c>{"id","text"[,"date"]}</c> per line.</summary>
    public string Input { get; set; } = "inbox";

    /// <summary>The folder that receives one <c>NAME.entities.jsonl</c> per input file.</summary>
    public string Output { get; set; } = "outbox";

    /// <summary>How often progress is logged while a file is being read.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(2);
}
