namespace PolicyTextAnalysis.Text;

/// <summary>
/// The first stage: tokens and sentences. Adds <see cref="DocumentLayers.Tokens"/> and
/// <see cref="DocumentLayers.Sentences"/>; costs one linear pass each; thread-safe.
/// </summary>
public sealed class TextStage : IPipelineStage
{
    private readonly Tokenizer _tokenizer;
    private readonly SentenceSplitter _splitter;

    /// <summary>Creates the stage from a tokenizer and a sentence splitter.</summary>
    public TextStage(Tokenizer? tokenizer = null, SentenceSplitter? splitter = null)
    {
        _tokenizer = tokenizer ?? Tokenizer.Default;
        _splitter = splitter ?? SentenceSplitter.Default;
    }

    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.None;

    /// <inheritdoc />
    public DocumentLayers Produces => DocumentLayers.Tokens | DocumentLayers.Sentences;

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        TokenList tokens = _tokenizer.Tokenize(document.Text);
        cancellationToken.ThrowIfCancellationRequested();
        return document.WithText(tokens, _splitter.Split(document.Text, tokens));
    }
}
