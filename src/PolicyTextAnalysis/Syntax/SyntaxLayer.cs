namespace PolicyTextAnalysis;

/// <summary>
/// The syntax layer of a <see cref="Document"/>: for every token its universal and Penn part-of-speech tags, its lemma,
/// its head in the sentence's dependency tree and the relation to it (Universal Dependencies), plus the noun chunks.
/// Stored as arrays over the document's tokens (struct of arrays); read it through <see cref="Token"/>
/// (<see cref="Token.Pos"/>, <see cref="Token.Head"/>, ...) or by token index here. Immutable and thread-safe.
/// </summary>
public sealed class SyntaxLayer
{
    private readonly TokenList _tokens;
    private readonly ushort[] _tags;
    private readonly int[] _heads;
    private readonly ushort[] _relations;
    private readonly Syntax.SyntaxModel _model;
    private Syntax.DependencyTree? _tree;

    internal SyntaxLayer(TokenList tokens, ushort[] tags, int[] heads, ushort[] relations, Syntax.SyntaxModel model, IReadOnlyList<TextSpan> nounChunks)
    {
        _tokens = tokens;
        _tags = tags;
        _heads = heads;
        _relations = relations;
        _model = model;
        NounChunks = nounChunks;
    }

    /// <summary>Number of tokens (equal to the document's).</summary>
    public int Count => _heads.Length;

    /// <summary>The universal part-of-speech tag of token <paramref name="token"/> (<c>NOUN</c>, <c>VERB</c>, ...).</summary>
    public string Pos(int token) => _model.Tagger.Universal[_tags[token]];

    /// <summary>The Penn Treebank tag of token <paramref name="token"/> (<c>NNS</c>, <c>VBD</c>, ...).</summary>
    public string Tag(int token) => _model.Tagger.Penn[_tags[token]];

    /// <summary>True when the tagger's training data showed the word at <paramref name="token"/> with the universal tag
    /// <paramref name="universalTag"/> (whatever it was given here).</summary>
    internal bool WasSeenAs(int token, string universalTag) => _model.WasSeenAs(_tokens.CharsAt(token), universalTag);

    /// <summary>The lemma of token <paramref name="token"/> (computed when asked: a layer nobody reads costs no strings).</summary>
    public string Lemma(int token) => _model.Lemmatizer.Lemma(_tokens.CharsAt(token).ToString(), Pos(token), Tag(token));

    /// <summary>The head's token index; a sentence's root is its own head (as in spaCy).</summary>
    public int Head(int token) => _heads[token] < 0 ? token : _heads[token];

    /// <summary>The dependency relation to the head (<c>nsubj</c>, <c>obj</c>, <c>root</c> for the root).</summary>
    public string Dep(int token) => _model.Parser.Labels[_relations[token]];

    /// <summary>The trees with children and subtree ranges, built on first use.</summary>
    internal Syntax.DependencyTree Tree
    {
        get
        {
            if (_tree is null)
            {
                var names = new string[_relations.Length];
                for (int t = 0; t < names.Length; t++)
                {
                    names[t] = _model.Parser.Labels[_relations[t]];
                }

                Interlocked.CompareExchange(ref _tree, new Syntax.DependencyTree(_tokens, _heads, names), null);
            }

            return _tree;
        }
    }

    /// <summary>Noun chunks: base noun phrases (a noun or pronoun with its determiners, modifiers and compounds), in order.</summary>
    public IReadOnlyList<TextSpan> NounChunks { get; }
}
