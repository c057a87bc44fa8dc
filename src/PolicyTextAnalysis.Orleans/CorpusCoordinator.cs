using System.Runtime.CompilerServices;
using System.Threading.Channels;
using PolicyTextAnalysis.Corpus;

namespace PolicyTextAnalysis.Orleans;

/// <summary>
/// Spreads a corpus over the silos of a cluster: reads documents on the caller's machine, sends them in small batches
/// to <see cref="IDocumentAnalysisGrain"/> workers with at most <see cref="CoordinatorOptions.MaxInFlightBatches"/>
/// batches outstanding, sends a batch again when its call fails (a silo died, a connection broke, a call timed out),
/// and hands back exactly one outcome per document, in input order or as they come.
/// </summary>
/// <remarks>
/// Exactly once: every batch has one owner here that accepts the first answer and discards nothing else, so a document
/// whose silo died mid-batch is analysed again elsewhere and still reported once. Analysis is deterministic, so a
/// document analysed twice gives the same line. One instance may run several corpora one after the other or at once.
/// </remarks>
public sealed partial class CorpusCoordinator
{
    private readonly IGrainFactory _grains;
    private readonly CoordinatorOptions _options;
    private readonly ClusterChangeSignal? _changes;
    private readonly WorkerKeyBalancer _keys;
    private long _retriedDocuments;

    /// <summary>Creates a coordinator that calls the cluster through <paramref name="grains"/> (an <c>IClusterClient</c>, or a silo's grain factory).</summary>
    /// <param name="grains">The cluster client or grain factory.</param>
    /// <param name="options">Batching, in-flight and retry settings.</param>
    /// <param name="changes">
    /// The client's <see cref="ClusterChangeSignal"/> (from its services, after <see cref="ClientBuilderExtensions.UseCorpusClustering"/>):
    /// with it, a dead silo's batches are sent again as soon as its connection closes; without it, after the response timeout.
    /// </param>
    public CorpusCoordinator(IGrainFactory grains, CoordinatorOptions? options = null, ClusterChangeSignal? changes = null)
    {
        _changes = changes;
        _keys = new WorkerKeyBalancer((options ?? new CoordinatorOptions()).WorkerKeys);
        ArgumentNullException.ThrowIfNull(grains);
        _options = options ?? new CoordinatorOptions();
        _options.Validate();
        _grains = grains;
    }

    /// <summary>Documents sent again after a failed call, over the coordinator's lifetime.</summary>
    public long RetriedDocuments => Interlocked.Read(ref _retriedDocuments);

