using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// The antecedents of third-person pronouns (<c>he</c>, <c>she</c>, <c>him</c>, <c>it</c>, <c>they</c>, <c>them</c> and
/// the possessives <c>his</c>, <c>her</c>, <c>its</c>, <c>their</c>; not reflexives), read off the parse with a salience
/// order in the manner of Lappin and Leass: earlier clauses of the pronoun's own sentence first, then the sentences
/// before it; within a sentence the phrase in the pronoun's own role first (subject for a subject, object for an
/// object), then subjects, objects, conjuncts and appositions, main-clause arguments before embedded ones, the nearest
/// first. A candidate must agree: a named person of a fitting gender for <c>he</c> and <c>she</c>; a singular
/// thing for <c>it</c>; a plural noun or a group name for <c>they</c>. A pronoun antecedent stands for its own
/// antecedent, so chains resolve. Never an argument of the pronoun's own verb (<c>Cruz opposes it</c>: not Cruz).
/// </summary>
/// <remarks>
/// Each pronoun looks at a bounded number of sentences and a bounded chain of pronouns, so the cost is linear in the
/// text. Answers are memoised per token; every thread computes the same answer whatever it asked before, so sentence
/// blocks read on several threads may share one instance.
/// </remarks>
internal sealed class PronounAntecedents
{
    /// <summary>Sentences before the pronoun's own that are searched for a person.</summary>
    private const int PersonSentencesBack = 2;

    /// <summary>Sentences before the pronoun's own that are searched for a thing or a group: further back, topics shift.</summary>
    private const int ThingSentencesBack = 1;

    /// <summary>Most pronouns a chain passes through (<c>it</c> for an <c>it</c> for a noun).</summary>
    private const int MaxChain = 4;

    /// <summary>Tokens of one sentence looked at for candidates: a sentence of any length costs the same.</summary>
    private const int MaxTokensPerSentence = 200;

    private const int Unknown = int.MinValue;

    private readonly Document _document;
    private readonly SyntaxLayer _syntax;
    private readonly DependencyTree _tree;
    private readonly int[] _entityAt;
    private readonly int[] _memo;

    /// <summary>Antecedents for <paramref name="document"/>, which must have the syntax layer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="entityAt">For each token, the index of the entity mention it is in, or -1.</param>
    /// <exception cref="ArgumentException">The document has no syntax layer.</exception>
    public PronounAntecedents(Document document, int[] entityAt)
    {
        _document = document;
        _syntax = document.Syntax ?? throw new ArgumentException("The document has no syntax layer.", nameof(document));
        _tree = _syntax.Tree;
        _entityAt = entityAt;
        _memo = new int[document.Tokens.Count];
        Array.Fill(_memo, Unknown);
    }

    /// <summary>The kinds of pronoun that are resolved.</summary>
    private enum PronounKind : byte
    {
        None,
        Male,
        Female,
        Thing,
        Plural,
    }

    /// <summary>True when <paramref name="token"/> is a third-person pronoun this class resolves.</summary>
    public bool IsResolvable(int token) => KindOf(token) != PronounKind.None;

    /// <summary>
    /// The head token of the phrase <paramref name="pronoun"/> refers to (never a pronoun), or -1 when the pronoun is
    /// not one this class resolves or no candidate agrees.
    /// </summary>
    public int Of(int pronoun)
    {
        int known = _memo[pronoun];
        if (known != Unknown)
        {
            return known;
        }

        int found = Find(pronoun, MaxChain);
        _memo[pronoun] = found;
        return found;
    }

    private PronounKind KindOf(int token)
    {
        if (_syntax.Pos(token) != "PRON" || _syntax.Tag(token) is not ("PRP" or "PRP$") || _tree.Is(token, "expl"))
        {
            return PronounKind.None;
        }

        // Possessives too ("her call for a ceasefire" is the call of the person she is); not reflexives, which mean their
        // own clause's subject.
        ReadOnlySpan<char> w = _document.Tokens.CharsAt(token);
        if (w.EndsWith("self", StringComparison.OrdinalIgnoreCase) || w.EndsWith("selves", StringComparison.OrdinalIgnoreCase))
        {
            return PronounKind.None;
        }

        return GenderLexicon.OfPronoun(w) switch
        {
            PersonGender.Male => PronounKind.Male,
            PersonGender.Female => PronounKind.Female,
            _ => FunctionWords.IsNeuterPronoun(w) ? PronounKind.Thing : FunctionWords.IsThirdPersonPlural(w) ? PronounKind.Plural : PronounKind.None,
        };
    }

