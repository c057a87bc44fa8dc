using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <summary>The phrase rules of <see cref="ReportFinder"/>: nouns naming an utterance.</summary>
internal sealed partial class ReportFinder
{
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

        // a statement made by X a few minutes ago [that ...]: a that-clause with its own subject a few words after the
        // noun phrase, with no verb between, that the parser hung on the words between; not after a noun in a
        // prepositional phrase (in recognition that ..., in the hope that ...: an adverbial of the sentence's own voice).
        clause = clause >= 0 ? clause : _tree.Child(noun, "case") < 0 ? ThatClauseAfter(_tree.SubtreeEnd(noun)) : -1;
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

            // a statement made by X, remarks delivered by X: the participle's agent.
            if (c > noun && _tree.Is(c, "acl") && _syntax.Tag(c) == "VBN")
            {
                foreach (int d in _tree.Children.Of(c))
                {
                    if (IsAgent(d))
                    {
                        speaker = d;
                        break;
                    }
                }

                if (speaker >= 0)
                {
                    break;
                }
            }
        }

        // made the claim that ...: the subject of the verb the noun is the object of, unless that verb denies or disputes
        // it (rejected the claim that ...: someone else's claim, and nobody the sentence names).
        int verb = _tree.Head(noun);
        if (speaker < 0 && verb >= 0 && _tree.Is(noun, "obj") && (CueClassOf(verb) & CueClass.Rebut) == 0)
        {
            speaker = _tree.Child(verb, "nsubj");
        }

        // "we have invested ... in recognition that ...": a noun of nobody's in a clause the voice is the subject of is
        // the voice's own thought, a claim rather than a report.
        if (speaker < 0 && verb >= 0 && _tree.Child(verb, "nsubj") is int subject and >= 0
            && FunctionWords.IsFirstPerson(_document.Tokens.CharsAt(subject)))
        {
            return null;
        }

        return new Report(noun, speaker, speaker >= 0 ? _tree.SubtreeFirst(speaker) : -1,
            _tree.SubtreeFirst(clause), _tree.SubtreeEnd(clause), RuleIds.NounClause);
    }

    /// <summary>
    /// A noun naming an utterance with the quotation right after it or after its colon: <c>the Times ran the headline
    /// "Nobel Halo Fades"</c>, <c>Weiss's statement: "We will act."</c>. The speaker is found as for
    /// <see cref="NounClause"/>: the possessor, the <c>by</c> phrase, or the subject of the verb the noun is the object of.
    /// </summary>
    private Report? NounQuote(int noun, int b, int blockEnd)
    {
        TokenList tokens = _document.Tokens;
        if ((_lexicon.ClassOf(tokens.CharsAt(noun)) & CueClass.Noun) == 0)
        {
            return null;
        }

        // The speaker: a possessor (Lincoln's remark), or a "by" or "from" phrase right after the noun (the quote by
        // Edison, a message from the President), the quotation then following that phrase.
        int speaker = -1, after = noun + 1;
        foreach (int c in _tree.Children.Of(noun))
        {
            if (c < noun && _tree.Is(c, "nmod:poss"))
            {
                speaker = c;
                break;
            }

            if (c > noun && _tree.Is(c, "nmod") && (HasCase(c, "by") || HasCase(c, "from")) && _tree.SubtreeFirst(c) == noun + 1)
            {
                // The phrase ends at its colon or opening mark, also when the parse hung the quotation on it; a few
                // words at most, so the look stays bounded.
                speaker = c;
                after = c + 1;
                int end = Math.Min(_tree.SubtreeEnd(c), c + 12);
                while (after < end && tokens.CharsAt(after) is not ":" && tokens.Kinds[after] != TokenKind.Quote)
                {
                    after++;
                }

                break;
            }
        }

        // a quote from Lord Diplock:\n"...": the colon ends the sentence, and the paragraph after it is the quotation.
        if (speaker >= 0 && after == b - 1 && tokens.CharsAt(after) is ":" && b < blockEnd)
        {
            return new Report(noun, speaker, _tree.SubtreeFirst(speaker), b, blockEnd, RuleIds.ColonBlock);
        }

        int open = after < b && tokens.CharsAt(after) is ":" ? after + 1 : after;
        if (open >= b || tokens.Kinds[open] != TokenKind.Quote || !_inQuote[open])
        {
            return null;
        }

        int close = open + 1;
        while (close < tokens.Count && _inQuote[close] && tokens.Kinds[close] != TokenKind.Quote)
        {
            close++;
        }

        // made the claim that ...: the subject of the verb the noun is the object of, unless that verb denies or disputes
        // it (rejected the claim that ...: someone else's claim, and nobody the sentence names).
        int verb = _tree.Head(noun);
        if (speaker < 0 && verb >= 0 && _tree.Is(noun, "obj") && (CueClassOf(verb) & CueClass.Rebut) == 0)
        {
            speaker = _tree.Child(verb, "nsubj");
        }

        if (speaker < 0 || FunctionWords.IsFirstPerson(tokens.CharsAt(speaker)) || close <= open + 1)
        {
            return null;
        }

        return new Report(noun, speaker, _tree.SubtreeFirst(speaker), open, Math.Min(close + 1, tokens.Count), RuleIds.NounQuote);
    }
}
