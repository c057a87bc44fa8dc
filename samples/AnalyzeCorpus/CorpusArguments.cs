using System.Globalization;

namespace AnalyzeCorpus;

/// <summary>Parsed command line of the batch sample.</summary>
public sealed record CorpusArguments
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        Usage: AnalyzeCorpus INPUT --output DIR [options]

          INPUT             a folder (read recursively), a glob such as 'texts/**/*.txt',
                            or a JSONL file of {"id": ..., "text": ...} objects
          --output, -o DIR  results folder: results.jsonl (one schema-v1 object per document,
                            with its id and source), summary.json, and chunks/ while running
          --resume          continue an interrupted run in DIR without redoing or duplicating documents
          --threads N       worker threads (default: all cores)
          --chunk N         documents per atomically written chunk (default 200)
          --max-bytes N     skip documents larger than N bytes (default 20000000)
          --db FILE         also write the results into a SQLite database
          --format F        jsonl (default: results.jsonl only), sqlite (also DIR/corpus.db) or
                            parquet (also DIR/parquet/{documents,entities,quotes,claims,stances}.parquet)
          --cluster         analyse on a running Orleans cluster (samples/CorpusSilo) instead of this
                            machine's cores; cluster settings come from appsettings.json beside the
                            program and environment variables (Cluster__Clustering=Redis, Cluster__Redis=host:6379)
          --in-order        with --cluster: record results in input order (default: as they come)
          --quiet           no progress display
          --help, -h        show this help
        """;

    /// <summary>Folder, glob or JSONL file.</summary>
    public required string Input { get; init; }

    /// <summary>The results folder.</summary>
    public required string Output { get; init; }

    /// <summary>Continue an earlier run.</summary>
    public bool Resume { get; init; }

    /// <summary>Worker threads.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Documents per chunk file.</summary>
    public int ChunkSize { get; init; } = 200;

    /// <summary>Largest document accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 20_000_000;

    /// <summary>Optional SQLite database path.</summary>
    public string? Database { get; init; }

    /// <summary>Suppress the progress display.</summary>
    public bool Quiet { get; init; }

    /// <summary>Extra output beside results.jsonl.</summary>
    public OutputFormat Format { get; init; } = OutputFormat.Jsonl;

    /// <summary>Analyse on an Orleans cluster.</summary>
    public bool Cluster { get; init; }

    /// <summary>With <see cref="Cluster"/>: record results in input order.</summary>
    public bool InOrder { get; init; }

    /// <summary>Parses arguments; returns an error message instead of throwing. A null result with no error means help.</summary>
    public static (CorpusArguments? Parsed, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? input = null, output = null, database = null;
        bool resume = false, quiet = false, cluster = false, inOrder = false;
        OutputFormat format = OutputFormat.Jsonl;
        int threads = Environment.ProcessorCount, chunk = 200;
        long maxBytes = 20_000_000;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? Next() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "--help" or "-h":
                    return (null, null);
                case "--output" or "-o":
                    output = Next();
                    if (string.IsNullOrWhiteSpace(output))
                    {
                        return (null, "--output needs a folder");
                    }

                    break;
                case "--db":
                    database = Next();
                    if (string.IsNullOrWhiteSpace(database))
                    {
                        return (null, "--db needs a file path");
                    }

                    break;
                case "--format":
                    string? name = Next();
                    switch (name)
                    {
                        case "jsonl":
                            format = OutputFormat.Jsonl;
                            break;
                        case "sqlite":
                            format = OutputFormat.Sqlite;
                            break;
                        case "parquet":
                            format = OutputFormat.Parquet;
                            break;
                        default:
                            return (null, $"--format needs jsonl, sqlite or parquet, got '{name}'");
                    }

                    break;
                case "--cluster":
                    cluster = true;
                    break;
                case "--in-order":
                    inOrder = true;
                    break;
                case "--resume":
                    resume = true;
                    break;
                case "--quiet" or "-q":
                    quiet = true;
                    break;
                case "--threads" or "--chunk" or "--max-bytes":
                    string? value = Next();
                    if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long number) || number <= 0 || (arg != "--max-bytes" && number > 4096))
                    {
                        return (null, $"{arg} needs a positive whole number, got '{value}'");
                    }

                    if (arg == "--threads")
                    {
                        threads = (int)number;
                    }
                    else if (arg == "--chunk")
                    {
                        chunk = (int)number;
                    }
                    else
                    {
                        maxBytes = number;
                    }

                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        return (null, $"unknown option '{arg}' (see --help)");
                    }

                    if (input is not null)
                    {
                        return (null, $"only one input may be given, got '{input}' and '{arg}' (quote globs so the shell does not expand them)");
                    }

                    input = arg;
                    break;
            }
        }

        if (input is null)
        {
            return (null, "no input given (see --help)");
        }

        if (output is null)
        {
            return (null, "--output DIR is required");
        }

        if (inOrder && !cluster)
        {
            return (null, "--in-order applies to --cluster runs (a local run is always in input order)");
        }

        return (new CorpusArguments
        {
            Input = input, Output = output, Resume = resume, Threads = threads, ChunkSize = chunk, MaxBytes = maxBytes,
            Database = database, Quiet = quiet, Format = format, Cluster = cluster, InOrder = inOrder,
        }, null);
    }
}
