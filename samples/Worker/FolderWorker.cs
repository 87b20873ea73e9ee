using System.Diagnostics;
using Microsoft.Extensions.Options;
using NewsNlp.Pipeline;

namespace NewsNlp.Samples.Worker;

/// <summary>Analyses every <c>*.jsonl</c> file of the input folder on all cores, writes the entities next to the other
/// results, logs progress as it goes, and stops the host when the folder is done.</summary>
public sealed partial class FolderWorker(
    NewsPipeline pipeline,
    IOptions<FolderOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<FolderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The host starts the worker before it finishes starting itself; yield so start-up is not held by the analysis.
        await Task.Yield();
        var folders = options.Value;
        try
        {
            var files = Directory.GetFiles(folders.Input, "*.jsonl").Order(StringComparer.Ordinal).ToArray();
            Directory.CreateDirectory(folders.Output);
            long totalBytes = files.Sum(static f => new FileInfo(f).Length);
            long bytesRead = 0, documents = 0, entities = 0, malformed = 0;
            var clock = Stopwatch.StartNew();
            var lastReport = TimeSpan.Zero;
            LogStarting(files.Length, totalBytes, folders.Input);

            for (int i = 0; i < files.Length && !stoppingToken.IsCancellationRequested; i++)
            {
                var name = Path.GetFileName(files[i]);
                var target = Path.Combine(folders.Output, Path.GetFileNameWithoutExtension(name) + ".entities.jsonl");
                using var reader = new StreamReader(files[i]);
                using var writer = new StreamWriter(target);
                var inputs = JsonlArticles.Read(
                    reader,
                    (line, message) => { malformed++; LogMalformed(name, line, message); },
                    length => bytesRead += length);
                foreach (var document in pipeline.AnalyzeMany(inputs, stoppingToken))
                {
                    JsonlArticles.Write(writer, document);
                    documents++;
                    entities += document.Entities.Count;
                    if (clock.Elapsed - lastReport >= folders.ProgressInterval)
                    {
                        lastReport = clock.Elapsed;
                        LogProgress(i + 1, files.Length, name, documents, Math.Min(100.0, 100.0 * bytesRead / Math.Max(totalBytes, 1)));
                    }
                }

                LogFileDone(name, i + 1, files.Length, documents, entities);
            }

            LogDone(files.Length, documents, entities, malformed, clock.Elapsed.TotalSeconds, folders.Output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogFailed(ex.Message);
            Environment.ExitCode = 1;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Files} JSONL files, {Bytes:N0} bytes in {Folder}")]
    private partial void LogStarting(int files, long bytes, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "file {Index}/{Files} {Name}: {Documents:N0} documents so far, {Percent:F0}% of the input read")]
    private partial void LogProgress(int index, int files, string name, long documents, double percent);

    [LoggerMessage(Level = LogLevel.Information, Message = "file {Index}/{Files} {Name} done: {Documents:N0} documents, {Entities:N0} entities so far")]
    private partial void LogFileDone(string name, int index, int files, long documents, long entities);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Name} line {Line}: {Message}; line skipped")]
    private partial void LogMalformed(string name, long line, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "done: {Files} files, {Documents:N0} documents, {Entities:N0} entities, {Malformed} malformed lines, {Seconds:F1} s; results in {Folder}")]
    private partial void LogDone(int files, long documents, long entities, long malformed, double seconds, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "cannot read or write the folders: {Message}")]
    private partial void LogFailed(string message);
}
