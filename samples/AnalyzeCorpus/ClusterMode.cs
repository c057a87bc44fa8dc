using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PolicyTextAnalysis.Corpus;
using PolicyTextAnalysis.Orleans;

namespace AnalyzeCorpus;

/// <summary>What a cluster run hands to the common finish (summary, merged results, exports).</summary>
internal sealed record ClusterRunOutcome(CorpusRunReport Report, IReadOnlyList<SkippedDocument> Skipped);

/// <summary>
/// <c>--cluster</c>: connects to a running cluster as an Orleans client (settings from appsettings.json beside the
/// program and environment variables, section <c>Cluster</c>; coordinator settings in section <c>Coordinator</c>),
/// and lets a <see cref="CorpusCoordinator"/> spread the corpus over its silos, recording each result as it arrives.
/// </summary>
internal static class ClusterMode
{
    /// <summary>Runs the corpus on the cluster; null with an exit code when it could not finish.</summary>
    public static (ClusterRunOutcome? Outcome, int ExitCode) Run(CorpusArguments options, IEnumerable<CorpusDocument> documents, ChunkStore store, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(options, documents, store, stderr, cancellationToken).GetAwaiter().GetResult();

    private static async Task<(ClusterRunOutcome?, int)> RunAsync(CorpusArguments options, IEnumerable<CorpusDocument> documents, ChunkStore store, TextWriter stderr, CancellationToken cancellationToken)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Ctrl+C belongs to the command (it stops the run and keeps what arrived), not to the host's console lifetime.
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        // Standard output carries the summary: every log line goes to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        CorpusClusterOptions cluster = builder.Configuration.GetSection(CorpusClusterOptions.SectionName).Get<CorpusClusterOptions>() ?? new CorpusClusterOptions();
        CoordinatorOptions coordinator = (builder.Configuration.GetSection("Coordinator").Get<CoordinatorOptions>() ?? new CoordinatorOptions()) with { Ordered = options.InOrder };
        try
        {
            builder.UseOrleansClient(client => client.UseCorpusClustering(cluster));
            coordinator.Validate();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return (null, CorpusCommand.UsageError);
        }

        using IHost host = builder.Build();
        using var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connecting.CancelAfter(TimeSpan.FromSeconds(cluster.ConnectTimeoutSeconds));
        try
        {
            await host.StartAsync(connecting.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("interrupted while connecting to the cluster; nothing was sent");
            return (null, CorpusCommand.Interrupted);
        }
        catch (Exception e)
        {
            string reason = e is OperationCanceledException ? $"no gateway answered within {cluster.ConnectTimeoutSeconds:0} s" : e.Message;
            stderr.WriteLine($"error: cannot connect to the {cluster.Clustering} cluster '{cluster.ClusterId}' ({reason}); start silos with samples/CorpusSilo and check the Cluster settings");
            return (null, CorpusCommand.UsageError);
        }

        try
        {
            var runner = new CorpusCoordinator(host.Services.GetRequiredService<IClusterClient>(), coordinator, host.Services.GetService<ClusterChangeSignal>());
            var progress = new LineProgress(stderr, options.Quiet);
            CorpusRunReport report = await runner.RunAsync(documents, store, options.ChunkSize, progress, cancellationToken).ConfigureAwait(false);
            SkippedDocument[] skipped = [.. report.Skipped.Select(o => new SkippedDocument(o.Id, o.Source, o.SkipReason ?? "skipped"))];
            return (new ClusterRunOutcome(report, skipped), CorpusCommand.Success);
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine($"interrupted: every result received is saved in {store.ChunkFolder}; run again with --resume to continue");
            return (null, CorpusCommand.Interrupted);
        }
        catch (ClusterRunException e)
        {
            stderr.WriteLine($"error: {e.Message}; the results received are saved: run again with --resume once the cluster is back");
            return (null, CorpusCommand.ClusterFailed);
        }
        finally
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await host.StopAsync(stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or Orleans.Runtime.OrleansException)
            {
                // The results are saved; a client that cannot say goodbye to a broken cluster changes nothing.
            }
        }
    }

    /// <summary>A host lifetime that leaves Ctrl+C and SIGTERM to the command.</summary>
    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Prints a progress line every 100 documents (synchronously, on the run's thread).</summary>
    private sealed class LineProgress(TextWriter stderr, bool quiet) : IProgress<int>
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

        public void Report(int value)
        {
            if (!quiet && value % 100 == 0)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{value} documents ({value / Math.Max(0.001, _clock.Elapsed.TotalSeconds):0.0} docs/s)"));
            }
        }
    }
}
