// A background worker over a folder of JSONL files: dotnet run --project samples/Worker -- --input DIR --output DIR
using NewsNlp.Samples.Worker;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddNewsNlp();
builder.Services.Configure<FolderOptions>(builder.Configuration);
builder.Services.AddHostedService<FolderWorker>();
await builder.Build().RunAsync();
