namespace AnalyzeCorpus;

/// <summary>What a corpus run produced, written to <c>summary.json</c> and printed at the end.</summary>
public sealed record CorpusSummary
{
    /// <summary>Documents with results (all runs of a resumed job).</summary>
    public int Documents { get; init; }

    /// <summary>Documents analysed by this run.</summary>
    public int DocumentsThisRun { get; init; }

    /// <summary>Tokens over all documents with results.</summary>
    public long Tokens { get; init; }

    /// <summary>Worker threads used.</summary>
    public int Threads { get; init; }

    /// <summary>Wall-clock seconds of this run's analysis.</summary>
    public double Seconds { get; init; }

    /// <summary>Documents analysed per second in this run.</summary>
    public double DocumentsPerSecond { get; init; }

    /// <summary>Entity mentions per label.</summary>
    public IReadOnlyDictionary<string, int> EntitiesByLabel { get; init; } = new Dictionary<string, int>();

    /// <summary>The most mentioned actors (people, organisations, states, groups).</summary>
    public IReadOnlyList<ActorCount> TopActors { get; init; } = [];

    /// <summary>Stance edges aggregated across documents.</summary>
    public IReadOnlyList<StanceEdge> StanceEdges { get; init; } = [];

    /// <summary>Cluster runs: documents analysed by each silo in this run (null for a local run).</summary>
    public IReadOnlyDictionary<string, int>? DocumentsBySilo { get; init; }

    /// <summary>Cluster runs: documents sent again after a failed call (a silo died); each is still recorded once.</summary>
    public long RetriedDocuments { get; init; }

    /// <summary>Documents that were skipped, with the reason.</summary>
    public IReadOnlyList<SkippedDocument> Skipped { get; init; } = [];
}

/// <summary>An actor and how often it appears.</summary>
public sealed record ActorCount(string Name, string Label, int Mentions, int Documents);

/// <summary>A holder-target-polarity edge and how many documents express it.</summary>
public sealed record StanceEdge(string Holder, string Target, string Polarity, int Count, int Documents);

/// <summary>A document that could not be analysed.</summary>
public sealed record SkippedDocument(string Id, string Source, string Reason);
