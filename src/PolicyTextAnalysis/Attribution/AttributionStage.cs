namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// Finds direct quotes, reported speech and scare quotes, and attributes each to a speaker by canonical name.
/// </summary>
/// <remarks>
/// Requires tokens, sentences, the syntax layer (reports are found on the dependency tree), entities and
/// <see cref="DocumentLayers.Resolution"/> (speaker names are the clusters' canonical names); adds
/// <see cref="DocumentLayers.Quotes"/> and <see cref="DocumentLayers.Turns"/> (a transcript's speaker labels and who holds the
/// floor where: <see cref="Document.Turns"/>). Where the entity layer has no mention in a speaker's phrase, a run of
/// capitalised words is taken as the speaker and matched to the document's names. Cost: one linear pass over the
/// characters for quotation marks and one over the tokens for cues, each cue looking at its children.
/// Stateless between calls and thread-safe.
/// </remarks>
public sealed class AttributionStage : IPipelineStage
{
    private readonly CueLexicon _lexicon;

    /// <summary>Creates the stage with a cue lexicon (the embedded default when null).</summary>
    public AttributionStage(CueLexicon? lexicon = null)
    {
        _lexicon = lexicon ?? CueLexicon.Default;
    }

    /// <inheritdoc />
    public string Name => "attribution";

    /// <inheritdoc />
    public DocumentLayers Requires =>
        DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Syntax | DocumentLayers.Entities | DocumentLayers.Resolution;

    /// <inheritdoc />
    public DocumentLayers Produces => DocumentLayers.Quotes | DocumentLayers.Turns;

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Tokens.Count == 0)
        {
            return document.WithTurns([]).WithQuotes([]);
        }

        IReadOnlyList<Turn> turns = TranscriptTurns.Find(document, cancellationToken);
        return document.WithTurns(turns).WithQuotes(new AttributionRun(document, turns, _lexicon, cancellationToken).Run());
    }

    /// <summary>The quotes of <paramref name="document"/>, ordered by start offset, without annotating it.</summary>
    public IReadOnlyList<Quote> Predict(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Tokens.Count == 0)
        {
            return [];
        }

        return new AttributionRun(document, TranscriptTurns.Find(document, cancellationToken), _lexicon, cancellationToken).Run();
    }
}
