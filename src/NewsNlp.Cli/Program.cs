using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using NewsNlp.Cli;

// A Command named after the tool rather than a RootCommand, which takes the executable's name (NewsNlp.Cli) for its usage line.
var root = new Command("newsnlp", "newsnlp: people, organizations, places and dates from English news text. " + ExitCodes.Help)
{
    new HelpOption(),
    new VersionOption { Description = "Show the versions of newsnlp, of the NewsNlp library and of the default model", Action = new VersionAction() },
};
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
