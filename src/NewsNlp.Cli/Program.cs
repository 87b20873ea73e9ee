using System.CommandLine;
using System.CommandLine.Invocation;
using NewsNlp.Cli;

var root = new RootCommand("newsnlp: people, organizations, places and dates from English news text. " + ExitCodes.Help);
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(TokenizeCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(EvalDatesCommand.Create());

var parsed = root.Parse(args);
if (parsed.Action is ParseErrorAction parseError)
{
    // Keep standard output clean for pipelines: errors go to stderr, and --help shows the usage.
    parseError.ShowHelp = false;
}

return parsed.Invoke();
