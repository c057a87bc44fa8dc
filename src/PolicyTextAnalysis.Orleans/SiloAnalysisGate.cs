namespace PolicyTextAnalysis.Orleans;

/// <summary>
/// Bounds the analyses running at once on a silo (default: one per core). Every grain key has its own stateless
/// worker activations, so without this bound a silo would run as many batches at once as the coordinator has sent
/// it, and the thread pool would keep adding threads to run them; queued here, the extra batches wait without a
/// thread. One per silo (a singleton service). Thread-safe.
/// </summary>
public sealed class SiloAnalysisGate : IDisposable
{
    private readonly SemaphoreSlim _slots;

    /// <summary>Creates a gate for <paramref name="concurrency"/> analyses at once.</summary>
    public SiloAnalysisGate(int concurrency)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(concurrency);
        Concurrency = concurrency;
        _slots = new SemaphoreSlim(concurrency, concurrency);
    }

    /// <summary>Analyses allowed at once.</summary>
    public int Concurrency { get; }

    /// <summary>Waits for a slot; dispose the result to give it back.</summary>
    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Slot(_slots);
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
