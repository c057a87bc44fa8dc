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

    /// <summary>The reports of tokens <c>[a, b)</c>; <paramref name="blockEnd"/> ends what a final colon introduces.</summary>
    public void Find(int a, int b, int blockEnd, List<Report> into)
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

            if (_syntax.Pos(t) == "NOUN" && (NounReport(t, b) ?? NounClause(t)) is { } statement)
            {
                into.Add(statement);
                continue;
            }

            // A verb of the lexicon, or an adjective of it predicating a that-clause (has been clear that ...).
            if (!IsCue(t) || !(_syntax.Pos(t) == "VERB" || (_syntax.Pos(t) == "ADJ" && ThatClauseOf(t) >= 0)))
            {
                continue;
            }

            (int head, int first) = Speaker(t);
            (int contentFirst, int contentEnd, string rule) = Content(t, b, blockEnd);
            into.Add(contentEnd > contentFirst
                ? new Report(t, head, first, contentFirst, contentEnd, rule)
                : new Report(t, head, first, 0, 0, RuleIds.BareCue));

            // said that X ... and that Y ...: a second that-clause coordinated with the first is reported too.
            foreach (int c in _tree.Children.Of(t))
            {
                if (c > contentEnd && contentEnd > contentFirst && _tree.Is(c, "conj") && _tree.Child(c, "nsubj") >= 0
                    && _tree.Child(c, "mark") is int mark and >= 0 && _document.Tokens.CharsAt(mark).Equals("that", StringComparison.OrdinalIgnoreCase))
                {
                    into.Add(new Report(t, head, first, mark, _tree.SubtreeEnd(c), RuleIds.ClausalComplement));
                }
            }
        }
    }

    /// <summary>
    /// A noun naming an utterance followed by its author and a quoted that-clause: <c>the statement by the envoy, Jane
    /// Doe, that "peace is near"</c>. The parse of such long subjects is unreliable, so this rule reads the words: no verb
    /// between the noun and <c>that</c>, and a quotation right after it.
    /// </summary>
    private Report? NounReport(int noun, int b)
    {
        const int window = 16;
        TokenList tokens = _document.Tokens;
        if ((_lexicon.ClassOf(tokens.CharsAt(noun)) & CueClass.Noun) == 0)
        {
            return null;
        }

        int author = -1;
        for (int t = noun + 1; t < b && t <= noun + window; t++)
        {
            if (tokens.CharsAt(t).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                int open = t + 1;
                if (author < 0 || open >= b || tokens.Kinds[open] != TokenKind.Quote)
                {
                    return null;
                }

                int close = open + 1;
                while (close < b && tokens.Kinds[close] != TokenKind.Quote)
                {
                    close++;
                }

                return new Report(noun, author, noun + 1, open, Math.Min(close + 1, b), RuleIds.NounThatQuote);
            }

            if (_syntax.Pos(t) is "VERB" or "AUX" || tokens.Kinds[t] == TokenKind.Quote)
            {
                return null;
            }

            if (_syntax.Pos(t) == "PROPN")
            {
                author = t;
            }
        }

        return null;
    }

    /// <summary>
    /// A noun naming an utterance with a that-clause in the parse: <c>the announcement by the staff that they would
    /// leave</c>, <c>made comments that ...</c>. The speaker is the <c>by</c> phrase, the possessor, or the subject of the
    /// verb the noun is the object of.
    /// </summary>
    private Report? NounClause(int noun)
    {
        if ((_lexicon.ClassOf(_document.Tokens.CharsAt(noun)) & CueClass.Noun) == 0)
        {
            return null;
        }

        int clause = -1;
        foreach (int c in _tree.Children.Of(noun))
        {
            if (c > noun && (_tree.Is(c, "acl") || _tree.Is(c, "ccomp")) && HasMark(c, "that") && _tree.Child(c, "nsubj") >= 0)
            {
                clause = c;
                break;
            }
        }

        // made comments [that ...]: the clause is often attached to the light verb.
        int governor = _tree.Head(noun);
        if (clause < 0 && governor >= 0 && _tree.Is(noun, "obj"))
        {
            foreach (int c in _tree.Children.Of(governor))
            {
                if (c > noun && _tree.Is(c, "ccomp") && HasMark(c, "that"))
                {
                    clause = c;
                    break;
                }
            }
        }

        if (clause < 0)
        {
            return null;
        }

        int speaker = -1;
        foreach (int c in _tree.Children.Of(noun))
        {
            if (_tree.Is(c, "nmod:poss") || (_tree.Is(c, "nmod") && HasCase(c, "by")))
            {
                speaker = c;
                break;
            }
        }

        int verb = _tree.Head(noun);
        if (speaker < 0 && verb >= 0 && _tree.Is(noun, "obj"))
        {
            speaker = _tree.Child(verb, "nsubj");
        }

        return new Report(noun, speaker, speaker >= 0 ? _tree.SubtreeFirst(speaker) : -1,
            _tree.SubtreeFirst(clause), _tree.SubtreeEnd(clause), RuleIds.NounClause);
    }

    private bool IsCue(int t)
    {
        const CueClass reporting = CueClass.Speech | CueClass.Accuse | CueClass.Label | CueClass.Thought;
        CueClass cls = _lexicon.ClassOf(_document.Tokens.CharsAt(t)) | _lexicon.ClassOf(_syntax.Lemma(t));
        return (cls & reporting) != 0;
    }

    private (int First, int End, string Rule) Content(int cue, int b, int blockEnd)
    {
        // The infinitive is an xcomp, or an advcl when the addressee is an oblique (calling on governors [to act]).
        int addressee = Addressee(cue);
        int infinitive = _tree.Child(cue, "xcomp");
        if (infinitive < 0 && addressee >= 0 && _tree.Child(cue, "advcl") is int advcl and >= 0 && advcl > addressee && HasInfinitiveMark(advcl))
        {
            infinitive = advcl;
        }

        if (infinitive >= 0 && addressee >= 0 && addressee < infinitive && HasInfinitiveMark(infinitive))
        {
            return (AfterCase(addressee), _tree.SubtreeEnd(infinitive), RuleIds.ObjectInfinitive);
        }

        // The infinitive is often parsed as a modifier of the object (urged governors [to act]); verbs of judging take
        // "of" or "for" there (accused the council [of hiding the costs]).
        if (addressee >= 0 && _tree.Child(addressee, "acl") is int acl and >= 0 && acl > addressee
            && (HasInfinitiveMark(acl) || (IsJudging(cue) && (HasMark(acl, "of") || HasMark(acl, "for")))))
        {
            return (AfterCase(addressee), _tree.SubtreeEnd(acl), RuleIds.ObjectInfinitive);
        }

        int clause = ContentClause(cue);
        if (clause >= 0)
        {
            return (_tree.SubtreeFirst(clause), _tree.SubtreeEnd(clause), RuleIds.ClausalComplement);
        }

        // A speech verb's own infinitive, with no addressee: pledged [to invest], vowed [to act], committed [to provide].
        if (infinitive >= 0 && addressee < 0 && infinitive > cue && HasInfinitiveMark(infinitive) && IsSpeechVerb(cue)
            && _tree.Child(cue, "aux:pass") < 0)
        {
            return (_tree.SubtreeFirst(infinitive), _tree.SubtreeEnd(infinitive), RuleIds.SpeakerInfinitive);
        }

        // Verbs of judging with an "as" complement: condemned the raids [as unlawful] reports the object and verdict.
        if (addressee >= 0 && IsJudging(cue) && AsComplement(cue, addressee) is int verdict and >= 0)
        {
            return (AfterCase(addressee), Math.Max(_tree.SubtreeEnd(verdict), _tree.SubtreeEnd(addressee)), RuleIds.ObjectComplement);
        }

        // "noted that ..." where the parse lost the clause: the words after "that" to the end of the sentence.
        if (ThatAfter(cue, b) is int that and >= 0 && that + 1 < b)
        {
            return (that + 1, b, RuleIds.ThatClause);
        }

        int parenthetical = _tree.Child(cue, "parataxis");
        if (parenthetical > cue && Preceded(parenthetical, ":"))
        {
            return (_tree.SubtreeFirst(parenthetical), _tree.SubtreeEnd(parenthetical), RuleIds.ColonClause);
        }

        // "As X said, ...": the cue is an "as" clause of the clause it reports.
        int head = _tree.Head(cue);
        if (head > cue && _tree.Is(cue, "advcl") && HasMark(cue, "as") && _tree.SubtreeEnd(cue) < _tree.SubtreeEnd(head))
        {
            return (_tree.SubtreeEnd(cue), _tree.SubtreeEnd(head), RuleIds.AsParenthetical);
        }

        // "..., she said": the cue is a parenthetical of the clause it reports.
        if (head >= 0 && head < cue && _tree.Is(cue, "parataxis") && _tree.Child(cue, "nsubj") >= 0)
        {
            return (_tree.SubtreeFirst(head), _tree.SubtreeFirst(cue), RuleIds.ParentheticalCue);
        }

        // Directives with "for": called for [a ceasefire, for relief], asked for [more time].
        if (IsDirective(cue) && ForComplement(cue) is (int forFirst and >= 0, int forEnd))
        {
            return (forFirst, forEnd, RuleIds.ForComplement);
        }

        // "X wrote:" closing the sentence reports the paragraph that follows.
        int last = b - 1;
        if (_document.Tokens.CharsAt(last) is ":" && _tree.SubtreeEnd(cue) >= last && b < blockEnd)
        {
            return (b, blockEnd, RuleIds.ColonBlock);
        }

        return (0, 0, "");
    }

    private bool IsSpeechVerb(int cue) =>
        ((_lexicon.ClassOf(_document.Tokens.CharsAt(cue)) | _lexicon.ClassOf(_syntax.Lemma(cue))) & CueClass.Speech) != 0;

    private bool IsDirective(int cue) =>
        ((_lexicon.ClassOf(_document.Tokens.CharsAt(cue)) | _lexicon.ClassOf(_syntax.Lemma(cue))) & CueClass.Directive) != 0;

    /// <summary>The span of the cue's "for" obliques after it (all of them: for a ceasefire, for relief), or (-1, -1).</summary>
    private (int First, int End) ForComplement(int cue)
    {
        int first = -1, end = -1;
        foreach (int c in _tree.Children.Of(cue))
        {
            if (c > cue && _tree.Is(c, "obl") && HasCase(c, "for") && _syntax.Pos(c) is "NOUN" or "PROPN")
            {
                first = first < 0 ? AfterCase(c) : first;
                end = _tree.SubtreeEnd(c);
            }
        }

        return (first, end);
    }

    /// <summary>The that-clause an adjective predicates (subject or complement clause), or -1.</summary>
    private int ThatClauseOf(int adjective)
    {
        foreach (int c in _tree.Children.Of(adjective))
        {
            if ((_tree.Is(c, "ccomp") || _tree.Is(c, "csubj")) && c > adjective && HasMark(c, "that"))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The cue's content clause: a clausal complement that is neither a question nor an adverbial clause, or -1.</summary>
    private int ContentClause(int cue)
    {
        // A complement after the cue first: one before it is often an adverbial clause the parser took for content.
        int before = -1;
        foreach (int c in _tree.Children.Of(cue))
        {
            // A complement clause, or a bare clause parsed as a predicate complement with its own subject
            // (studies have found [straws contain chemicals]).
            bool clause = _tree.Is(c, "ccomp") || (_tree.Is(c, "xcomp") && _tree.Child(c, "nsubj") >= 0)
                || (_tree.Is(c, "csubj") && _syntax.Pos(cue) == "ADJ");
            if (!clause || IsEmbeddedQuestion(c))
            {
                continue;
            }

            int mark = _tree.Child(c, "mark");
            if (mark < 0 || _document.Tokens.CharsAt(mark).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                if (c > cue)
                {
                    return c;
                }

                before = before < 0 ? c : before;
            }
        }

        return before;
    }

    /// <summary>A complement introduced by "as" after the object (a predicate, clause or oblique), or -1.</summary>
    private int AsComplement(int cue, int obj)
    {
        foreach (int c in _tree.Children.Of(cue))
        {
            if (c > obj && (_tree.Is(c, "xcomp") || _tree.Is(c, "advcl") || _tree.Is(c, "obl"))
                && (HasMark(c, "as") || HasCase(c, "as")))
            {
                return c;
            }
        }

        // The verdict parsed inside the object's phrase (condemned the policy of deportation [as unfair]).
        for (int t = obj + 1; t < _tree.SubtreeEnd(obj); t++)
        {
            if ((_tree.Is(t, "case") || _tree.Is(t, "mark")) && _document.Tokens.CharsAt(t).Equals("as", StringComparison.OrdinalIgnoreCase))
            {
                return obj;
            }
        }

        return -1;
    }

    /// <summary>The token "that" within a few words after the cue, with no verb or punctuation between, or -1.</summary>
    private int ThatAfter(int cue, int b)
    {
        const int window = 5;
        TokenList tokens = _document.Tokens;
        for (int t = cue + 1; t < b && t <= cue + window; t++)
        {
            if (tokens.CharsAt(t).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }

            if (tokens.Kinds[t] != TokenKind.Word || _syntax.Pos(t) is "VERB" or "AUX")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The first token of a noun phrase without its preposition (<c>on governors</c> -> <c>governors</c>).</summary>
    private int AfterCase(int noun)
    {
        int first = _tree.SubtreeFirst(noun);
        while (first < noun && _tree.Is(first, "case"))
        {
            first++;
        }

        return first;
    }

    /// <summary>True for an embedded question (<c>asked whether ...</c>, <c>how ...</c>): a question reports no content.</summary>
    private bool IsEmbeddedQuestion(int clause)
    {
        int first = _tree.SubtreeFirst(clause);
        string tag = _syntax.Tag(first);
        return tag is "WDT" or "WP" or "WP$" or "WRB"
            || _document.Tokens.CharsAt(first).Equals("whether", StringComparison.OrdinalIgnoreCase)
            || (_document.Tokens.CharsAt(first).Equals("if", StringComparison.OrdinalIgnoreCase) && _tree.Is(first, "mark"));
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

    private bool HasInfinitiveMark(int verb) => HasMark(verb, "to");

    private bool HasMark(int verb, string word)
    {
        foreach (int c in _tree.Children.Of(verb))
        {
            if (_tree.Is(c, "mark") && _document.Tokens.CharsAt(c).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsJudging(int cue) =>
        ((_lexicon.ClassOf(_document.Tokens.CharsAt(cue)) | _lexicon.ClassOf(_syntax.Lemma(cue))) & CueClass.Accuse) != 0;

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
                // Passive only with a passive auxiliary: the labeller sometimes calls an active subject nsubj:pass.
                string r = _tree.Relation(c);
                if (r is "aux:pass")
                {
                    passive = true;
                }
                else if (r is "nsubj" or "nsubj:pass" && subject < 0)
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

            // Inverted after a quotation: "...," countered Beatriz Santos (often parsed as the cue's object).
            if (verb == cue && cue > 0 && _document.Tokens.Kinds[cue - 1] is TokenKind.Punctuation or TokenKind.Quote
                && _tree.Child(cue, "obj") is int inverted and >= 0 && _tree.SubtreeFirst(inverted) == cue + 1
                && _syntax.Pos(inverted) == "PROPN")
            {
                return (inverted, cue + 1);
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
        // According to the league's coach, Omar Haidari, ...: the apposition is part of the source.
        if (phraseEnd + 1 < b && _document.Tokens.CharsAt(phraseEnd) is "," && _tree.Head(phraseEnd + 1) >= 0
            && Appositive(phraseEnd, source) is int appos and >= 0)
        {
            phraseEnd = Math.Min(_tree.SubtreeEnd(appos), b);
        }

        int sourceHead = phraseEnd - 1;
        if (according - a >= b - phraseEnd)
        {
            return new Report(according, sourceHead, according + 2, a, according, RuleIds.AccordingTo);
        }

        return new Report(according, sourceHead, according + 2, phraseEnd, b, RuleIds.AccordingTo);
    }

    /// <summary>The apposition of <paramref name="source"/> right after the comma at <paramref name="comma"/>, or -1.</summary>
    private int Appositive(int comma, int source)
    {
        foreach (int c in _tree.Children.Of(source))
        {
            if (_tree.Is(c, "appos") && _syntax.Pos(c) is "PROPN" or "NOUN"
                && (_tree.SubtreeFirst(c) == comma || _tree.SubtreeFirst(c) == comma + 1))
            {
                return c;
            }
        }

        return -1;
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
