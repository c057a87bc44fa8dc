using AnalyzeCorpus;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl+C: stop after the chunk in progress is discarded cleanly; a second one kills the process.
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

return CorpusCommand.Run(args, Console.Out, Console.Error, cancellation.Token);
