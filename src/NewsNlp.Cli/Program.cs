using System.CommandLine;
using NewsNlp.Cli;

var root = new RootCommand("newsnlp: people, organizations, places and dates from English news text. " + ExitCodes.Help);
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(TokenizeCommand.Create());
return root.Parse(args).Invoke();
