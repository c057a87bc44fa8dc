using System.Diagnostics;
using System.Text.Json;
using PolicyTextAnalysis;
using PolicyTextAnalysis.Corpus;
using Spectre.Console;

namespace AnalyzeCorpus;

/// <summary>
/// The batch sample: analyses every document of a folder, glob or JSONL file on all cores, writes results in
/// atomic chunks, resumes after an interruption without losing or duplicating a document, and summarises the
/// corpus. Exit codes: 0 done, 2 bad arguments or input (or no cluster to connect to), 3 a cluster run
/// that no silo could finish, 130 interrupted (resume with --resume in both cases).
/// </summary>
public static class CorpusCommand
{
    /// <summary>Exit code of a completed run.</summary>
    public const int Success = 0;

    /// <summary>Exit code for bad arguments or an unusable input or output.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code of a cluster run that could not place a batch on any silo; <c>--resume</c> continues later.</summary>
    public const int ClusterFailed = 3;

    /// <summary>Exit code after Ctrl+C; the saved chunks stay and <c>--resume</c> continues.</summary>
    public const int Interrupted = 130;

    /// <summary>Runs the sample.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        (CorpusArguments? options, string? error) = CorpusArguments.Parse(args);
        if (options is null)
        {
            if (error is null)
            {
                stdout.WriteLine(CorpusArguments.Usage);
                return Success;
            }

            stderr.WriteLine($"error: {error}");
            return UsageError;
        }

        (IEnumerable<CorpusDocument>? documents, string? openError) = CorpusSource.Open(options.Input, options.MaxBytes);
        if (documents is null)
        {
            stderr.WriteLine($"error: {openError}");
            return UsageError;
        }

        ChunkStore store;
        try
        {
            store = new ChunkStore(options.Output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: {options.Output}: cannot create the results folder ({e.Message})");
            return UsageError;
        }

        if (store.HasChunks && !options.Resume)
        {
            stderr.WriteLine($"error: {options.Output} holds results of an earlier run: pass --resume to continue it, or choose an empty folder");
            return UsageError;
        }

        if (options.Cluster)
        {
            (ClusterRunOutcome? cluster, int exitCode) = ClusterMode.Run(options, documents, store, stderr, cancellationToken);
            return cluster is null
                ? exitCode
                : Finish(options, store, cluster.Skipped, cluster.Report.Analysed, cluster.Report.Seconds, stdout, stderr, cluster.Report);
        }

        HashSet<string> done = options.Resume ? store.CompletedIds() : [];
        List<CorpusDocument> todo = [.. documents.Where(d => !done.Contains(d.Id))];
        var skipped = new List<SkippedDocument>();
        var analyzer = PolicyAnalyzer.Create(new AnalyzerOptions { MaxDegreeOfParallelism = options.Threads });
        var clock = Stopwatch.StartNew();
        int analysed = 0;
        bool interactive = !options.Quiet && !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
        try
        {
            if (interactive)
            {
                AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
                    .Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .Start(context =>
                    {
                        ProgressTask task = context.AddTask("Analysing", maxValue: Math.Max(1, todo.Count));
                        analysed = Process(todo, analyzer, options, store, skipped, clock, cancellationToken, (count, rate) =>
                        {
                            task.Value = count;
                            task.Description = $"Analysing ({rate:0} docs/s)";
                        });
                    });
            }
            else
            {
                analysed = Process(todo, analyzer, options, store, skipped, clock, cancellationToken, (count, rate) =>
                {
                    if (!options.Quiet)
                    {
                        stderr.WriteLine($"{count}/{todo.Count} documents ({rate:0.0} docs/s)");
                    }
                });
            }
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine($"interrupted: {done.Count + analysed} documents are saved in {store.ChunkFolder}; run again with --resume to continue");
            return Interrupted;
        }

        clock.Stop();
        return Finish(options, store, skipped, analysed, clock.Elapsed.TotalSeconds, stdout, stderr);
    }

    private static int Process(
        List<CorpusDocument> todo,
        PolicyAnalyzer analyzer,
        CorpusArguments options,
        ChunkStore store,
        List<SkippedDocument> skipped,
        Stopwatch clock,
        CancellationToken cancellationToken,
        Action<int, double> report)
    {
        var buffer = new List<string>(options.ChunkSize);
        int count = 0;
        IEnumerable<(string? Line, SkippedDocument? Skip)> outcomes = todo
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(options.Threads)
            .WithCancellation(cancellationToken)
            .Select(document => Analyze(document, analyzer, cancellationToken));
        foreach ((string? line, SkippedDocument? skip) in outcomes)
        {
            count++;
            if (line is not null)
            {
                buffer.Add(line);
                if (buffer.Count >= options.ChunkSize)
                {
                    store.WriteChunk(buffer);
                    buffer.Clear();
                }
            }
            else
            {
                skipped.Add(skip!);
            }

            if (count % 25 == 0 || count == todo.Count)
            {
                report(count, count / Math.Max(0.001, clock.Elapsed.TotalSeconds));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        store.WriteChunk(buffer);
        return count - skipped.Count;
    }

    private static (string? Line, SkippedDocument? Skip) Analyze(CorpusDocument document, PolicyAnalyzer analyzer, CancellationToken cancellationToken)
    {
        (string? text, string? error) = document.Load();
        if (text is null)
        {
            return (null, new SkippedDocument(document.Id, document.Source, error ?? "unreadable"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, new SkippedDocument(document.Id, document.Source, "is empty"));
        }

        try
        {
            return (ResultLine.Format(document, analyzer.Analyze(text, cancellationToken)), null);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            // One bad document never stops the run: it is reported in the summary and skipped.
            return (null, new SkippedDocument(document.Id, document.Source, $"analysis failed: {e.GetType().Name}: {e.Message}"));
        }
    }

    private static int Finish(CorpusArguments options, ChunkStore store, IReadOnlyList<SkippedDocument> skipped, int analysed, double seconds, TextWriter stdout, TextWriter stderr, PolicyTextAnalysis.Orleans.CorpusRunReport? cluster = null)
    {
        int lines = store.Merge();
        var builder = new CorpusSummaryBuilder();
        foreach (string line in store.ReadAll())
        {
            builder.Add(line);
        }

        CorpusSummary summary = builder.Build(analysed, options.Threads, seconds, skipped);
        if (cluster is not null)
        {
            summary = summary with
            {
                Threads = 0,
                DocumentsBySilo = cluster.DocumentsBySilo,
                RetriedDocuments = cluster.RetriedDocuments,
            };
        }

        string summaryPath = Path.Combine(store.Folder, "summary.json");
        File.WriteAllText(summaryPath + ".tmp", JsonSerializer.Serialize(summary, CorpusJsonContext.Default.CorpusSummary));
        File.Move(summaryPath + ".tmp", summaryPath, overwrite: true);
        string? database = options.Database ?? (options.Format == OutputFormat.Sqlite ? Path.Combine(store.Folder, "corpus.db") : null);
        if (database is not null)
        {
            try
            {
                SqliteExport.Write(database, store.ReadAll());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                stderr.WriteLine($"error: {database}: cannot write the database ({e.Message})");
                return UsageError;
            }
        }

        if (options.Format == OutputFormat.Parquet)
        {
            string folder = Path.Combine(store.Folder, "parquet");
            try
            {
                ParquetExport.WriteAsync(folder, store.ReadAll(), CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: {folder}: cannot write the Parquet files ({e.Message})");
                return UsageError;
            }

            stdout.WriteLine($"parquet: {folder}");
        }

        SummaryReport.Write(summary, store.ResultsPath, lines, database, stdout);
        return Success;
    }
}
