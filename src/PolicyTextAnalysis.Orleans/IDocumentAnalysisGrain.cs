namespace PolicyTextAnalysis.Orleans;

/// <summary>
/// Analyses documents on a silo. Implemented by a stateless worker: any number of activations per silo (one per core
/// by default), each using the silo's one shared <see cref="PolicyAnalyzer"/>; the key only spreads calls from a client
/// over the gateways, it names no state.
/// </summary>
public interface IDocumentAnalysisGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Analyses <paramref name="batch"/> in order and returns one outcome per document, in the same order. A document
    /// whose analysis fails gets an outcome with <see cref="DocumentOutcome.SkipReason"/>; the others are unaffected.
    /// </summary>
    /// <param name="batch">The documents.</param>
    /// <param name="cancellationToken">Cancels the call; the silo stops between documents.</param>
    Task<DocumentOutcome[]> AnalyzeAsync(DocumentWork[] batch, CancellationToken cancellationToken = default);
}
