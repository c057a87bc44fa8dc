namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// Gives a sentence whose root the parser made its subject (a noun or pronoun with no predicate of its own: no subject,
/// copula or expletive) its predicate back, in two shapes the transitions cannot undo once made:
/// <list type="bullet">
/// <item>a verb hung on the noun as a reduced relative clause (<c>The storm threatened oil installations ...</c>: root
/// <c>storm</c>, <c>threatened</c> its <c>acl</c>): a participle modifying a noun takes no direct object and no clause, so
/// a past-tense or past-participle <c>acl</c> with an object or clausal complement, no subject, auxiliary or marker of its
/// own and no comma before it is the main verb;</item>
/// <item>the main predicate swallowed by the subject's relative clause as its complement (<c>The solutions we seek must be
/// equitable</c>, <c>Anybody who says otherwise hasn't read it</c>: <c>equitable</c> and <c>read</c> complements of
/// <c>seek</c> and <c>says</c>): a finite complement clause (with an auxiliary or copula, or a finite tag) with no subject
/// and no marker of its own is the main predicate.</item>
/// </list>
/// The predicate becomes the root and the noun its subject, taking with it the noun's dependents that follow the
/// predicate (the final full stop). On UD English EWT and GUM (train and dev) the parse shows each shape three times, and
/// gold agrees five times of six. One pass over the heads per check: linear in the sentence.
/// </summary>
internal sealed class RootRepair
{
    private readonly bool[] _nominal;
    private readonly bool[] _pastVerb;
    private readonly bool[] _punctuation;
    private readonly int _root;
    private readonly int _acl;
    private readonly int _subject;
    private readonly bool[] _blocksRoot;
    private readonly bool[] _verbComplement;
    private readonly bool[] _blocksVerb;
    private readonly int _relativeClause;
    private readonly int _clausalComplement;
    private readonly bool[] _finiteTag;
    private readonly bool[] _finiteMarker;
    private readonly bool[] _blocksClause;

    /// <summary>Creates the repair for a tagger's joint tags and a parser's relation labels.</summary>
    public RootRepair(IReadOnlyList<string> universal, IReadOnlyList<string> penn, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(universal);
        ArgumentNullException.ThrowIfNull(penn);
        ArgumentNullException.ThrowIfNull(labels);
        _nominal = [.. universal.Select(u => u is "NOUN" or "PROPN" or "PRON")];
        _punctuation = [.. universal.Select(u => u == "PUNCT")];
        _pastVerb = [.. universal.Zip(penn, (u, p) => u == "VERB" && p is "VBD" or "VBN")];
        _root = IndexOf(labels, DependencyParser.RootLabel);
        _acl = IndexOf(labels, "acl");
        _subject = IndexOf(labels, "nsubj");
        _blocksRoot = [.. labels.Select(l => IsSubject(l) || l is "cop" or "expl")];
        _verbComplement = [.. labels.Select(l => l is "obj" or "ccomp")];
        _blocksVerb = [.. labels.Select(l => IsSubject(l) || l is "aux" or "aux:pass" or "mark")];
        _relativeClause = IndexOf(labels, "acl:relcl");
        _clausalComplement = IndexOf(labels, "ccomp");
        _finiteTag = [.. penn.Select(p => p is "VBZ" or "VBD" or "VBP")];
        _finiteMarker = [.. labels.Select(l => l is "aux" or "aux:pass" or "cop")];
        _blocksClause = [.. labels.Select(l => IsSubject(l) || l is "expl" or "mark")];
    }

    /// <summary>True when the labels have every relation the repair writes or reads.</summary>
    public bool IsUsable => _root >= 0 && _acl >= 0 && _subject >= 0;

    /// <summary>Repairs one parsed sentence in place (heads: word indices, -1 for the root; labels index the parser's).</summary>
    public void Apply(int[] heads, int[] labels, int[] tags)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(tags);
        if (!IsUsable)
        {
            return;
        }

        int root = Array.IndexOf(heads, -1);
        if (root < 0 || !Is(_nominal, tags[root]))
        {
            return;
        }

        // The root noun's dependents: none may make it a predicate; the candidates are its first acl and its relative
        // clauses after it.
        int verb = -1;
        for (int w = 0; w < heads.Length; w++)
        {
            if (heads[w] != root)
            {
                continue;
            }

            if (Is(_blocksRoot, labels[w]))
            {
                return;
            }

            if (verb < 0 && w > root && labels[w] == _acl && Is(_pastVerb, tags[w]) && IsMainVerb(w, heads, labels) && !PunctuationBetween(root, w, tags))
            {
                verb = w;
            }
        }

        if (verb < 0)
        {
            verb = SwallowedPredicate(root, heads, labels, tags);
        }

        if (verb < 0)
        {
            return;
        }

        for (int w = verb + 1; w < heads.Length; w++)
        {
            if (heads[w] == root)
            {
                heads[w] = verb;
            }
        }

        heads[verb] = -1;
        labels[verb] = _root;
        heads[root] = verb;
        labels[root] = _subject;
    }

    // The first finite complement clause, with no subject or marker of its own, of a relative clause of the root.
    private int SwallowedPredicate(int root, int[] heads, int[] labels, int[] tags)
    {
        if (_relativeClause < 0 || _clausalComplement < 0)
        {
            return -1;
        }

        for (int relative = root + 1; relative < heads.Length; relative++)
        {
            if (heads[relative] != root || labels[relative] != _relativeClause)
            {
                continue;
            }

            for (int clause = relative + 1; clause < heads.Length; clause++)
            {
                if (heads[clause] == relative && labels[clause] == _clausalComplement && IsBareFiniteClause(clause, heads, labels, tags))
                {
                    return clause;
                }
            }
        }

        return -1;
    }

    private bool IsBareFiniteClause(int clause, int[] heads, int[] labels, int[] tags)
    {
        bool finite = Is(_finiteTag, tags[clause]);
        for (int w = 0; w < heads.Length; w++)
        {
            if (heads[w] != clause)
            {
                continue;
            }

            if (Is(_blocksClause, labels[w]))
            {
                return false;
            }

            finite |= Is(_finiteMarker, labels[w]);
        }

        return finite;
    }

    private bool PunctuationBetween(int first, int last, int[] tags)
    {
        for (int w = first + 1; w < last; w++)
        {
            if (Is(_punctuation, tags[w]))
            {
                return true;
            }
        }

        return false;
    }

    // An object or clausal complement, and no subject, auxiliary or marker of its own.
    private bool IsMainVerb(int verb, int[] heads, int[] labels)
    {
        bool complement = false;
        for (int w = 0; w < heads.Length; w++)
        {
            if (heads[w] != verb)
            {
                continue;
            }

            if (Is(_blocksVerb, labels[w]))
            {
                return false;
            }

            complement |= Is(_verbComplement, labels[w]);
        }

        return complement;
    }

    private static bool Is(bool[] set, int index) => (uint)index < (uint)set.Length && set[index];

    private static bool IsSubject(string label) => label.StartsWith("nsubj", StringComparison.Ordinal) || label.StartsWith("csubj", StringComparison.Ordinal);

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }
}
