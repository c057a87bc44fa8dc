namespace PolicyTextAnalysis.Orleans;

/// <summary>One document sent to a silo: its position in the corpus, its id, where it came from, and its text.</summary>
[GenerateSerializer, Immutable]
public sealed class DocumentWork
{
    /// <summary>Position of the document in the input (0-based); outcomes carry it back.</summary>
    [Id(0)]
    public required long Index { get; init; }

    /// <summary>The document id, unique in the corpus.</summary>
    [Id(1)]
    public required string Id { get; init; }

    /// <summary>The file (and line, for JSONL) it came from; copied into the result line.</summary>
    [Id(2)]
    public required string Source { get; init; }

    /// <summary>The text to analyse.</summary>
    [Id(3)]
    public required string Text { get; init; }
}
