namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// A verb has one subject: no verb of the EWT and GUM gold trees has two, but the parser gives a verb two where a subject
/// has a name beside it. Two shapes are given back their gold reading:
/// <list type="bullet">
/// <item>the second set off by commas right after the first is the first's apposition (<c>The bill's sponsor,
/// Representative Ana Ruiz, disagreed</c>: <c>Ruiz</c> an <c>appos</c> of <c>sponsor</c>), so that a later <c>she</c>
/// finds the subject and its name as one phrase;</item>
/// <item>a common noun right before a name that is the second is the name's description (<c>White House spokeswoman
/// Claire Buchan said</c>: <c>spokeswoman</c> an <c>nmod:desc</c> of <c>Buchan</c>, as UD English EWT marks a role
/// before a name); not before a day (<c>A relief agency official Sunday said</c>);</item>
/// <item>the second inside a relative clause set off by commas after the first, whose verb the parse made the main one and
/// gave the sentence's real predicate after the clause as a complement with no subject (<c>Officials in Calder, where the
/// plant is located, said the leak was contained</c>: root <c>located</c>): that predicate becomes the root with the first
/// as its subject, and the clause an <c>acl:relcl</c> of the noun before its comma;</item>
/// <item>the second opening with a coordinating conjunction right after the first is the first's conjunct (<c>Some
/// officials and health experts have said</c>: <c>experts</c> a <c>conj</c> of <c>officials</c>), so the subject is the
/// whole coordination.</item>
/// </list>
/// Linear in the sentence: a sentence with fewer than two subjects costs one pass; otherwise each word's subtree range
/// is found once (<see cref="DependencyTree.SubtreeRanges"/>).
/// </summary>
internal sealed class DoubleSubjectRepair
{
    private readonly bool[] _subject;
    private readonly bool[] _nominal;
    private readonly bool[] _commonNoun;
    private readonly bool[] _properNoun;
    private readonly bool[] _comma;
    private readonly int _apposition;
    private readonly int _description;
    private readonly bool[] _relativeWord;
    private readonly bool[] _finiteVerb;
    private readonly bool[] _predicateComplement;
    private readonly int _relativeClause;
    private readonly int _activeSubject;
    private readonly bool[] _coordinator;
    private readonly int _conjunct;

    /// <summary>Creates the repair for a tagger's joint tags and a parser's relation labels.</summary>
    public DoubleSubjectRepair(IReadOnlyList<string> universal, IReadOnlyList<string> penn, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(universal);
        ArgumentNullException.ThrowIfNull(penn);
        ArgumentNullException.ThrowIfNull(labels);
        _subject = [.. labels.Select(DependencyParser.IsNominalSubject)];
        _nominal = [.. universal.Select(u => u is "NOUN" or "PROPN")];
        _commonNoun = [.. universal.Select(u => u == "NOUN")];
        _properNoun = [.. universal.Select(u => u == "PROPN")];
        _comma = [.. penn.Select(p => p == ",")];
        _apposition = DependencyParser.LabelIndex(labels, "appos");
        _description = DependencyParser.LabelIndex(labels, "nmod:desc");
        _relativeWord = [.. penn.Select(PennTags.IsWhWord)];
        _finiteVerb = [.. universal.Zip(penn, (u, p) => u == "VERB" && p is "VBD" or "VBZ" or "VBP")];
        _predicateComplement = [.. labels.Select(l => l is "xcomp" or "ccomp" or "conj" or "parataxis")];
        _relativeClause = DependencyParser.LabelIndex(labels, "acl:relcl");
        _activeSubject = DependencyParser.LabelIndex(labels, "nsubj");
        _coordinator = [.. penn.Select(p => p == "CC")];
        _conjunct = DependencyParser.LabelIndex(labels, "conj");
    }

