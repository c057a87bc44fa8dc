using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <summary>The content rules of <see cref="ReportFinder"/>: what a cue verb reports, read off its children.</summary>
internal sealed partial class ReportFinder
{
    private (int First, int End, string Rule) Content(int cue, int b, int blockEnd)
    {
        (int First, int End, string Rule) content = ContentOfCue(cue, b, blockEnd);

        // denied reports that ..., rejected the claim that ...: a clause after the object of a verb of denying is what the
        // object says, which the subject disputes; the verb reports none of it (but its own words after a colon: denied
        // the allegations: "...").
        if (content.Rule is RuleIds.ClausalComplement or RuleIds.ThatClause && (CueClassOf(cue) & CueClass.Rebut) != 0 && _tree.Child(cue, "obj") is int obj && obj > cue
            && obj < content.First && _syntax.Pos(obj) == "NOUN")
        {
            return (0, 0, "");
        }

        return content;
    }

    private (int First, int End, string Rule) ContentOfCue(int cue, int b, int blockEnd)
    {
        // The infinitive is an xcomp, or an advcl when the addressee is an oblique (calling on governors [to act]).
        int addressee = Addressee(cue);
        int infinitive = _tree.Child(cue, "xcomp");
        if (infinitive < 0 && addressee >= 0 && _tree.Child(cue, "advcl") is int advcl and >= 0 && advcl > addressee && HasInfinitiveMark(advcl))
        {
            infinitive = advcl;
        }

        if (infinitive >= 0 && addressee >= 0 && addressee < infinitive && HasInfinitiveMark(infinitive) && IsBid(cue, addressee))
        {
            return (AfterCase(addressee), _tree.SubtreeEnd(infinitive), RuleIds.ObjectInfinitive);
        }

        // The infinitive is often parsed as a modifier of the object (urged governors [to act], stressed the need [to
        // act], criticised a move [to suspend the rules]), after a verb of bidding, speech or judging: after a verb of
        // finding or showing it is the noun's (found ways [to evade the sanctions]); verbs of judging also take "of" or
        // "for" there (accused the council [of hiding the costs]). A passive verb's object is a second object, what was
        // given or withheld (were denied the right to vote, were promised a chance to compete): that reports nothing.
        if (addressee >= 0 && _tree.Child(addressee, "acl") is int acl and >= 0 && acl > addressee && _tree.Child(cue, "aux:pass") < 0
            && ((HasInfinitiveMark(acl) && (IsBid(cue, addressee) || IsSpeechVerb(cue) || IsJudging(cue)))
                || (IsJudging(cue) && (HasMark(acl, "of") || HasMark(acl, "for")))))
        {
            return (AfterCase(addressee), _tree.SubtreeEnd(acl), RuleIds.ObjectInfinitive);
        }

        // Two addressees: the infinitive hangs on the last (calling on the Secretary and the AG [to conduct the review]),
        // or the parser coordinated it with the cue (asking the Secretary and the Attorney General [to review ...]).
        if (addressee >= 0 && IsBid(cue, addressee) && BiddenInfinitiveOfCoordination(cue, addressee) is int bidden and >= 0)
        {
            return (AfterCase(addressee), _tree.SubtreeEnd(bidden), RuleIds.ObjectInfinitive);
        }

        int clause = ContentClause(cue);
        if (clause >= 0)
        {
            int reported = clause > cue && ThatClauseOpening(clause) is int inner and >= 0 ? inner : clause;
            return (_tree.SubtreeFirst(reported), _tree.SubtreeEnd(reported), RuleIds.ClausalComplement);
        }

        if (ClauseInOblique(cue) is int hung and >= 0)
        {
            return (_tree.SubtreeFirst(hung), _tree.SubtreeEnd(hung), RuleIds.ObliqueClause);
        }

        // A speech verb's own infinitive, with no addressee: pledged [to invest], vowed [to act], committed [to provide].
        // A verb of bidding with no one bidden asks for the speaker's own turn (asked not to be named, begged to be
        // excused), which reports nothing.
        if (infinitive >= 0 && addressee < 0 && infinitive > cue && HasInfinitiveMark(infinitive) && IsSpeechVerb(cue)
            && _tree.Child(cue, "aux:pass") < 0 && (CueClassOf(cue) & (CueClass.Bid | CueClass.ObliqueBid)) == 0)
        {
            return (_tree.SubtreeFirst(infinitive), _tree.SubtreeEnd(infinitive), RuleIds.SpeakerInfinitive);
        }

        // Verbs of judging with an "as" complement: condemned the raids [as unlawful] reports the object and verdict.
        if (addressee >= 0 && IsJudging(cue) && AsComplement(cue, addressee) is int verdict and >= 0)
        {
            return (AfterCase(addressee), Math.Max(_tree.SubtreeEnd(verdict), _tree.SubtreeEnd(addressee)), RuleIds.ObjectComplement);
        }

        // "noted that ..." where the parse lost the clause: the words after "that" to the end of the sentence, or to a
        // verb coordinated with the cue (said that ..., and warned that ...: the second report is its own).
        if (ThatAfter(cue, b) is int that and >= 0 && that + 1 < b)
        {
            int end = b;
            foreach (int c in _tree.Children.Of(cue))
            {
                if (c > that + 1 && _tree.Is(c, "conj") && _syntax.Pos(c) == "VERB")
                {
                    end = Math.Min(end, _tree.SubtreeFirst(c));
                }
            }

            return (that + 1, end, RuleIds.ThatClause);
        }

        // A clause after a colon, or after a comma when the verb takes a bare clause (Some might say, we cannot afford it),
        // that the parser hung on the cue as parataxis; it needs its own subject.
        int parenthetical = _tree.Child(cue, "parataxis");
        if (parenthetical > cue && (Preceded(parenthetical, ":")
            || ((CueClassOf(cue) & CueClass.BareClause) != 0 && Preceded(parenthetical, ",") && _tree.SubtreeFirst(parenthetical) <= cue + 2
                && _tree.Child(parenthetical, "nsubj") >= 0)))
        {
            return (_tree.SubtreeFirst(parenthetical), _tree.SubtreeEnd(parenthetical), RuleIds.ColonClause);
        }

        int head = _tree.Head(cue);
        if (AsClauseContent(cue, head, b) is (int asFirst, int asEnd))
        {
            return (asFirst, asEnd, RuleIds.AsParenthetical);
        }

        // "..., she said": the cue is a parenthetical of the clause it reports; after a comma the parser also makes it that
        // clause's complement or a conjunct with no coordinator (The bank will raise rates, its chair told reporters), when it
        // has no clause of its own and the clause is not quoted (a quotation's cue after it is cue-near-quote's).
        // (Not a relative clause's verb: "The director, who asked not to be named, said ..." reports nothing of "asked";
        // nor a verb of finding or showing with an object of its own: "..., it doesn't indicate a willingness to talk"; a
        // speech verb's object is only its addressee: "..., she told reporters", not "..., the economy added jobs"; nor a
        // clause after a colon, which the words before it introduce: "Protect Our Planet: The leaders will commit to ...";
        // nor a clause a wh-word opens, which the parse took for a conjunct: "..., where he advised officials on ...".)
        if (head >= 0 && head < cue && _tree.Child(cue, "nsubj") is int parentheticalSubject and >= 0 && !IsRelativeWord(parentheticalSubject)
            && !Preceded(cue, ":") && !HasWhWordBefore(cue)
            && (_tree.Child(cue, "obj") is var parentheticalObject && (parentheticalObject < 0 || (IsSpeechVerb(cue) && ((CueClassOf(cue) & CueClass.Bid) != 0 || IsAddresseeWord(parentheticalObject)))))
            && (_tree.Is(cue, "parataxis")
                || ((_tree.Is(cue, "ccomp") || (_tree.Is(cue, "conj") && _tree.Child(cue, "cc") < 0)) && IsSpeechVerb(cue)
                    && Preceded(cue, ",") && !HasClause(cue) && !_inQuote[head])))
        {
            return (_tree.SubtreeFirst(head), _tree.SubtreeFirst(cue), RuleIds.ParentheticalCue);
        }

        // "The economy, experts say, is slowing": a parenthetical set off by commas inside the clause it reports; the
        // content is that clause's words after it (those before are often an adverbial alone: After all, they say, ...).
        if (head > cue && _tree.Is(cue, "parataxis") && _tree.Child(cue, "nsubj") >= 0 && IsSpeechVerb(cue)
            && InCommas(cue, b) is int after and >= 0 && after < _tree.SubtreeEnd(head))
        {
            return (after, _tree.SubtreeEnd(head), RuleIds.ParentheticalCue);
        }

        // Directives with "for": called for [a ceasefire, for relief], asked for [more time].
        if (IsDirective(cue) && ForComplement(cue) is (int forFirst and >= 0, int forEnd))
        {
            return (forFirst, forEnd, RuleIds.ForComplement);
        }

        // A verb whose noun-phrase object is what it reports: estimated [losses of 0.4 percent], announced [plans for ...].
        if ((CueClassOf(cue) & CueClass.ObjectContent) != 0 && _tree.Child(cue, "obj") is int obj and >= 0 && obj > cue
            && _syntax.Pos(obj) == "NOUN" && !Resolution.PersonNouns.Contains(_syntax.Lemma(obj)))
        {
            return (_tree.SubtreeFirst(obj), _tree.SubtreeEnd(obj), RuleIds.ObjectContent);
        }

        // "X wrote:" closing the sentence reports the paragraph that follows.
        int last = b - 1;
        if (_document.Tokens.CharsAt(last) is ":" && _tree.SubtreeEnd(cue) >= last && b < blockEnd)
        {
            return (b, blockEnd, RuleIds.ColonBlock);
        }

        // A verb of labelling or declaring with a quoted predicate after its object (called the plan "a fig leaf").
        if (QuotedLabel(cue, b) is (int labelFirst, int labelEnd))
        {
            return (labelFirst, labelEnd, RuleIds.QuotedLabel);
        }

        return (0, 0, "");
    }

