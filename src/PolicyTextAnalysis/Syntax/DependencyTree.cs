namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// Navigation over a document's dependency trees for the stages that read them: children, relation names and the
/// token range of every subtree (contiguous, since the parser builds projective trees). Built once per document in
/// linear time (a breadth-first order, then one pass from the leaves up); immutable and thread-safe.
/// </summary>
internal sealed class DependencyTree
{
    private readonly int[] _heads;
    private readonly string[] _relations;
    private readonly TokenList _tokens;
    private readonly int[] _subtreeFirst;
    private readonly int[] _subtreeEnd;

    public DependencyTree(TokenList tokens, int[] heads, string[] relations)
    {
        _tokens = tokens;
        _heads = heads;
        _relations = relations;
        Children = TreeChildren.Of(heads);
        int n = heads.Length;
        _subtreeFirst = new int[n];
        _subtreeEnd = new int[n];
        var order = new int[n];
        int count = 0;
        for (int t = 0; t < n; t++)
        {
            if (heads[t] < 0 || heads[t] >= n)
            {
                order[count++] = t;
            }
        }

        for (int i = 0; i < count; i++)
        {
            foreach (int child in Children.Of(order[i]))
            {
                order[count++] = child;
            }
        }

        for (int t = 0; t < n; t++)
        {
            _subtreeFirst[t] = t;
            _subtreeEnd[t] = t + 1;
        }

        // Leaves first: each word widens its head's range.
        for (int i = count - 1; i >= 0; i--)
        {
            int t = order[i];
            int h = heads[t];
            if (h >= 0 && h < n)
            {
                _subtreeFirst[h] = Math.Min(_subtreeFirst[h], _subtreeFirst[t]);
                _subtreeEnd[h] = Math.Max(_subtreeEnd[h], _subtreeEnd[t]);
            }
        }
    }

    /// <summary>The children of every word.</summary>
    public TreeChildren Children { get; }

    /// <summary>The head of <paramref name="token"/>, or -1 for a root.</summary>
    public int Head(int token) => _heads[token];

    /// <summary>The relation of <paramref name="token"/> to its head (<c>root</c> for a root).</summary>
    public string Relation(int token) => _heads[token] < 0 ? "root" : _relations[token];

    /// <summary>True when the relation of <paramref name="token"/> is <paramref name="relation"/> or a subtype of it
    /// (<c>nsubj</c> matches <c>nsubj:pass</c>).</summary>
    public bool Is(int token, string relation)
    {
        string r = Relation(token);
        return r.Length >= relation.Length && r.StartsWith(relation, StringComparison.Ordinal)
            && (r.Length == relation.Length || r[relation.Length] == ':');
    }

    /// <summary>The first child of <paramref name="head"/> whose relation is <paramref name="relation"/> (or a subtype), or -1.</summary>
    public int Child(int head, string relation)
    {
        foreach (int c in Children.Of(head))
        {
            if (Is(c, relation))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="head"/> has a child of <paramref name="relation"/> that is the word
    /// <paramref name="word"/> (any case): a <c>mark</c> "that", a <c>case</c> "by".</summary>
    public bool HasChildWord(int head, string relation, string word)
    {
        foreach (int c in Children.Of(head))
        {
            if (Is(c, relation) && _tokens.CharsAt(c).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of the subtree of <paramref name="token"/>.</summary>
    public int SubtreeFirst(int token) => _subtreeFirst[token];

    /// <summary>One past the last token of the subtree of <paramref name="token"/>.</summary>
    public int SubtreeEnd(int token) => _subtreeEnd[token];
}
