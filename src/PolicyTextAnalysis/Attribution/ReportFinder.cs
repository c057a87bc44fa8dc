using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// Finds reported speech in one sentence from its dependency tree. A cue is a verb of the cue lexicon (speech, judging,
/// labelling or thought, by form or lemma) outside quotation marks; its content is its clausal complement, its object
/// with an infinitive (<c>urged governors to act</c>), the clause it is a parenthetical of (<c>..., she said</c>), or,
/// after a final colon, the rest of the paragraph. Its speaker is the subject, the agent of a passive, the noun a
/// relative clause modifies, or the subject of the verb it depends on. <c>according to X</c> reports the rest of the
/// sentence. The rule ids are those of <c>attribution-rules.tsv</c>. Cost: one pass over the sentence's words, each
/// looking at its children.
/// </summary>
internal sealed class ReportFinder
{
    /// <summary>Most verbs climbed to find the subject a cue shares (<c>went on to say</c>).</summary>
    private const int MaxSubjectClimb = 3;

    private readonly Document _document;
    private readonly SyntaxLayer _syntax;
    private readonly DependencyTree _tree;
    private readonly CueLexicon _lexicon;
    private readonly bool[] _inQuote;

    public ReportFinder(Document document, CueLexicon lexicon, bool[] inQuote)
    {
        _document = document;
        _syntax = document.Syntax ?? throw new InvalidOperationException("Attribution needs the syntax layer.");
        _tree = _syntax.Tree;
        _lexicon = lexicon;
        _inQuote = inQuote;
    }