    /// <summary>
    /// Analyses <paramref name="documents"/> on the cluster and yields one outcome per document. Documents that cannot
    /// be read or are empty are reported as skipped without being sent.
    /// </summary>
    /// <exception cref="ClusterRunException">A batch failed on every attempt.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; calls in flight are cancelled too.</exception>
    public async IAsyncEnumerable<DocumentOutcome> AnalyzeAsync(IEnumerable<CorpusDocument> documents, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var window = new SemaphoreSlim(_options.MaxInFlightBatches);
        Channel<(long Sequence, DocumentOutcome[] Outcomes)> finished = Channel.CreateUnbounded<(long, DocumentOutcome[])>(new UnboundedChannelOptions { SingleReader = true });
        Task producer = Task.Run(() => ProduceAsync(documents, window, finished.Writer, stop.Token), CancellationToken.None);
        var waiting = new Dictionary<long, DocumentOutcome[]>();
        long next = 0;
        try
        {
            await foreach ((long sequence, DocumentOutcome[] outcomes) in finished.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                if (!_options.Ordered)
                {
                    foreach (DocumentOutcome outcome in outcomes)
                    {
                        yield return outcome;
                    }

                    // The slot is freed only once the caller has the outcomes, so nothing piles up when the caller is slow.
                    window.Release();
                    continue;
                }

                // In order: a batch waits here for the ones before it; its slot stays taken, which bounds this buffer.
                waiting.Add(sequence, outcomes);
                while (waiting.Remove(next, out DocumentOutcome[]? ready))
                {
                    foreach (DocumentOutcome outcome in ready)
                    {
                        yield return outcome;
                    }

                    window.Release();
                    next++;
                }
            }

            await producer.ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ClusterRunException)
            {
                // Already reported to the caller through the channel, or the caller stopped reading.
            }
        }
    }

    private async Task ProduceAsync(IEnumerable<CorpusDocument> documents, SemaphoreSlim window, ChannelWriter<(long, DocumentOutcome[])> finished, CancellationToken cancellationToken)
    {
        var running = new List<Task>();
        try
        {
            var batch = new List<(CorpusDocument Document, string? Text, string? Skip)>(_options.BatchSize);
            long characters = 0, index = 0, sequence = 0;
            foreach (CorpusDocument document in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                (string? text, string? error) = document.Load();
                string? skip = text is null ? error ?? "unreadable" : string.IsNullOrWhiteSpace(text) ? "is empty" : null;
                int length = skip is null ? text!.Length : 0;
                if (batch.Count >= _options.BatchSize || (batch.Count > 0 && characters + length > _options.MaxBatchChars))
                {
                    await DispatchAsync(batch, index - batch.Count, sequence++).ConfigureAwait(false);
                    batch = new(_options.BatchSize);
                    characters = 0;
                }

                batch.Add((document, skip is null ? text : null, skip));
                characters += length;
                index++;
            }

            if (batch.Count > 0)
            {
                await DispatchAsync(batch, index - batch.Count, sequence).ConfigureAwait(false);
            }

            await Task.WhenAll(running).ConfigureAwait(false);
            finished.TryComplete();
        }
        catch (Exception e)
        {
            finished.TryComplete(e);
            throw;
        }

        async Task DispatchAsync(List<(CorpusDocument Document, string? Text, string? Skip)> items, long firstIndex, long batchSequence)
        {
            await window.WaitAsync(cancellationToken).ConfigureAwait(false);
            running.RemoveAll(t => t.IsCompleted);
            running.Add(RunBatchAsync(items, firstIndex, batchSequence, finished, cancellationToken));
        }
    }

    private async Task RunBatchAsync(List<(CorpusDocument Document, string? Text, string? Skip)> items, long firstIndex, long sequence, ChannelWriter<(long, DocumentOutcome[])> finished, CancellationToken cancellationToken)
    {
        try
        {
            var outcomes = new DocumentOutcome[items.Count];
            var work = new List<DocumentWork>(items.Count);
            for (int i = 0; i < items.Count; i++)
            {
                (CorpusDocument document, string? text, string? skip) = items[i];
                if (skip is not null)
                {
                    outcomes[i] = new DocumentOutcome { Index = firstIndex + i, Id = document.Id, Source = document.Source, SkipReason = skip };
                }
                else
                {
                    work.Add(new DocumentWork { Index = firstIndex + i, Id = document.Id, Source = document.Source, Text = text! });
                }
            }

            if (work.Count > 0)
            {
                foreach (DocumentOutcome outcome in await CallAsync([.. work], cancellationToken).ConfigureAwait(false))
                {
                    outcomes[outcome.Index - firstIndex] = outcome;
                }
            }

            finished.TryWrite((sequence, outcomes));
        }
        catch (Exception e)
        {
            finished.TryComplete(e);
        }
    }

    private async Task<DocumentOutcome[]> CallAsync(DocumentWork[] work, CancellationToken cancellationToken)
    {
        Exception? last = null;
        for (int attempt = 1; attempt <= _options.MaxAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A key per attempt, of the silo with the fewest calls in flight; after a failure, likely another gateway.
            int key = _keys.Acquire();
            string? answeredBy = null;
            bool pause = false;
            using CancellationTokenSource call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _changes?.Token ?? CancellationToken.None);
            try
            {
                DocumentOutcome[] outcomes = await _grains.GetGrain<IDocumentAnalysisGrain>(key).AnalyzeAsync(work, call.Token).ConfigureAwait(false);
                if (outcomes.Length != work.Length || outcomes.Where((o, i) => o.Index != work[i].Index || o.Id != work[i].Id).Any())
                {
                    throw new ClusterRunException($"A silo answered a batch of {work.Length} documents with {outcomes.Length} outcomes that do not match them (mixed versions of the worker?).");
                }

                answeredBy = outcomes.Length > 0 ? outcomes[0].Silo : null;
                return outcomes;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (OperationCanceledException e) when (call.IsCancellationRequested)
            {
                // A gateway was lost while this call was out: send it again now, without a pause (not counted as an attempt).
                last = e;
                attempt--;
                Interlocked.Add(ref _retriedDocuments, work.Length);
            }
            catch (Exception e) when (e is not ClusterRunException)
            {
                last = e;
                pause = attempt < _options.MaxAttempts;
            }
            finally
            {
                _keys.Release(key, answeredBy);
            }

            if (pause)
            {
                Interlocked.Add(ref _retriedDocuments, work.Length);
                await Task.Delay(_options.RetryDelay * Math.Pow(2, attempt - 1), cancellationToken).ConfigureAwait(false);
            }
        }

        throw new ClusterRunException(
            $"Documents {work[0].Id} .. {work[^1].Id} could not be analysed after {_options.MaxAttempts} attempts; last error: {last?.GetType().Name}: {last?.Message}",
            last!);
    }
}