    private bool IsSpeechVerb(int cue) => (CueClassOf(cue) & CueClass.Speech) != 0;

    private bool IsDirective(int cue) => (CueClassOf(cue) & CueClass.Directive) != 0;

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

    /// <summary>Where the words after a cue set off by commas start (<c>, experts say, is ...</c>), or -1 when the cue's
    /// phrase is not between two commas.</summary>
    private int InCommas(int cue, int b)
    {
        TokenList tokens = _document.Tokens;
        int first = _tree.SubtreeFirst(cue), end = _tree.SubtreeEnd(cue);
        bool before = tokens.CharsAt(first) is "," || (first > 0 && tokens.CharsAt(first - 1) is ",");
        if (!before || end > b)
        {
            return -1;
        }

        return tokens.CharsAt(end - 1) is "," ? end : end < b && tokens.CharsAt(end) is "," ? end + 1 : -1;
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
            // Only an asker the sentence names: "Asked whether she would run, Weiss replied ..." reports the reply.
            bool asks = (CueClassOf(cue) & CueClass.Question) != 0 && _tree.Child(cue, "nsubj") >= 0;
            bool clause = _tree.Is(c, "ccomp") || (_tree.Is(c, "xcomp") && _tree.Child(c, "nsubj") >= 0)
                || (_tree.Is(c, "csubj") && _syntax.Pos(cue) == "ADJ") || IsMisparsedThatClause(cue, c) || IsSubjectReadAsObject(cue, c)
                || IsClauseReadAsObject(cue, c)
                || (asks && c > cue && _tree.Is(c, "advcl") && _tree.Child(c, "nsubj") >= 0 && IsEmbeddedQuestion(c));
            // A clause opening with the cue's inverted subject is the narrative going on, not the content.
            if (!clause || (IsEmbeddedQuestion(c) && !asks) || IsInvertedSubject(cue, c)
                || (c > cue && _tree.SubtreeFirst(c) == cue + 1 && InvertedSubjectBeforeClause(cue, quotationAfter: false) >= 0))
            {
                continue;
            }

            int mark = _tree.Child(c, "mark");
            if (mark < 0 || (_document.Tokens.CharsAt(mark).Equals("that", StringComparison.OrdinalIgnoreCase) && !IsSubordinatorThat(mark))
                || (asks && _document.Tokens.CharsAt(mark) is "if" or "whether" or "If" or "Whether"))
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

    /// <summary>
    /// A that-clause with its own subject that the parser hung on the noun of an oblique phrase after the cue, as a
    /// clausal modifier: said [in a statement on Tuesday] that ..., told reporters [at a news conference] that ....
    /// Only phrases of medium, place, time or addressee (in, at, on, to, during): after "about" or "of" the clause is the
    /// content of that noun (spoke about reports that ...), not of the cue. Returns -1 when there is none.
    /// </summary>
    private int ClauseInOblique(int cue)
    {
        const int ObliqueClauseReach = 12;
        foreach (int child in _tree.Children.Of(cue))
        {
            // The phrase is the cue's oblique, or hangs on its addressee (told reporters [at a news conference] that ...).
            int c = child;
            if (c > cue && _tree.Is(c, "obj") && _tree.Child(c, "nmod") is int nmod and > 0 && nmod > c)
            {
                c = nmod;
            }

            if (c < cue || !(_tree.Is(c, "obl") || _tree.Is(c, "nmod"))
                || !(HasCase(c, "in") || HasCase(c, "at") || HasCase(c, "on") || HasCase(c, "to") || HasCase(c, "during")))
            {
                continue;
            }

            // The clause's "that" sits a few words after the phrase's noun; a bounded look keeps a run-on sentence linear.
            for (int t = c + 1; t < _tree.SubtreeEnd(c) && t <= c + ObliqueClauseReach; t++)
            {
                int clause = _tree.Head(t);
                if (_tree.Is(t, "mark") && _document.Tokens.CharsAt(t).Equals("that", StringComparison.OrdinalIgnoreCase)
                    && clause > t && clause < _tree.SubtreeEnd(c) && _tree.Is(clause, "acl")
                    && (_tree.Child(clause, "nsubj") >= 0 || _tree.Child(clause, "nsubj:pass") >= 0) && !IsEmbeddedQuestion(clause))
                {
                    return clause;
                }
            }
        }

        return -1;
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
            if (_syntax.Pos(t) is "ADP" or "SCONJ" && _document.Tokens.CharsAt(t).Equals("as", StringComparison.OrdinalIgnoreCase))
            {
                return obj;
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

    /// <summary>True when <paramref name="noun"/> can be whom a speech verb addresses: a pronoun, a name or a person noun
    /// (a verb that also bids, as tell and warn do, takes any addressee: told the committee).</summary>
    private bool IsAddresseeWord(int noun) =>
        _syntax.Pos(noun) is "PRON" or "PROPN" || (_syntax.Pos(noun) == "NOUN" && Resolution.PersonNouns.Contains(_syntax.Lemma(noun)));

    /// <summary>True for an embedded question (<c>asked whether ...</c>, <c>how ...</c>): a question reports no content.</summary>
    private bool IsEmbeddedQuestion(int clause)
    {
        // A determiner "that" asks nothing, whatever its tag: after a closing quotation mark the tagger reads a complement's
        // "that" as a wh-determiner (told CNN's "State of the Union" that inflation was easing). A relative "that" still
        // counts (it's the court that has recognized ...).
        int first = _tree.SubtreeFirst(clause);
        string tag = _syntax.Tag(first);
        return (PennTags.IsWhWord(tag) && !(_tree.Is(first, "det") && _document.Tokens.CharsAt(first).Equals("that", StringComparison.OrdinalIgnoreCase)))
            || _document.Tokens.CharsAt(first).Equals("whether", StringComparison.OrdinalIgnoreCase)
            || (_document.Tokens.CharsAt(first).Equals("if", StringComparison.OrdinalIgnoreCase) && _tree.Is(first, "mark"));
    }

    /// <summary>True when a dependent of <paramref name="verb"/> before it is a wh-word (<c>where</c>, <c>when</c>,
    /// <c>which</c>, <c>who</c>): the verb heads a relative or adverbial clause, not a parenthetical.</summary>
    private bool HasWhWordBefore(int verb)
    {
        foreach (int c in _tree.Children.Of(verb))
        {
            if (c < verb && PennTags.IsWhWord(_syntax.Tag(c)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasInfinitiveMark(int verb) => HasMark(verb, "to");

    private bool HasMark(int verb, string word) => _tree.HasChildWord(verb, "mark", word);

    private bool IsJudging(int cue) => (CueClassOf(cue) & CueClass.Accuse) != 0;

    private bool HasClause(int verb)
    {
        foreach (int c in _tree.Children.Of(verb))
        {
            if (_tree.Relation(c) is "ccomp" or "xcomp" or "csubj" or "parataxis")
            {
                return true;
            }
        }

        return false;
    }

    private bool Preceded(int token, string mark)
    {
        // The mark may be the first token of the subtree (attached as its punctuation) or the token before it.
        int first = _tree.SubtreeFirst(token);
        return _document.Tokens.CharsAt(first).SequenceEqual(mark) || (first > 0 && _document.Tokens.CharsAt(first - 1).SequenceEqual(mark));
    }

    private bool IsAddressee(int subject) => subject >= 0 && _document.Tokens.CharsAt(subject).Equals("you", StringComparison.OrdinalIgnoreCase);
}
