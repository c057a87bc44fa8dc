namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// The syntax stage: part-of-speech tags (universal and Penn), lemmas, a labelled dependency tree per sentence and noun
/// chunks. Requires tokens and sentences; adds <see cref="DocumentLayers.Syntax"/>. Cost: linear in the text (a greedy
/// tagger pass and 2n parser transitions per sentence of n tokens). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A sentence longer than <see cref="MaxParsedTokens"/> tokens (no sentence of the treebanks, the commentary corpus or
/// LitBank's novels reaches it; text without sentence punctuation does) is parsed in pieces of at most that many tokens,
/// each piece's root hung on the previous piece's root as a <c>parataxis</c>. The tree stays one per sentence with one
/// root, and no word gets more than about that many dependents, so the stages that read a word's dependents for every
/// report or clause stay linear in the text.
/// </remarks>
public sealed class SyntaxStage : IPipelineStage
{
    /// <summary>Fewest sentences for which a document is parsed in blocks on several threads.</summary>
    internal const int ParallelSentenceThreshold = 512;

    /// <summary>Most tokens parsed as one tree; longer sentences are parsed in pieces (see the remarks).</summary>
    internal const int MaxParsedTokens = 500;

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
            (int[] sentenceHeads, int[] sentenceRelations) = n <= MaxParsedTokens ? _model.Parser.Parse(words, sentenceTags) : ParseInPieces(words, sentenceTags, document.Tokens, first);
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

    /// <summary>Parses a sentence too long for one tree in pieces of at most <see cref="MaxParsedTokens"/> tokens, each
    /// ending after the last comma, semicolon or colon of its second half when it has one; every piece's root after the
    /// first is a <c>parataxis</c> of the previous piece's root.</summary>
    private (int[] Heads, int[] Relations) ParseInPieces(WordHashes[] words, int[] tags, TokenList tokens, int first)
    {
        int n = words.Length;
        var heads = new int[n];
        var relations = new int[n];
        int parataxis = DependencyParser.LabelIndex(_model.Parser.Labels, "parataxis");
        int previousRoot = -1;
        for (int start = 0; start < n;)
        {
            int end = Math.Min(n, start + MaxParsedTokens);
            if (end < n)
            {
                for (int k = end - 1; k > start + (MaxParsedTokens / 2); k--)
                {
                    if (tokens.CharsAt(first + k) is "," or ";" or ":")
                    {
                        end = k + 1;
                        break;
                    }
                }
            }

            (int[] pieceHeads, int[] pieceRelations) = _model.Parser.Parse(words[start..end], tags[start..end]);
            int root = -1;
            for (int i = 0; i < pieceHeads.Length; i++)
            {
                relations[start + i] = pieceRelations[i];
                if (pieceHeads[i] >= 0)
                {
                    heads[start + i] = start + pieceHeads[i];
                }
                else if (root < 0)
                {
                    root = start + i;
                    heads[root] = previousRoot;
                    if (previousRoot >= 0 && parataxis >= 0)
                    {
                        relations[root] = parataxis;
                    }
                }
                else
                {
                    // A second root of one piece (the parser makes one; kept safe for any model) hangs on the first.
                    heads[start + i] = root;
                    relations[start + i] = parataxis >= 0 ? parataxis : pieceRelations[i];
                }
            }

            previousRoot = root;
            start = end;
        }

        return (heads, relations);
    }
}
