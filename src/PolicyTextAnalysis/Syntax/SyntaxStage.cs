namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// The syntax stage: part-of-speech tags (universal and Penn), lemmas, a labelled dependency tree per sentence and noun
/// chunks. Requires tokens and sentences; adds <see cref="DocumentLayers.Syntax"/>. Cost: linear in the text (a greedy
/// tagger pass and 2n parser transitions per sentence of n tokens). Immutable and thread-safe.
/// </summary>
public sealed class SyntaxStage : IPipelineStage
{
    private readonly SyntaxModel _model;

    /// <summary>Creates the stage with <paramref name="model"/> (the shipped <see cref="SyntaxModel.Default"/> when null).</summary>
    /// <exception cref="InvalidOperationException">No model was given and the package has none.</exception>
    public SyntaxStage(SyntaxModel? model = null)
    {
        _model = model ?? SyntaxModel.Default
            ?? throw new InvalidOperationException("This build of PolicyTextAnalysis has no syntax model (models/syntax-en.bin): train one with train-syntax or pass SyntaxModel.Load(stream).");
    }

    /// <inheritdoc />
    public string Name => "syntax";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;

    /// <inheritdoc />
    public DocumentLayers Produces => DocumentLayers.Syntax;

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        int count = document.Tokens.Count;
        var tags = new ushort[count];
        var heads = new int[count];
        var relations = new ushort[count];
        var chunks = new List<TextSpan>();
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = sentence.FirstToken;
            int n = sentence.TokenCount;
            var words = new WordHashes[n];
            for (int i = 0; i < n; i++)
            {
                words[i] = WordHashes.Of(document.Tokens.CharsAt(first + i));
            }

            int[] sentenceTags = _model.Tagger.Tag(words);
            (int[] sentenceHeads, int[] sentenceRelations) = _model.Parser.Parse(words, sentenceTags);
            var universal = new string[n];
            var relationNames = new string[n];
            for (int i = 0; i < n; i++)
            {
                int token = first + i;
                tags[token] = (ushort)sentenceTags[i];
                heads[token] = sentenceHeads[i] < 0 ? -1 : first + sentenceHeads[i];
                relations[token] = (ushort)sentenceRelations[i];
                universal[i] = _model.Tagger.Universal[sentenceTags[i]];
                relationNames[i] = _model.Parser.Labels[sentenceRelations[i]];
            }

            foreach ((int a, int b) in NounChunker.Chunks(universal, sentenceHeads, relationNames))
            {
                chunks.Add(new TextSpan(document.Tokens.Starts[first + a], document.Tokens.Ends[first + b]));
            }
        }

        var layer = new SyntaxLayer(document.Tokens, tags, heads, relations, _model, chunks);
        return document.WithSyntax(layer);
    }
}
