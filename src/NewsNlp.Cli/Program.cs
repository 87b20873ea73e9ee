using System.CommandLine;


var root = new RootCommand("newsnlp: people, organizations, places and dates from English news text.");
root.Subcommands.Add(NewsNlp.Cli.EvalDatesCommand.Create());
return root.Parse(args).Invoke();
