using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsNlp.Pipeline;
using NewsNlp.Samples.Worker;

namespace NewsNlp.Samples.WebApi.Tests;

/// <summary>The Worker sample, run as its Program runs it (generic host, AddNewsNlp, the folder worker) over its own inbox:
/// every line it writes is a document of the output contract, with its id, entities and groups.</summary>
public sealed class WorkerOutputTests
{
    [Fact]
    public async Task Every_output_line_is_a_document_of_the_contract()
    {
        var output = Directory.CreateTempSubdirectory("newsnlp-worker-");
        try
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Services.AddNewsNlp();
            builder.Services.Configure<FolderOptions>(o =>
            {
                o.Input = Path.Combine(AppContext.BaseDirectory, "inbox");
                o.Output = output.FullName;
            });
            builder.Services.AddHostedService<FolderWorker>();
            using var host = builder.Build();

            // The worker stops the host when the folder is done.
            await host.RunAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

            var lines = Directory.GetFiles(output.FullName, "*.entities.jsonl").Order(StringComparer.Ordinal).SelectMany(File.ReadLines).ToList();
            Assert.Equal(5, lines.Count);
            foreach (var line in lines)
            {
                using var json = JsonDocument.Parse(line);
                OutputSchema.Check("document", json.RootElement);
            }

            var morning = File.ReadLines(Path.Combine(output.FullName, "wire-morning.entities.jsonl")).First();
            using var first = JsonDocument.Parse(morning);
            Assert.Equal("m-1", first.RootElement.GetProperty("doc").GetString());
            Assert.Contains(first.RootElement.GetProperty("groups").EnumerateArray(), g => g.GetProperty("name").GetString() == "William Ruto");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
