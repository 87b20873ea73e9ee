using System.CommandLine;


var root = new RootCommand("newsnlp: people, organizations, places and dates from English news text.");
root.Subcommands.Add(NewsNlp.Cli.TrainCommand.Create());
root.Subcommands.Add(NewsNlp.Cli.EvalCommand.Create());
return root.Parse(args).Invoke();
