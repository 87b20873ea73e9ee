using System.Diagnostics;
using NewsNlp.Cli.Output;

namespace NewsNlp.Cli;

/// <summary>Prints a one-line progress report on stderr, at most once a second, and only when stderr is a terminal.</summary>
internal sealed class ProgressReporter
{
    private readonly bool _enabled = StandardError.IsUsable && !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastReport;
    private long _documents;
    private long _characters;

    public void Add(int characters)
    {
        _documents++;
        _characters += characters;
        if (_enabled && _clock.ElapsedMilliseconds - _lastReport >= 1000)
        {
            _lastReport = _clock.ElapsedMilliseconds;
            Write($"\r{_documents:N0} documents, {_characters / 1e6:F1}M characters, {_characters / 1e6 / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3):F1}M chars/s   ");
        }
    }

    public void Done()
    {
        if (_enabled && _lastReport > 0)
        {
            Write(Environment.NewLine);
        }
    }

    // Progress is a courtesy: a terminal that has gone away must not end the run.
    private static void Write(string text) => CliErrors.Write(null, text);
}
