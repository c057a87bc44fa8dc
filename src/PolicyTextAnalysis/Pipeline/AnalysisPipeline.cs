namespace PolicyTextAnalysis;

/// <summary>
/// An ordered, validated and immutable list of stages. Building it checks that every stage's required
/// layers are produced by an earlier stage, so a misordered pipeline fails at construction with a message
/// that names the fix, never halfway through a document.
/// </summary>
public sealed class AnalysisPipeline
{
    private readonly IPipelineStage[] _stages;

    /// <summary>Creates a pipeline from stages in the order they run.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stages"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">A stage requires a layer no earlier stage produces, or reads an optional layer
    /// that only a later stage produces.</exception>
    public AnalysisPipeline(IEnumerable<IPipelineStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        _stages = [.. stages];
        DocumentLayers available = DocumentLayers.None;
        foreach (IPipelineStage stage in _stages)
        {
            if (stage is null)
            {
                throw new ArgumentException("A pipeline stage is null.", nameof(stages));
            }

            DocumentLayers missing = stage.Requires & ~available;
            if (missing != DocumentLayers.None)
            {
                throw new ArgumentException(
                    $"Stage '{stage.Name}' needs the layer(s) {missing}: add a stage that produces them before '{stage.Name}'.",
                    nameof(stages));
            }

            available |= stage.Produces;
        }

        // An optional input produced only later would be silently missing when the stage runs.
        DocumentLayers before = DocumentLayers.None;
        for (int i = 0; i < _stages.Length; i++)
        {
            DocumentLayers later = DocumentLayers.None;
            for (int j = i + 1; j < _stages.Length; j++)
            {
                later |= _stages[j].Produces;
            }

            DocumentLayers late = _stages[i].Uses & later & ~before;
            if (late != DocumentLayers.None)
            {
                throw new ArgumentException(
                    $"Stage '{_stages[i].Name}' reads the layer(s) {late}, which a later stage produces: move that stage before '{_stages[i].Name}'.",
                    nameof(stages));
            }

            before |= _stages[i].Produces;
        }

        Produces = available;
    }

    /// <summary>The stages, in order.</summary>
    public IReadOnlyList<IPipelineStage> Stages => _stages;

    /// <summary>All layers a document has after running this pipeline.</summary>
    public DocumentLayers Produces { get; }

    /// <summary>Runs every stage on <paramref name="document"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Document Run(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (IPipelineStage stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = stage.Process(document, cancellationToken);
        }

        return document;
    }
}
