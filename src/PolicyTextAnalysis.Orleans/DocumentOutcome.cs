namespace PolicyTextAnalysis.Orleans;

/// <summary>
/// What became of one document: its result line (the same JSON line a local AnalyzeCorpus run writes), or the reason
/// it was skipped; and which silo produced it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class DocumentOutcome
{
    /// <summary>Position of the document in the input (0-based).</summary>
    [Id(0)]
    public required long Index { get; init; }

    /// <summary>The document id.</summary>
    [Id(1)]
    public required string Id { get; init; }

    /// <summary>Where the document came from.</summary>
    [Id(2)]
    public required string Source { get; init; }

    /// <summary>The result line (<see cref="Corpus.ResultLine"/>), or null when the document was skipped.</summary>
    [Id(3)]
    public string? Line { get; init; }

    /// <summary>Why the document was skipped (unreadable, empty, analysis failed), or null when it has a result.</summary>
    [Id(4)]
    public string? SkipReason { get; init; }

    /// <summary>The silo that analysed it, or null when it was skipped before being sent.</summary>
    [Id(5)]
    public string? Silo { get; init; }
}
