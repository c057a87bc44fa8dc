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
        (_subtreeFirst, _subtreeEnd) = SubtreeRanges(heads, Children);
    }

    /// <summary>
    /// The first word and one past the last word of each word's subtree, in linear time: the words in breadth-first order
    /// from the roots, then each word's range passed to its head, leaves first.
    /// </summary>
    internal static (int[] First, int[] End) SubtreeRanges(int[] heads, TreeChildren children)
    {
        int n = heads.Length;
        var first = new int[n];
        var end = new int[n];
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
            foreach (int child in children.Of(order[i]))
            {
                order[count++] = child;
            }
        }

        for (int t = 0; t < n; t++)
        {
            first[t] = t;
            end[t] = t + 1;
        }

        // Leaves first: each word widens its head's range.
        for (int i = count - 1; i >= 0; i--)
        {
            int t = order[i];
            int h = heads[t];
            if (h >= 0 && h < n)
            {
                first[h] = Math.Min(first[h], first[t]);
                end[h] = Math.Max(end[h], end[t]);
            }
        }

        return (first, end);
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

    /// <summary>
    /// The subject (<c>nsubj</c> or <c>nsubj:pass</c>) of <paramref name="verb"/>, or -1. No verb of the EWT and GUM gold
    /// trees has two subjects (0 of 14,526); when the parse gives two, the one nearest before the verb is taken (the other
    /// is most often a name's title or organisation read as a subject of its own: <c>UN Secretary-General X condemned</c>),
    /// unless that one is set off by commas, which describes the first (<c>X of Texas, the committee's top Republican,
    /// said</c>).
    /// </summary>
    public int Subject(int verb)
    {
        int subject = -1;
        foreach (int c in Children.Of(verb))
        {
            if (Is(c, "nsubj") && (subject < 0 || (c < verb && c > subject && !IsSetOffByCommas(c))))
            {
                subject = c;
            }
        }

        return subject;
    }

    /// <summary>
    /// The verb whose subject <paramref name="conjunct"/>, a conjunct with no subject of its own, shares: the conjunct right
    /// before it when nothing but its coordinator and a short phrase of that conjunct's stand between them and that one has
    /// a subject (I was there, and a woman stood up and said ...: UD hangs every conjunct on the first, whose subject is
    /// someone else), else its head.
    /// </summary>
    public int SubjectSharingConjunct(int conjunct)
    {
        int head = _heads[conjunct];
        int before = _subtreeFirst[conjunct] - 1;
        if (head < 0 || !Is(conjunct, "conj") || before <= head || _tokens.Kinds[before] == TokenKind.Punctuation
            || !Is(before + 1, "cc") || _heads[before + 1] != conjunct)
        {
            return head;
        }

        // The word before the conjunct's phrase ends the phrase of the previous conjunct: climb to it (a few steps at most,
        // so that a degenerate tree costs each call the same).
        const int MaxClimb = 16;
        int previous = before;
        for (int step = 0; step < MaxClimb && _heads[previous] >= 0 && _heads[previous] != head; step++)
        {
            previous = _heads[previous];
        }

        // Only a short phrase may follow that conjunct (stood up and said, looked at them and said): past a longer one the
        // parse's own attachment is as likely.
        const int MaxPhraseAfter = 4;
        return _heads[previous] == head && previous > head && before - previous <= MaxPhraseAfter && Is(previous, "conj") && Subject(previous) >= 0
            ? previous : head;
    }

    /// <summary>True when the phrase of <paramref name="token"/> has a comma on both sides (its own or the next word).</summary>
    public bool IsSetOffByCommas(int token)
    {
        int first = _subtreeFirst[token];
        int end = _subtreeEnd[token];
        bool opened = _tokens.CharsAt(first) is "," || (first > 0 && _tokens.CharsAt(first - 1) is ",");
        bool closed = _tokens.CharsAt(end - 1) is "," || (end < _tokens.Count && _tokens.CharsAt(end) is ",");
        return opened && closed;
    }

    /// <summary>True when the phrase of <paramref name="token"/> has a dash on both sides (its own or the next word): an aside
    /// (<c>Moody's — a Wall Street firm — has said</c>).</summary>
    public bool IsSetOffByDashes(int token)
    {
        int first = _subtreeFirst[token];
        int end = _subtreeEnd[token];
        bool opened = Text.TextChars.IsDashToken(_tokens.CharsAt(first)) || (first > 0 && Text.TextChars.IsDashToken(_tokens.CharsAt(first - 1)));
        bool closed = Text.TextChars.IsDashToken(_tokens.CharsAt(end - 1)) || (end < _tokens.Count && Text.TextChars.IsDashToken(_tokens.CharsAt(end)));
        return opened && closed;
    }

    /// <summary>The first token of the subtree of <paramref name="token"/>.</summary>
    public int SubtreeFirst(int token) => _subtreeFirst[token];

    /// <summary>One past the last token of the subtree of <paramref name="token"/>.</summary>
    public int SubtreeEnd(int token) => _subtreeEnd[token];
}
