namespace PolicyTextAnalysis.Orleans;

/// <summary>How a <see cref="CorpusCoordinator"/> spreads work. The defaults suit documents of a few pages.</summary>
public sealed record CoordinatorOptions
{
    /// <summary>Documents per grain call (default 8): large enough to hide the call's cost, small enough to spread evenly and to redo little after a failure.</summary>
    public int BatchSize { get; init; } = 8;

    /// <summary>
    /// Largest batch in characters of text (default 32,000, two or three articles); a longer document travels alone.
    /// Small batches of long documents keep the end of a run short, when the last batches hold cores idle.
    /// </summary>
    public long MaxBatchChars { get; init; } = 32_000;

    /// <summary>
    /// Batches sent and not yet handed to the caller (default 16). Bounds the memory of the coordinator and of the
    /// silos' queues: a few per worker keeps every core busy while a batch travels.
    /// </summary>
    public int MaxInFlightBatches { get; init; } = 16;

    /// <summary>Distinct worker keys calls are spread over (default 64); each key's calls go to one gateway until it fails.</summary>
    public int WorkerKeys { get; init; } = 64;

    /// <summary>Attempts per batch before the run fails (default 6), with a growing pause between them.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>Pause before the second attempt, doubled for each later one (default 0.5 s).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>True: outcomes in input order. False: as they come (the default, which never waits for a slow batch).</summary>
    public bool Ordered { get; init; }

    /// <summary>Throws an exception naming the setting to fix when the options cannot work.</summary>
    public void Validate()
    {
        if (BatchSize <= 0 || MaxInFlightBatches <= 0 || WorkerKeys <= 0 || MaxAttempts <= 0 || MaxBatchChars <= 0)
        {
            throw new ArgumentException($"{nameof(BatchSize)}, {nameof(MaxBatchChars)}, {nameof(MaxInFlightBatches)}, {nameof(WorkerKeys)} and {nameof(MaxAttempts)} must be positive.");
        }

        if (RetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(RetryDelay)} must not be negative.");
        }
    }
}
