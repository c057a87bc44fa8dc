namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Finds entity mentions in a tokenized document. Several recognisers (statistical names, the numeric and
/// temporal grammar, gazetteers) feed one <see cref="EntityStage"/>, which resolves their overlaps.
/// Implementations must be thread-safe.
/// </summary>
public interface IEntityRecognizer
{
    /// <summary>A short name for diagnostics.</summary>
    string Name { get; }

    /// <summary>
    /// Priority when two recognisers propose overlapping spans: the higher wins; on a tie the longer span wins.
    /// </summary>
    int Priority { get; }

    /// <summary>Returns the mentions found in <paramref name="document"/> (which has tokens and sentences).</summary>
    IReadOnlyList<EntityMention> Recognize(Document document, CancellationToken cancellationToken);
}
