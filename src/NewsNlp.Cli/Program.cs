using System.CommandLine;


var root = new RootCommand("newsnlp: people, organizations, places and dates from English news text.");
return root.Parse(args).Invoke();
