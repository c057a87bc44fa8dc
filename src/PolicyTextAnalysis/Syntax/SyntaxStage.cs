namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// The syntax stage: part-of-speech tags (universal and Penn), lemmas, a labelled dependency tree per sentence and noun
/// chunks. Requires tokens and sentences; adds <see cref="DocumentLayers.Syntax"/>. Cost: linear in the text (a greedy
/// tagger pass and 2n parser transitions per sentence of n tokens). Immutable and thread-safe.
/// </summary>
public sealed class SyntaxStage : IPipelineStage
{
    /// <summary>Fewest sentences for which a document is parsed in blocks on several threads.</summary>
    internal const int ParallelSentenceThreshold = 512;

    private const int SentencesPerBlock = 64;

    private readonly SyntaxModel _model;

    /// <summary>Creates the stage with <paramref name="model"/> (the shipped <see cref="SyntaxModel.Default"/> when null).</summary>
    /// <param name="model">The model, or null for the shipped one.</param>
    /// <param name="maxDegreeOfParallelism">Most threads for one large document (512 sentences or more); 0 for one per
    /// processor. Sentences are independent, so the result is the same with any number of threads.</param>
    /// <exception cref="InvalidOperationException">No model was given and the package has none.</exception>
    public SyntaxStage(SyntaxModel? model = null, int maxDegreeOfParallelism = 0)
    {
        _model = model ?? SyntaxModel.Default
            ?? throw new InvalidOperationException("This build of PolicyTextAnalysis has no syntax model (models/syntax-en.bin): train one with train-syntax or pass SyntaxModel.Load(stream).");
        MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
    }

    /// <summary>Most threads used on one large document.</summary>
    public int MaxDegreeOfParallelism { get; }

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
        int sentences = document.Sentences.Count;
        List<TextSpan> chunks;
        if (MaxDegreeOfParallelism > 1 && sentences >= ParallelSentenceThreshold)
        {
            // Blocks of sentences on several threads write disjoint token ranges; their chunks are joined in order.
            chunks = SentenceBlocks.Run<TextSpan>(sentences, SentencesPerBlock, MaxDegreeOfParallelism, cancellationToken,
                (from, to, list) => Parse(document, from, to, tags, heads, relations, list, cancellationToken));
        }
        else
        {
            chunks = [];
            Parse(document, 0, sentences, tags, heads, relations, chunks, cancellationToken);
        }

        var layer = new SyntaxLayer(document.Tokens, tags, heads, relations, _model, chunks);
        return document.WithSyntax(layer);
    }

    private void Parse(Document document, int from, int to, ushort[] tags, int[] heads, ushort[] relations, List<TextSpan> chunks,
        CancellationToken cancellationToken)
    {
        for (int s = from; s < to; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Sentence sentence = document.Sentences[s];
            int first = sentence.FirstToken;
            int n = sentence.TokenCount;
            WordHashes[] words = WordHashes.Of(document.Tokens, first, n);

            int[] sentenceTags = _model.Tag(words);
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
    }
}
