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
        _root = DependencyParser.LabelIndex(labels, DependencyParser.RootLabel);
        _acl = DependencyParser.LabelIndex(labels, "acl");
        _subject = DependencyParser.LabelIndex(labels, "nsubj");
        _blocksRoot = [.. labels.Select(l => IsSubject(l) || l is "cop" or "expl")];
        _verbComplement = [.. labels.Select(l => l is "obj" or "ccomp")];
        _blocksVerb = [.. labels.Select(l => IsSubject(l) || l is "aux" or "aux:pass" or "mark")];
        _relativeClause = DependencyParser.LabelIndex(labels, "acl:relcl");
        _clausalComplement = DependencyParser.LabelIndex(labels, "ccomp");
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

        // One pass gathers, for each word, what its dependents say (a subject, an auxiliary, a complement ...), so every
        // check below costs constant time and a sentence of any length one linear pass.
        var marks = new Mark[heads.Length];
        int firstPunctuation = heads.Length;
        for (int w = 0; w < heads.Length; w++)
        {
            if (w > root && firstPunctuation == heads.Length && Is(_punctuation, tags[w]))
            {
                firstPunctuation = w;
            }

            if (heads[w] >= 0)
            {
                marks[heads[w]] |= MarkOf(labels[w]);
            }
        }

        if ((marks[root] & Mark.BlocksRoot) != 0)
        {
            return;
        }

        int predicate = -1;
        for (int w = root + 1; w < heads.Length && predicate < 0; w++)
        {
            // A past verb with an object hung on the noun as a reduced relative, with no comma before it.
            if (heads[w] == root && labels[w] == _acl && Is(_pastVerb, tags[w]) && w < firstPunctuation
                && (marks[w] & Mark.BlocksVerb) == 0 && (marks[w] & Mark.Complement) != 0)
            {
                predicate = w;
            }
        }

        for (int w = root + 1; w < heads.Length && predicate < 0; w++)
        {
            // A finite complement with no subject or marker of its own, of a relative clause of the noun.
            int relative = heads[w];
            if (labels[w] == _clausalComplement && relative > root && relative < w && heads[relative] == root && labels[relative] == _relativeClause
                && (marks[w] & Mark.BlocksClause) == 0 && (Is(_finiteTag, tags[w]) || (marks[w] & Mark.Finite) != 0))
            {
                predicate = w;
            }
        }

        if (predicate < 0)
        {
            return;
        }

        for (int w = predicate + 1; w < heads.Length; w++)
        {
            if (heads[w] == root)
            {
                heads[w] = predicate;
            }
        }

        heads[predicate] = -1;
        labels[predicate] = _root;
        heads[root] = predicate;
        labels[root] = _subject;
    }

    private Mark MarkOf(int label) =>
        (Is(_blocksRoot, label) ? Mark.BlocksRoot : 0) | (Is(_blocksVerb, label) ? Mark.BlocksVerb : 0)
        | (Is(_verbComplement, label) ? Mark.Complement : 0) | (Is(_blocksClause, label) ? Mark.BlocksClause : 0)
        | (Is(_finiteMarker, label) ? Mark.Finite : 0);

    private static bool Is(bool[] set, int index) => (uint)index < (uint)set.Length && set[index];

    private static bool IsSubject(string label) => label.StartsWith("nsubj", StringComparison.Ordinal) || label.StartsWith("csubj", StringComparison.Ordinal);

    /// <summary>What a word's dependents say about it.</summary>
    [Flags]
    private enum Mark : byte
    {
        /// <summary>A subject, copula or expletive: the word is a predicate already.</summary>
        BlocksRoot = 1,

        /// <summary>A subject, auxiliary or marker: no bare participle.</summary>
        BlocksVerb = 2,

        /// <summary>An object or clausal complement.</summary>
        Complement = 4,

        /// <summary>A subject, expletive or marker: no bare clause.</summary>
        BlocksClause = 8,

        /// <summary>An auxiliary or copula: the clause is finite.</summary>
        Finite = 16,
    }
}
