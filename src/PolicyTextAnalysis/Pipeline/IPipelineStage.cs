namespace PolicyTextAnalysis;

/// <summary>
/// One step of the analysis: reads the layers it <see cref="Requires"/> and returns a document with the
/// layers it <see cref="Produces"/>. Implementations must be thread-safe: one instance serves every call.
/// </summary>
public interface IPipelineStage
{
    /// <summary>A short name for errors and diagnostics (<c>"text"</c>, <c>"entities"</c>).</summary>
    string Name { get; }

    /// <summary>The layers that must be present before this stage runs.</summary>
    DocumentLayers Requires { get; }

    /// <summary>The layers this stage adds.</summary>
    DocumentLayers Produces { get; }

    /// <summary>
    /// Layers this stage reads when they are present but can do without (claims read quotes; stance reads quotes, claims
    /// and the parse). A pipeline that produces one of them only after this stage is rejected, since the stage would
    /// silently run without it. Default: none.
    /// </summary>
    DocumentLayers Uses => DocumentLayers.None;

    /// <summary>Returns <paramref name="document"/> with this stage's layers added.</summary>
    /// <param name="document">The input; never modified.</param>
    /// <param name="cancellationToken">Checked between units of work (sentences, paragraphs).</param>
    Document Process(Document document, CancellationToken cancellationToken);
}