    // The antecedent of a pronoun, following a chain through at most `links` pronouns. The chain is computed afresh, never
    // read from the memo, so the answer is the same whatever order pronouns are asked in (sentence blocks on several
    // threads), and a run of thousands of pronouns costs each the same bounded work.
    private int Find(int pronoun, int links)
    {
        PronounKind kind = KindOf(pronoun);
        if (kind == PronounKind.None)
        {
            return -1;
        }

        IReadOnlyList<Sentence> sentences = _document.Sentences;
        int own = SentenceSearch.IndexOfToken(sentences, pronoun);
        if (own < 0)
        {
            return -1;
        }

        bool subject = _tree.Is(pronoun, "nsubj");
        int verb = _tree.Head(pronoun);
        int controller = Controller(verb);
        int back = kind is PronounKind.Male or PronounKind.Female ? PersonSentencesBack : ThingSentencesBack;
        for (int s = own; s >= Math.Max(0, own - back); s--)
        {
            Sentence sentence = sentences[s];
            int end = s == own ? pronoun : sentence.EndToken;
            int best = -1, bestRank = int.MaxValue;
            for (int t = Math.Max(sentence.FirstToken, end - MaxTokensPerSentence); t < end; t++)
            {
                if (Rank(t, subject) is int rank and >= 0 && rank <= bestRank && (s != own || (_tree.Head(t) != verb && t != controller))
                    && Agrees(t, kind))
                {
                    // Ties go to the later candidate: the nearest to the pronoun.
                    (best, bestRank) = (t, rank);
                }
            }

            if (best >= 0)
            {
                // "They are a disaster. We must repeal them.": a pronoun of the same kind stands for its own antecedent.
                return _syntax.Pos(best) != "PRON" ? best : links > 1 ? Find(best, links - 1) : -1;
            }
        }

        return -1;
    }

    /// <summary>Who does an infinitive with no subject of its own: its head's object (<c>urge the Senate to pass it</c>: the
    /// Senate passes, so <c>it</c> is not the Senate), else its head's subject; -1 for other verbs.</summary>
    private int Controller(int verb)
    {
        if (verb < 0 || _tree.Subject(verb) >= 0 || !(_tree.Is(verb, "xcomp") || _tree.Is(verb, "advcl")) || !_tree.HasChildWord(verb, "mark", "to"))
        {
            return -1;
        }

        int head = _tree.Head(verb);
        if (head < 0)
        {
            return -1;
        }

        int obj = _tree.Child(head, "obj");
        return obj >= 0 ? obj : _tree.Subject(head);
    }

    /// <summary>The salience rank of a candidate head (0 best), or -1 for a token that heads no argument.</summary>
    private int Rank(int t, bool pronounIsSubject)
    {
        // "last week", "this year": a time or a measure is no antecedent.
        if (_tree.Is(t, "obl:tmod") || _tree.Is(t, "obl:npmod") || _tree.Is(t, "nmod:tmod"))
        {
            return -1;
        }

        bool isSubject = _tree.Is(t, "nsubj");
        bool isObject = _tree.Is(t, "obj") || _tree.Is(t, "iobj");
        int rank = isSubject || isObject ? (isSubject == pronounIsSubject ? 0 : isSubject ? 1 : 2)
            : _tree.Is(t, "conj") || _tree.Is(t, "appos") ? 3 : -1;

        // An argument of the main clause before one of an embedded clause ("The plan is a gamble the state cannot afford.
        // It is ...": the plan, not the state).
        return rank < 0 || InMainClause(t) ? rank : rank + 4;
    }

    /// <summary>True when <paramref name="t"/> hangs on the sentence's root or on a clause coordinated with it.</summary>
    private bool InMainClause(int t)
    {
        int head = _tree.Head(t);
        if (head >= 0 && _tree.Head(head) >= 0 && (_tree.Is(t, "conj") || _tree.Is(t, "appos")))
        {
            head = _tree.Head(head); // a conjunct or apposition of an argument: the argument's clause
        }

        return head >= 0 && (_tree.Head(head) < 0 || (_tree.Is(head, "conj") && _tree.Head(_tree.Head(head)) < 0));
    }

    /// <summary>True when the candidate <paramref name="t"/> can be what a pronoun of <paramref name="kind"/> refers to: an
    /// agreeing noun or name, or a pronoun of the same kind.</summary>
    private bool Agrees(int t, PronounKind kind)
    {
        if (_syntax.Pos(t) == "PRON")
        {
            return KindOf(t) == kind;
        }

        if (_syntax.Pos(t) is not ("NOUN" or "PROPN"))
        {
            return false;
        }

        int e = _entityAt[t];
        string? label = e >= 0 ? _document.Entities[e].Label : null;
        if (label is not null && EntityLabels.IsValue(label))
        {
            return false;
        }

        bool person = label == EntityLabels.Person;
        bool plural = _syntax.Tag(t) is "NNS" or "NNPS";
        switch (kind)
        {
            case PronounKind.Male or PronounKind.Female:
                if (!person)
                {
                    return false;
                }

                PersonGender pronounGender = kind == PronounKind.Male ? PersonGender.Male : PersonGender.Female;
                PersonGender gender = GenderLexicon.Default.OfMention(_document, _document.Entities[e]).Gender;
                return GenderLexicon.Fits(gender, pronounGender);
            case PronounKind.Thing:
                return !(person || plural || label is EntityLabels.Norp || PersonNouns.Contains(_syntax.Lemma(t)));
            default:
                // they: a plural noun or a group's name (Democrats, the unions); not one person.
                return !person && (plural || label is EntityLabels.Norp);
        }
    }
}