    /// <summary>The reports of tokens <c>[a, b)</c>; <paramref name="paragraphEnd"/> bounds a colon-introduced block.</summary>
    public void Find(int a, int b, int paragraphEnd, List<Report> into)
    {
        TokenList tokens = _document.Tokens;
        for (int t = a; t < b; t++)
        {
            if (_inQuote[t] || tokens.Kinds[t] != TokenKind.Word)
            {
                continue;
            }

            if (tokens.CharsAt(t).Equals("according", StringComparison.OrdinalIgnoreCase) && t + 1 < b
                && tokens.CharsAt(t + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                if (AccordingTo(t, a, b) is { } according)
                {
                    into.Add(according);
                }

                continue;
            }

            if (_syntax.Pos(t) != "VERB" || !IsCue(t))
            {
                continue;
            }

            (int head, int first) = Speaker(t);
            (int contentFirst, int contentEnd, string rule) = Content(t, a, b, paragraphEnd);
            into.Add(contentEnd > contentFirst
                ? new Report(t, head, first, contentFirst, contentEnd, rule)
                : new Report(t, head, first, 0, 0, RuleIds.BareCue));
        }
    }

    private bool IsCue(int t)
    {
        const CueClass reporting = CueClass.Speech | CueClass.Accuse | CueClass.Label | CueClass.Thought;
        CueClass cls = _lexicon.ClassOf(_document.Tokens.CharsAt(t)) | _lexicon.ClassOf(_syntax.Lemma(t));
        return (cls & reporting) != 0;
    }

    private (int First, int End, string Rule) Content(int cue, int a, int b, int paragraphEnd)
    {
        int clause = _tree.Child(cue, "ccomp");
        if (clause >= 0)
        {
            return (_tree.SubtreeFirst(clause), _tree.SubtreeEnd(clause), RuleIds.ClausalComplement);
        }

        int infinitive = _tree.Child(cue, "xcomp");
        int addressee = Addressee(cue);
        if (infinitive >= 0 && addressee >= 0 && HasInfinitiveMark(infinitive))
        {
            return (_tree.SubtreeFirst(addressee), _tree.SubtreeEnd(infinitive), RuleIds.ObjectInfinitive);
        }

        // The infinitive is often parsed as a modifier of the object (urged governors [to act]).
        if (addressee >= 0 && _tree.Child(addressee, "acl") is int acl and >= 0 && HasInfinitiveMark(acl) && acl > addressee)
        {
            return (_tree.SubtreeFirst(addressee), _tree.SubtreeEnd(acl), RuleIds.ObjectInfinitive);
        }

        int parenthetical = _tree.Child(cue, "parataxis");
        if (parenthetical > cue && Preceded(parenthetical, ":"))
        {
            return (_tree.SubtreeFirst(parenthetical), _tree.SubtreeEnd(parenthetical), RuleIds.ColonClause);
        }

        // "..., she said": the cue is a parenthetical of the clause it reports.
        int head = _tree.Head(cue);
        if (head >= 0 && head < cue && _tree.Is(cue, "parataxis") && _tree.Child(cue, "nsubj") >= 0)
        {
            return (_tree.SubtreeFirst(head), _tree.SubtreeFirst(cue), RuleIds.ParentheticalCue);
        }

        // "X wrote:" closing the sentence reports the paragraph that follows.
        int last = b - 1;
        if (_document.Tokens.CharsAt(last) is ":" && _tree.SubtreeEnd(cue) >= last && b < paragraphEnd)
        {
            return (b, paragraphEnd, RuleIds.ColonBlock);
        }

        return (0, 0, "");
    }

    private int Addressee(int cue)
    {
        int obj = _tree.Child(cue, "obj");
        if (obj < 0)
        {
            obj = _tree.Child(cue, "iobj");
        }

        if (obj < 0)
        {
            // call on X to ..., appeal to X to ...
            foreach (int c in _tree.Children.Of(cue))
            {
                if (c > cue && _tree.Is(c, "obl") && !_tree.Is(c, "obl:agent"))
                {
                    return c;
                }
            }
        }

        return obj > cue ? obj : -1;
    }

    private bool HasInfinitiveMark(int verb)
    {
        foreach (int c in _tree.Children.Of(verb))
        {
            if (_tree.Is(c, "mark") && _document.Tokens.CharsAt(c).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool Preceded(int token, string mark)
    {
        int first = _tree.SubtreeFirst(token);
        return first > 0 && _document.Tokens.CharsAt(first - 1).SequenceEqual(mark);
    }

    /// <summary>The speaker's head and first token for a cue verb, or (-1, -1).</summary>
    private (int Head, int First) Speaker(int cue)
    {
        int verb = cue;
        for (int climb = 0; climb <= MaxSubjectClimb && verb >= 0; climb++)
        {
            bool passive = false;
            int subject = -1;
            int agent = -1;
            foreach (int c in _tree.Children.Of(verb))
            {
                string r = _tree.Relation(c);
                if (r is "nsubj:pass" or "aux:pass" or "csubj:pass")
                {
                    passive = true;
                }
                else if (r == "nsubj" && subject < 0)
                {
                    subject = c;
                }
                else if (r == "obl:agent" || (r == "obl" && HasCase(c, "by")))
                {
                    agent = c;
                }
            }

            if (passive)
            {
                return agent >= 0 ? (agent, First(agent)) : (-1, -1);
            }

            if (subject >= 0)
            {
                // who said / which stated: the noun the relative clause modifies.
                if (_syntax.Pos(subject) == "PRON" && _tree.Is(verb, "acl") && IsRelativeWord(subject) && _tree.Head(verb) >= 0)
                {
                    int noun = _tree.Head(verb);
                    return (noun, First(noun));
                }

                return (subject, First(subject));
            }

            int head = _tree.Head(verb);
            if (head < 0)
            {
                return (-1, -1);
            }

            // a statement saying ..., an article arguing ...: the noun speaks when it names someone.
            if (_tree.Is(verb, "acl") && _syntax.Pos(head) == "PROPN")
            {
                return (head, First(head));
            }

            if (!(_tree.Is(verb, "xcomp") || _tree.Is(verb, "conj") || _tree.Is(verb, "advcl") || _tree.Is(verb, "acl")))
            {
                return (-1, -1);
            }

            verb = _tree.Is(verb, "acl") ? _tree.Head(head) : head;
        }

        return (-1, -1);
    }

    private Report? AccordingTo(int according, int a, int b)
    {
        // The source is the noun "according" is the case marker of; failing that, the word after "to".
        int source = _tree.Head(according);
        if (source < 0 || source <= according + 1 || _syntax.Pos(source) is not ("NOUN" or "PROPN" or "PRON"))
        {
            source = according + 2 < b ? according + 2 : -1;
        }

        if (source < 0)
        {
            return null;
        }

        int phraseEnd = Math.Max(_tree.SubtreeEnd(source), according + 3);
        phraseEnd = Math.Min(SourceEnd(according + 2, b), phraseEnd < b ? phraseEnd : b);
        int sourceHead = phraseEnd - 1;
        if (according - a >= b - phraseEnd)
        {
            return new Report(according, sourceHead, according + 2, a, according, RuleIds.AccordingTo);
        }

        return new Report(according, sourceHead, according + 2, phraseEnd, b, RuleIds.AccordingTo);
    }

    /// <summary>Where the source phrase after <c>according to</c> ends: at a comma, a clause or the sentence's end.</summary>
    private int SourceEnd(int first, int b)
    {
        TokenList tokens = _document.Tokens;
        int t = first;
        while (t < b && tokens.Kinds[t] != TokenKind.Punctuation && _syntax.Pos(t) is not ("VERB" or "AUX" or "SCONJ"))
        {
            t++;
        }

        return t;
    }

    private int First(int head) => _tree.SubtreeFirst(head);

    private bool HasCase(int noun, string word)
    {
        foreach (int c in _tree.Children.Of(noun))
        {
            if (_tree.Is(c, "case") && _document.Tokens.CharsAt(c).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsRelativeWord(int t) =>
        _document.Tokens.CharsAt(t) is "who" or "that" or "which" or "Who" or "That" or "Which";
}
