using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <summary>The that-clauses of a cue that the parser hung elsewhere.</summary>
internal sealed partial class ReportFinder
{
    /// <summary>
    /// The clause the "that" opening <paramref name="clause"/> marks, when the parser made it an adverbial clause of a
    /// later main clause (When Weiss said [that the plan had failed], the council voted ...: "voted" parsed as the cue's
    /// complement): a "that" belongs to the clause it marks, and the clause after it is not reported. Only when the
    /// marked clause's subject comes right after "that", so a subordinator in between (that when prices rise, ...) keeps
    /// the parse. Returns -1 otherwise.
    /// </summary>
    private int ThatClauseOpening(int clause)
    {
        int that = _tree.SubtreeFirst(clause);
        if (!_tree.Is(that, "mark") || !_document.Tokens.CharsAt(that).Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        int inner = _tree.Head(that);
        return inner != clause && inner < clause && _tree.Head(inner) == clause && _tree.Is(inner, "advcl")
            && _tree.Child(inner, "nsubj") is int subject and >= 0 && _tree.SubtreeFirst(subject) == that + 1 ? inner : -1;
    }

    /// <summary>
    /// A that-clause after the cue that the parser took for an adverbial clause (confessed to the gentleman from Texas
    /// [that he had not read the bill]): its "that" follows the cue itself or a noun phrase. After an adverb,
    /// adjective or preposition "that" is part of a subordinator (so that, such that, now that, in that).
    /// </summary>
    private bool IsMisparsedThatClause(int cue, int clause)
    {
        if (clause < cue || !_tree.Is(clause, "advcl") || _tree.Child(clause, "nsubj") < 0)
        {
            return false;
        }

        int mark = _tree.Child(clause, "mark");
        if (mark <= cue || !_document.Tokens.CharsAt(mark).Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int before = mark - 1;
        return before == cue || _syntax.Pos(before) is "NOUN" or "PROPN" or "PRON" or "NUM";
    }

    /// <summary>
    /// True when <paramref name="obj"/>, the object of a cue that takes a bare clause, is the subject of a finite verb the
    /// parse hung on it as a clausal modifier (said [the tariffs "will hurt farmers"]: <c>hurt</c> an acl of
    /// <c>tariffs</c>). A finite clausal modifier with no subject, relative word or subordinator of its own is no noun
    /// modifier (3 of the 3,090 acl arcs of EWT and GUM gold have a modal or a present-tense verb and none of these).
    /// A quotation opening on the verb also gets it read as an apposition of the noun, or the noun as a second subject of
    /// the cue after it (said the plan "will cut costs"): the same clause, when the cue has its own subject before it.
    /// </summary>
    private bool IsSubjectReadAsObject(int cue, int obj)
    {
        bool secondSubject = _tree.Is(obj, "nsubj") && HasSubjectBefore(cue);
        if (obj < cue || !(_tree.Is(obj, "obj") || secondSubject) || (CueClassOf(cue) & CueClass.BareClause) == 0
            || _syntax.Pos(obj) is not ("NOUN" or "PROPN" or "PRON"))
        {
            return false;
        }

        foreach (int verb in _tree.Children.Of(obj))
        {
            string relation = _tree.Relation(verb);
            bool quotedVerb = QuotationOpensOn(verb);
            if (verb > obj && (relation == "acl" || (relation == "appos" && quotedVerb)) && (!secondSubject || quotedVerb)
                && _syntax.Pos(verb) is "VERB" or "AUX" && IsFiniteWithoutSubject(verb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="obj"/>, the noun object of a cue that takes a bare clause, has a subject of its own and no
    /// copula: a finite verb the tagger read as a noun, heading the reported clause (insists [the program works], with
    /// <c>works</c> a plural noun). None of the 12,735 noun objects of EWT and GUM gold has a subject without a copula.
    /// </summary>
    private bool IsClauseReadAsObject(int cue, int obj) =>
        obj > cue && _tree.Is(obj, "obj") && (CueClassOf(cue) & CueClass.BareClause) != 0 && _syntax.Pos(obj) is "NOUN" or "PROPN"
        && HasSubjectBefore(obj, int.MaxValue) && _tree.Child(obj, "cop") < 0;

    /// <summary>True when <paramref name="cue"/> has a subject before it.</summary>
    private bool HasSubjectBefore(int cue) => HasSubjectBefore(cue, cue);

    /// <summary>True when <paramref name="head"/> has a subject before token <paramref name="limit"/>.</summary>
    private bool HasSubjectBefore(int head, int limit)
    {
        foreach (int c in _tree.Children.Of(head))
        {
            if (c < limit && _tree.Relation(c).StartsWith("nsubj", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a quotation opens inside <paramref name="verb"/>'s phrase, at the verb or an auxiliary before it
    /// (<c>the plan "will cut costs"</c>, <c>the policy would "damage investment"</c>): the verb is quoted and the word
    /// before its phrase is not.</summary>
    private bool QuotationOpensOn(int verb)
    {
        TokenList tokens = _document.Tokens;
        int before = _tree.SubtreeFirst(verb) - 1;
        while (before >= _sentenceStart && tokens.Kinds[before] != TokenKind.Word)
        {
            before--;
        }

        return _inQuote[verb] && (before < _sentenceStart || !_inQuote[before]);
    }

    /// <summary>True for a verb with a modal auxiliary or a present-tense form and no subject, relative word or marker.</summary>
    private bool IsFiniteWithoutSubject(int verb)
    {
        bool finite = _syntax.Tag(verb) is "VBZ" or "VBP";
        foreach (int c in _tree.Children.Of(verb))
        {
            string r = _tree.Relation(c);
            if (r.StartsWith("nsubj", StringComparison.Ordinal) || r is "expl" or "mark" || IsRelativeWord(c))
            {
                return false;
            }

            finite |= r == "aux" && _syntax.Tag(c) == "MD";
        }

        return finite;
    }

    /// <summary>A clause opened by "that" with its own subject starting at most eight words after <paramref name="from"/>,
    /// with no verb or punctuation but a comma on the way; -1 when there is none.</summary>
    private int ThatClauseAfter(int from)
    {
        const int maxGap = 8;
        TokenList tokens = _document.Tokens;
        for (int t = from; t < tokens.Count && t <= from + maxGap; t++)
        {
            if (tokens.CharsAt(t).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                int clause = _tree.Head(t);
                return _tree.Is(t, "mark") && clause > t && _tree.SubtreeFirst(clause) == t
                    && (_tree.Child(clause, "nsubj") >= 0 || _tree.Child(clause, "expl") >= 0) ? clause : -1;
            }

            if (_syntax.Pos(t) is "VERB" or "AUX" || (tokens.Kinds[t] != TokenKind.Word && tokens.CharsAt(t) is not ","))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The token "that" within a few words after the cue, with no verb or punctuation between, or after a phrase set off
    /// by commas (<c>has said repeatedly, in interviews and in Parliament, that ...</c>), or -1. A day among the words lets
    /// the gap run longer: news puts the addressee, the day and the place between the cue and its clause (<c>told the
    /// U.N. General Assembly Wednesday that ...</c>), where a longer run without one is mostly a noun phrase that the
    /// "that" modifies (<c>tells us about a hotel that ...</c>).
    /// </summary>
    private int ThatAfter(int cue, int b)
    {
        const int window = 5;
        const int windowWithDay = 9;
        TokenList tokens = _document.Tokens;
        bool day = false;
        for (int t = cue + 1; t < b && t <= cue + windowWithDay; t++)
        {
            day |= NumericLexicon.IsDayWord(tokens.CharsAt(t));
            if (t > cue + window && !day)
            {
                return -1;
            }

            if (tokens.CharsAt(t).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return IsComplementThat(t, b) ? t : -1;
            }

            if (tokens.CharsAt(t) is ",")
            {
                return ThatAfterInterruption(t, b);
            }

            if (tokens.Kinds[t] != TokenKind.Word || _syntax.Pos(t) is "VERB" or "AUX")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A "that" right after the comma closing a phrase that opens at the comma <paramref name="comma"/>: a bounded run of
    /// words with no finite verb, other punctuation or quotation mark, so a clause of its own is never skipped; or -1.
    /// </summary>
    private int ThatAfterInterruption(int comma, int b)
    {
        const int longestInterruption = 24;
        TokenList tokens = _document.Tokens;
        for (int t = comma + 1; t + 1 < b && t <= comma + longestInterruption; t++)
        {
            if (tokens.CharsAt(t) is ",")
            {
                return t > comma + 1 && tokens.CharsAt(t + 1).Equals("that", StringComparison.OrdinalIgnoreCase) && IsComplementThat(t + 1, b) ? t + 1 : -1;
            }

            if (tokens.Kinds[t] != TokenKind.Word && tokens.Kinds[t] != TokenKind.Number || IsFinite(t))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True for a finite verb or auxiliary (Penn VBD, VBZ, VBP, MD): a clause of its own.</summary>
    private bool IsFinite(int t) => _syntax.Tag(t) is "VBD" or "VBZ" or "VBP" or "MD";

    /// <summary>
    /// True when the "that" at <paramref name="t"/> opens a clause with its own subject. A "that" right before its clause's
    /// verb is a relative pronoun (the standards that have afforded ..., the costs that arise ...); a verb-tagged word
    /// followed by another verb is that clause's subject (found that costs had doubled, "costs" tagged VBZ); "so that" and
    /// "now that" are subordinators.
    /// </summary>
    private bool IsComplementThat(int t, int b)
    {
        bool relative = t + 1 < b && (_syntax.Pos(t + 1) == "AUX"
            || (_syntax.Pos(t + 1) == "VERB" && !(t + 2 < b && _syntax.Pos(t + 2) is "VERB" or "AUX")));
        return !IsSubordinatorThat(t) && !relative && !IsDemonstrativeOfAWholePhrase(t, b);
    }

    /// <summary>True when "that" at <paramref name="t"/> is the determiner of the noun right after it and that noun phrase
    /// ends there, at punctuation or the sentence's end (disputed [that account], insisting ...): no clause follows.</summary>
    private bool IsDemonstrativeOfAWholePhrase(int t, int b)
    {
        int noun = t + 1;
        return noun < b && _tree.Is(t, "det") && _tree.Head(t) == noun && _syntax.Pos(noun) is "NOUN" or "PROPN"
            && (noun + 1 >= b || _document.Tokens.Kinds[noun + 1] is TokenKind.Punctuation);
    }

    /// <summary>True when "that" at <paramref name="that"/> ends a subordinator (so that, now that, in that).</summary>
    private bool IsSubordinatorThat(int that) => that > 0 && FunctionWords.IsThatSubordinatorHead(_document.Tokens.CharsAt(that - 1));
}
