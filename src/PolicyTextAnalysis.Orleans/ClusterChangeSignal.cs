namespace PolicyTextAnalysis.Orleans;

/// <summary>
/// Tells a <see cref="CorpusCoordinator"/> that the client lost a gateway (its silo died or left). An Orleans client
/// does not fail the calls it sent through a gateway whose connection closed: they wait for the response timeout. The
/// coordinator therefore cancels every call in flight when a gateway goes and sends those batches again at once; calls
/// on healthy silos are cancelled too (the silo stops between documents), which wastes at most the in-flight window.
/// <see cref="ClientBuilderExtensions.UseCorpusClustering"/> registers one per client. Thread-safe.
/// </summary>
public sealed class ClusterChangeSignal
{
    private CancellationTokenSource _current = new();
    private int _gatewaysLost;

    /// <summary>Gateways lost so far.</summary>
    public int GatewaysLost => Volatile.Read(ref _gatewaysLost);

    /// <summary>A token cancelled at the next loss of a gateway; take a fresh one for every call.</summary>
    public CancellationToken Token => Volatile.Read(ref _current).Token;

    /// <summary>Signals that a gateway was lost: cancels the tokens handed out so far.</summary>
    public void GatewayLost()
    {
        Interlocked.Increment(ref _gatewaysLost);
        CancellationTokenSource old = Interlocked.Exchange(ref _current, new CancellationTokenSource());
        // Not disposed: calls may still be linking to its token; a cancelled source holds no timer or handle.
        old.Cancel();
    }
}
