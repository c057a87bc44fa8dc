namespace PolicyTextAnalysis.Attribution;

/// <content>The as-idiom of the cue lexicon ("as she put it", "she put it bluntly:") and the content of "as" clauses
/// (<c>As X said, ...</c>).</content>
internal sealed partial class ReportFinder
{
    /// <summary>
    /// The as-idiom class: a verb with the object "it" right after it reports speech in two shapes. "As she put it, ..."
    /// and "..., as one official phrased it.": its subject right after "as", the idiom closed by a comma or colon (or
    /// ending the sentence), the content the rest of the sentence on the other side. "She put it bluntly: ...": its
    /// subject before it and a colon within a few words after "it", the content what the colon introduces (the rest of
    /// the sentence, or the next paragraph when the colon ends this one). Read from the words, as the parser often
    /// makes the idiom's verb the sentence's root. The speaker is the verb's subject.
    /// </summary>
    private Report? PutItReport(int verb, int a, int b, int blockEnd)
    {
        TokenList tokens = _document.Tokens;
        if (verb + 1 >= b || !tokens.CharsAt(verb + 1).Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The subject nearest the verb; the parser may split a described name into two subjects (the economist | John
        // Keynes), and the phrase then starts at the first.
        int subject = -1, subjectFirst = -1;
        foreach (int c in _tree.Children.Of(verb))
        {
            if (c < verb && _tree.Is(c, "nsubj"))
            {
                subject = Math.Max(subject, c);
                subjectFirst = subjectFirst < 0 ? _tree.SubtreeFirst(c) : Math.Min(subjectFirst, _tree.SubtreeFirst(c));
            }
        }

        if (subject < 0)
        {
            return null;
        }

        // Only adverbs and auxiliaries between the subject's phrase and the verb (as he more bluntly put it).
        for (int k = _tree.SubtreeEnd(subject); k < verb; k++)
        {
            if (_syntax.Pos(k) is not ("ADV" or "AUX" or "PART"))
            {
                return null;
            }
        }

        // The idiom ends at a comma or colon within a few words of "it" (as he put it bluntly, / put it this way:), or
        // ends the sentence.
        int close = verb + 2;
        while (close < b && close <= verb + 4 && tokens.CharsAt(close) is not ("," or ":") && _syntax.Pos(close) is "ADV" or "DET" or "NOUN" or "ADJ")
        {
            close++;
        }

        bool closes = close < b && tokens.CharsAt(close) is "," or ":";
        bool endsSentence = close >= b || (close == b - 1 && tokens.Kinds[close] == TokenKind.Punctuation);
        (int head, int speakerFirst) = Speaker(verb);
        if (head < 0)
        {
            return null;
        }

        int first = subjectFirst;
        int asWord = tokens.CharsAt(first).Equals("as", StringComparison.OrdinalIgnoreCase) ? first
            : first > a && tokens.CharsAt(first - 1).Equals("as", StringComparison.OrdinalIgnoreCase) ? first - 1 : -1;
        if (asWord < 0)
        {
            // She put it bluntly: [...]
            if (!closes || tokens.CharsAt(close) is not ":")
            {
                return null;
            }

            return close + 1 < b ? new Report(verb, head, speakerFirst, close + 1, b, RuleIds.ColonClause)
                : b < blockEnd ? new Report(verb, head, speakerFirst, b, blockEnd, RuleIds.ColonBlock) : null;
        }

        if (closes && OpensSentence(asWord, a) && close + 1 < b)
        {
            return new Report(verb, head, speakerFirst, close + 1, b, RuleIds.AsParenthetical);
        }

        if (endsSentence && asWord - 1 > a && tokens.CharsAt(asWord - 1) is "," or "—" or "–")
        {
            return new Report(verb, head, speakerFirst, a, asWord - 1, RuleIds.AsParenthetical);
        }

        return null;
    }

    /// <summary>True when the phrase of <paramref name="cue"/> runs to the sentence's end <paramref name="b"/>, with no comma
    /// after the cue (as he said, of the next six months: the parse took the rest of a sentence the "as" clause
    /// interrupts for the cue's).</summary>
    private bool EndsSentence(int cue, int b)
    {
        int end = _tree.SubtreeEnd(cue);
        for (int t = cue + 1; t < b; t++)
        {
            if ((t < end && _document.Tokens.CharsAt(t) is ",") || (t >= end && _document.Tokens.Kinds[t] != TokenKind.Punctuation))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="verb"/> has a "by" agent.</summary>
    private bool HasAgent(int verb)
    {
        foreach (int c in _tree.Children.Of(verb))
        {
            if (IsAgent(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="c"/> is a passive's agent: <c>obl:agent</c>, or an oblique with "by".</summary>
    private bool IsAgent(int c) => _tree.Is(c, "obl:agent") || (_tree.Is(c, "obl") && HasCase(c, "by"));

    /// <summary>
    /// What a cue heading an "as" clause reports (rule <c>as-parenthetical</c>), or null: the clause it is an adverbial
    /// of, the clause of the noun the parser hung it on, or the clause the parser hung on it after its comma.
    /// </summary>
    private (int First, int End)? AsClauseContent(int cue, int head, int b)
    {
        // "As X said, ...": the cue is an "as" clause of the clause it reports. "As you know", "as you may have heard"
        // address the reader or listener, who is not the source of what follows.
        if (head > cue && _tree.Is(cue, "advcl") && HasMark(cue, "as") && _tree.SubtreeEnd(cue) < _tree.SubtreeEnd(head)
            && !IsAddressee(_tree.Child(cue, "nsubj")))
        {
            // After the subject of the clause it reports (The economy, as the minister noted, is slowing), the clause is
            // reported whole, the parenthetical included, when the parenthetical names its source (not "as predicted");
            // else the words after it (those before are an adverbial or a conjunction: But, as X said, ...).
            bool afterSubject = _tree.Child(cue, "nsubj") >= 0 && SubjectBefore(head, _tree.SubtreeFirst(cue));
            return (afterSubject ? _tree.SubtreeFirst(head) : _tree.SubtreeEnd(cue), _tree.SubtreeEnd(head));
        }

        // "Prices rose sharply last year, as the central bank has noted": an "as" clause closing the clause it reports, after
        // a comma, with a source (its subject, or a passive's agent: as was pointed out by the mayors) and no object or
        // clause of its own ("as" stands for what was said): the clause's words before it. The parse may hang the "as"
        // clause on a word inside that clause (grew faster than in any year since 1990, as X said: on "1990"); the clause
        // is the one of the nearest head above it with a subject.
        if (head >= 0 && head < cue && _tree.Is(cue, "advcl") && _tree.Child(cue, "mark") is int closingAs and > 0 && closingAs < cue
            && _document.Tokens.CharsAt(closingAs).Equals("as", StringComparison.OrdinalIgnoreCase) && _document.Tokens.CharsAt(closingAs - 1) is ","
            && _tree.Child(cue, "obj") < 0 && !HasClause(cue)
            && (_tree.Child(cue, "nsubj") is int closingSource and >= 0 ? !IsAddressee(closingSource) : _tree.Child(cue, "aux:pass") >= 0 && HasAgent(cue)))
        {
            int clause = head;
            while (_tree.Child(clause, "nsubj") < 0 && _tree.Child(clause, "nsubj:pass") < 0 && _tree.Head(clause) is int up and >= 0 && up != clause)
            {
                clause = up;
            }

            // The "as" clause runs to the sentence's end, so it closes that clause too.
            if (EndsSentence(cue, b) && _tree.SubtreeFirst(clause) < closingAs - 1)
            {
                return (_tree.SubtreeFirst(clause), closingAs - 1);
            }
        }

        // "His plan, as the Tax Policy Center has shown, would raise taxes": an "as" clause set off by commas that the
        // parser hung on a noun reports the clause that noun belongs to, the parenthetical included.
        if (head >= 0 && HasMark(cue, "as") && (_tree.Is(cue, "acl") || _tree.Is(cue, "acl:relcl")) && _syntax.Pos(head) is "NOUN" or "PROPN"
            && Preceded(cue, ",") && _tree.Child(cue, "nsubj") is int asSource and >= 0 && !IsAddressee(asSource)
            && _tree.Head(head) is int host and >= 0 && _syntax.Pos(host) is "VERB" or "AUX" or "ADJ" or "NOUN"
            && _tree.SubtreeEnd(cue) < _tree.SubtreeEnd(host))
        {
            return (_tree.SubtreeFirst(host), _tree.SubtreeEnd(host));
        }

        // "As Smith noted last week, the program has cost more": the parser may make the "as" clause the root and hang
        // the clause it reports on it after the comma (parataxis, conjunct); that clause needs its own subject.
        if (HasMark(cue, "as") && _document.Tokens.CharsAt(_tree.SubtreeFirst(cue)).Equals("as", StringComparison.OrdinalIgnoreCase)
            && _tree.Child(cue, "nsubj") is int asSubject and >= 0 && !IsAddressee(asSubject))
        {
            foreach (int c in _tree.Children.Of(cue))
            {
                if (c > cue && (_tree.Is(c, "parataxis") || _tree.Is(c, "conj") || _tree.Is(c, "ccomp")) && Preceded(c, ",")
                    && _tree.Child(c, "nsubj") >= 0)
                {
                    int first = _tree.SubtreeFirst(c);
                    return (_document.Tokens.CharsAt(first) is "," ? first + 1 : first, _tree.SubtreeEnd(c));
                }
            }
        }

        // Wherever else the parser hung it, an "as" clause with its own subject set off by commas inside its sentence is a
        // parenthetical of that sentence: the sentence is reported, the parenthetical included. Read from the commas: one
        // before "as", one at most three words after the cue.
        int asWord = _tree.Child(cue, "mark");
        int closing = cue + 1;
        while (closing < b && closing <= cue + 3 && _document.Tokens.CharsAt(closing) is not "," && _syntax.Pos(closing) is not ("VERB" or "AUX"))
        {
            closing++;
        }

        if (asWord >= 0 && asWord < cue && _document.Tokens.CharsAt(asWord).Equals("as", StringComparison.OrdinalIgnoreCase)
            && asWord - 1 > _sentenceStart && _document.Tokens.CharsAt(asWord - 1) is "," && closing + 1 < b && _document.Tokens.CharsAt(closing) is ","
            && SubjectAfter(cue, asWord) is int parenthesised and >= 0 && !IsAddressee(parenthesised))
        {
            return (_sentenceStart, b);
        }

        // "As the New York and the L.A. Times have reported, the White House is ...": a sentence opening with "as", the cue
        // and its subject before the first comma, and no object of its own ("as" stands for what was said): the rest of the
        // sentence is reported, however the parser attached the opening (it may read "as" as a preposition).
        int opening = _sentenceStart < cue && _document.Tokens.CharsAt(_sentenceStart) is "\u201C" or "\"" ? _sentenceStart + 1 : _sentenceStart;
        if (opening < cue && cue - opening <= 12 && _document.Tokens.CharsAt(opening).Equals("as", StringComparison.OrdinalIgnoreCase)
            && closing + 1 < b && _document.Tokens.CharsAt(closing) is "," && NoCommaBetween(opening, cue)
            && _tree.Child(cue, "obj") < 0 && _tree.Child(cue, "ccomp") < 0
            && SubjectAfter(cue, opening) is int opener and >= 0 && !IsAddressee(opener))
        {
            return (closing + 1, b);
        }

        return null;
    }

    /// <summary>True when no comma lies strictly between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool NoCommaBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (_document.Tokens.CharsAt(k) is ",")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="clause"/> has a subject before token <paramref name="before"/>.</summary>
    private bool SubjectBefore(int clause, int before)
    {
        foreach (int c in _tree.Children.Of(clause))
        {
            if (c < before && (_tree.Is(c, "nsubj") || _tree.Is(c, "nsubj:pass") || _tree.Is(c, "csubj")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject of <paramref name="verb"/> after token <paramref name="after"/>, or -1 (the parse may give a
    /// parenthetical's verb the sentence's subject too).</summary>
    private int SubjectAfter(int verb, int after)
    {
        foreach (int c in _tree.Children.Of(verb))
        {
            if (c > after && c < verb && _tree.Is(c, "nsubj"))
            {
                return c;
            }
        }

        return -1;
    }
}
