namespace PolicyTextAnalysis.Orleans;

/// <summary>What one <see cref="CorpusCoordinator.RunAsync"/> did.</summary>
public sealed record CorpusRunReport
{
    /// <summary>Documents the store held before this run (not sent again).</summary>
    public int AlreadyDone { get; init; }

    /// <summary>Documents analysed and recorded by this run.</summary>
    public int Analysed { get; init; }

    /// <summary>Documents skipped by this run, with the reason in <see cref="DocumentOutcome.SkipReason"/>.</summary>
    public IReadOnlyList<DocumentOutcome> Skipped { get; init; } = [];

    /// <summary>Documents sent again because a call failed (a silo died, a call timed out).</summary>
    public long RetriedDocuments { get; init; }

    /// <summary>Documents per silo name.</summary>
    public IReadOnlyDictionary<string, int> DocumentsBySilo { get; init; } = new Dictionary<string, int>();

    /// <summary>Wall-clock seconds of the run.</summary>
    public double Seconds { get; init; }
}
