using System.CommandLine;
using System.CommandLine.Help;
using NewsNlp.Cli;
using NewsNlp.Cli.Output;

// First, before the runtime opens more descriptors: is descriptor 2 still the stderr we were started with?
StandardError.Initialize();

// An exception on a thread that nobody observes would otherwise end the process with a stack trace and the runtime's
// own exit code; the contract is one line and exit code 4.
AppDomain.CurrentDomain.UnhandledException += static (_, e) =>
    Environment.Exit(CliErrors.Handle(e.ExceptionObject as Exception ?? new InvalidOperationException("unknown error")));

try
{
    // A Command named after the tool rather than a RootCommand, which takes the executable's name (NewsNlp.Cli) for its usage line.
    var root = new Command("newsnlp", "newsnlp: people, organizations, places and dates from English news text. " + ExitCodes.Help)
    {
        new HelpOption(),
        new VersionOption { Description = "Show the versions of newsnlp, of the NewsNlp library and of the default model", Action = new VersionAction() },
    };
    root.Subcommands.Add(ExtractCommand.Create());
    root.Subcommands.Add(TokenizeCommand.Create());
    root.Subcommands.Add(TrainCommand.Create());
    root.Subcommands.Add(CrossValidateCommand.Create());
    root.Subcommands.Add(EvalCommand.Create());
    root.Subcommands.Add(EvalDatesCommand.Create());
    root.Subcommands.Add(CalibrateCommand.Create());
    root.Subcommands.Add(EvalSalienceCommand.Create());
    root.Subcommands.Add(FitSalienceCommand.Create());

    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0)
    {
        // Keep standard output clean for pipelines: the errors go to stderr on one line, and bad arguments exit with 3.
        var messages = parsed.Errors.Select(static error => string.Join(' ', error.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        CliErrors.Report($"newsnlp: {string.Join(" ", messages)} See 'newsnlp --help'.");
        return ExitCodes.CannotRun;
    }

    // The default handler prints the stack trace and exits with 1; CliErrors maps exceptions to the documented codes.
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    return CliErrors.Handle(ex);
}