    /// <summary>Repairs one parsed sentence in place (heads: word indices, -1 for the root; labels index the parser's).</summary>
    public void Apply(WordHashes[] words, int[] heads, int[] labels, int[] tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(tags);
        int n = heads.Length;
        int subjects = 0;
        for (int w = 0; w < n; w++)
        {
            subjects += heads[w] >= 0 && _subject[labels[w]] ? 1 : 0;
        }

        if (subjects < 2 || _apposition < 0 || _description < 0)
        {
            return;
        }

        TreeChildren children = TreeChildren.Of(heads);
        (int[] first, int[] end) = DependencyTree.SubtreeRanges(heads, children);

        int[]? predicates = null;   // each verb's first predicate after a relative clause, found once when first needed

        // The nearest subject before each word among its head's subjects, read left to right.
        var previousSubject = new int[n];
        Array.Fill(previousSubject, -1);
        for (int w = 0; w < n; w++)
        {
            int verb = heads[w];
            if (verb < 0 || !_subject[labels[w]] || w > verb)
            {
                continue;
            }

            int before = previousSubject[verb];
            previousSubject[verb] = w;
            if (before >= 0 && Is(_nominal, tags[before]) && RelativeClauseVerb(heads, labels, tags, children, end, before, w, verb, ref predicates))
            {
                return;
            }

            if (before < 0 || !Is(_nominal, tags[before]) || !Is(_nominal, tags[w]))
            {
                continue;
            }

            int comma = first[w] - 1;
            if (_conjunct >= 0 && end[before] == first[w] && first[w] < w && Is(_coordinator, tags[first[w]]))
            {
                heads[w] = before;
                labels[w] = _conjunct;
                previousSubject[verb] = before;
            }
            else if (comma > before && Is(_comma, tags[comma]) && end[before] >= comma
                && (Is(_comma, tags[end[w] - 1]) || (end[w] < n && Is(_comma, tags[end[w]]))))
            {
                heads[w] = before;
                labels[w] = _apposition;
                previousSubject[verb] = before;
            }
            else if (end[before] == first[w] && Is(_commonNoun, tags[before]) && Is(_properNoun, tags[w])
                && !TemporalSubjectRepair.DayWords.Contains(words[w].Word))
            {
                heads[before] = w;
                labels[before] = _description;
            }
        }
    }

    /// <summary>
    /// The third shape: <paramref name="subject"/>'s phrase ends at a comma and a relative word that opens the clause of
    /// <paramref name="verb"/>, whose own subject is <paramref name="inner"/>; after the clause <paramref name="verb"/> has a
    /// finite verb as a complement or conjunct with no subject of its own. Rewires and returns true, else false.
    /// </summary>
    private bool RelativeClauseVerb(int[] heads, int[] labels, int[] tags, TreeChildren children, int[] end, int subject, int inner, int verb,
        ref int[]? predicates)
    {
        int comma = end[subject];
        if (_relativeClause < 0 || _activeSubject < 0 || comma + 1 >= inner || !Is(_comma, tags[comma]) || !Is(_relativeWord, tags[comma + 1]))
        {
            return false;
        }

        // One pass over the sentence for every verb at once, so that many subjects of one verb cost no more.
        if (predicates is null)
        {
            predicates = new int[heads.Length];
            Array.Fill(predicates, -1);
            for (int c = heads.Length - 1; c >= 0; c--)
            {
                int h = heads[c];
                if (h >= 0 && c > h && _predicateComplement[labels[c]] && Is(_finiteVerb, tags[c]) && Is(_comma, tags[c - 1])
                    && !HasSubject(labels, children, c))
                {
                    predicates[h] = c;   // read right to left: the first one after the verb is kept
                }
            }
        }

        int predicate = predicates[verb];
        if (predicate < 0)
        {
            return false;
        }

        // The clause hangs on the noun right before its comma (Calder, where ...), or on the subject itself.
        int noun = comma - 1 > subject && Is(_nominal, tags[comma - 1]) ? comma - 1 : subject;
        (heads[predicate], labels[predicate]) = (heads[verb], labels[verb]);
        (heads[subject], labels[subject]) = (predicate, _activeSubject);
        foreach (int c in children.Of(verb))
        {
            if (c > predicate)
            {
                heads[c] = predicate;   // the full stop and anything else after the predicate
            }
        }

        (heads[verb], labels[verb]) = (noun, _relativeClause);
        return true;
    }

    private bool HasSubject(int[] labels, TreeChildren children, int verb)
    {
        foreach (int c in children.Of(verb))
        {
            if (_subject[labels[c]])
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(bool[] set, int tag) => tag >= 0 && tag < set.Length && set[tag];
}
