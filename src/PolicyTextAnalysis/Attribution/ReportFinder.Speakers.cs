using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <summary>Who a cue verb's report is by: its subject, passive agent or quoted source, read off the tree, with the
/// fallbacks for the subjects a parse loses.</summary>
internal sealed partial class ReportFinder
{
    /// <summary>The noun right before <c>, who</c> or <c>, which</c> when the cue comes right after the comma closing that
    /// relative clause (<c>The director, who asked not to be named, said</c>), or -1.</summary>
    private int NounBeforeRelativeClause(int cue)
    {
        const int maxClause = 25;
        TokenList tokens = _document.Tokens;
        if (cue < 4 || tokens.CharsAt(cue - 1) is not ",")
        {
            return -1;
        }

        for (int k = cue - 2; k >= 1 && k >= cue - maxClause; k--)
        {
            if (tokens.CharsAt(k) is ",")
            {
                return IsRelativeWord(k + 1) && _syntax.Pos(k - 1) is "NOUN" or "PROPN" && !_inQuote[k - 1] ? k - 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="subject"/>, a proper noun, is the name a question from the floor opens by addressing
    /// (<see cref="TranscriptTurns.IsAddressedInQuestion"/>): whom the reporter speaks to, not who speaks.</summary>
    private bool IsAddressedName(int subject) =>
        _syntax.Pos(subject) == "PROPN" && TranscriptTurns.IsAddressedInQuestion(_document, _turns, subject, subject);

    /// <summary>True for a subject that only points at its predicate: a cleft's or dummy <c>it</c>, <c>there</c>, or a
    /// demonstrative (<c>this is a guy who ...</c>).</summary>
    private bool IsPlaceholderSubject(int subject) =>
        _syntax.Pos(subject) is "PRON" or "DET" or "ADV" && _document.Tokens.CharsAt(subject) is var w
        && (FunctionWords.IsDummySubject(w) || FunctionWords.IsDemonstrative(w));

    /// <summary>The speaker's head and first token for a cue verb, or (-1, -1).</summary>
    private (int Head, int First) Speaker(int cue)
    {
        // quoting Frank Newport: ..., to quote Lincoln, ...; she was quoted as saying ..., the Times quoted him as saying.
        // A cue with a subject of its own speaks for it (It quoted critics, with Boswell stating: ...).
        int up = _tree.Child(cue, "nsubj") < 0 ? _tree.Head(cue) : -1;
        foreach (int quoting in (ReadOnlySpan<int>)[cue, up >= 0 && up != cue ? up : -1])
        {
            if (quoting >= 0 && (CueClassOf(quoting) & CueClass.SourceObject) != 0)
            {
                bool passive = _tree.Child(quoting, "aux:pass") >= 0;
                int source = passive ? _tree.Child(quoting, "nsubj:pass") : _tree.Child(quoting, "obj");
                if (source >= 0 && _syntax.Pos(source) is "PROPN" or "NOUN" or "PRON")
                {
                    return (source, First(source));
                }
            }
        }

        int verb = cue;
        bool fromComplement = false;
        for (int climb = 0; climb <= MaxSubjectClimb && verb >= 0; climb++)
        {
            bool passive = false;
            int subject = -1;
            int agent = -1;
            foreach (int c in _tree.Children.Of(verb))
            {
                // A word of a quotation is no auxiliary or subject of a cue outside it ("It may well be," he said: the
                // parse made "be" a passive auxiliary of "said").
                if (_inQuote[c] && !_inQuote[cue])
                {
                    continue;
                }

                // Passive only with a passive auxiliary: the labeller sometimes calls an active subject nsubj:pass.
                string r = _tree.Relation(c);
                if (r is "aux:pass")
                {
                    passive = true;
                }
                // Of two subjects before the verb (a stray noun), the nearer one, unless it has a preposition: a nominal
                // with one is no subject (6 of 31,690 gold subjects of EWT and GUM have one; Captain X of Mobile, also on
                // her second tour, said: the tour taken for a second subject). Nor is a phrase set off by commas after the
                // first, or by dashes: it describes the first (Representative X of Texas, the committee's top Republican, said;
                // Moody's — a Wall Street firm — has said). Nor one
                // right after a preposition the parse gave to another word (Lawmakers critical of the deal said: "of" hung
                // on "critical"). Nor the object of a verb in the first one's relative clause (The experts who have analyzed
                // my plans have found ...: "plans" hung on "found"). No verb of EWT and GUM gold has two subjects.
                else if (r is "nsubj" or "nsubj:pass" && !IsAddressedName(c)
                    && (subject < 0 || (c < cue && c > subject && (!InPrepositionalPhrase(c) || InPrepositionalPhrase(subject))
                        && !_tree.IsSetOffByCommas(c) && !_tree.IsSetOffByDashes(c) && !ObjectInPhraseOf(subject, c))))
                {
                    subject = c;
                }
                else if (IsAgent(c))
                {
                    agent = c;
                }
            }

            // "As they say in Delaware, ...", "..., as they say": a saying in the present with "they" is the idiom of common
            // speech, nobody's words in particular (as they said, in the past, reports those people; as they think about
            // it is a time clause).
            if (verb == cue && subject >= 0 && _syntax.Tag(cue) == "VBP" && _syntax.Lemma(cue).Equals("say", StringComparison.OrdinalIgnoreCase) && HasMark(cue, "as")
                && _tree.Is(subject, "nsubj") && FunctionWords.IsThirdPersonPlural(_document.Tokens.CharsAt(subject)))
            {
                return (-1, -1);
            }

            // "The panel is expected to urge ...", "she is said to have warned ...": a passive verb whose infinitive
            // complement the climb came from raises the infinitive's subject, which speaks.
            if (passive && fromComplement && subject >= 0 && _tree.Is(subject, "nsubj:pass") && agent < 0)
            {
                return (subject, First(subject));
            }

            if (passive)
            {
                return agent >= 0 ? (agent, First(agent)) : (-1, -1);
            }

            // Nor is it one when the parse hung the cue on a noun before it (Sergeant X of Canton, also on his second tour
            // said, with "said" a parataxis of "Sergeant"): that noun is the speaker, found below as if the cue had no
            // subject. A subordinator read as a preposition still leaves a subject (As the Tribune has reported, ...:
            // the cue hangs on no noun).
            if (subject >= 0 && IsPrepositional(subject) && _tree.Head(verb) is int before and >= 0 && before < subject
                && _syntax.Pos(before) is "NOUN" or "PROPN")
            {
                subject = -1;
            }

            // "Let me start by saying ...", "let us say ...": the first person "let" takes speaks (the voice's own words).
            if (subject < 0 && _syntax.Lemma(verb).Equals("let", StringComparison.OrdinalIgnoreCase)
                && _tree.Child(verb, "obj") is int bidden and >= 0 && FunctionWords.IsFirstPerson(_document.Tokens.CharsAt(bidden)))
            {
                return (bidden, bidden);
            }

            // "...!" said she, when the door was shut: the parse gave the pronoun to the next clause (and may have taken
            // a word of the quotation for the cue's subject).
            if (verb == cue && (subject < 0 || _inQuote[subject])
                && InvertedSubjectBeforeClause(cue, quotationAfter: true) is int invertedBefore and >= 0)
            {
                return (invertedBefore, cue + 1);
            }

            // "The director, who asked not to be named, said ...": the parse took the relative clause for the main one and
            // gave the cue a verb for its subject; the noun before ", who" is the subject.
            if (verb == cue && subject >= 0 && _syntax.Pos(subject) is "VERB" or "AUX" && NounBeforeRelativeClause(cue) is int described and >= 0)
            {
                return (described, First(described));
            }

            if (subject >= 0)
            {
                // who said / which stated: the noun the relative clause modifies.
                if (_syntax.Pos(subject) == "PRON" && _tree.Is(verb, "acl") && IsRelativeWord(subject) && _tree.Head(verb) >= 0)
                {
                    // (The parser sometimes hangs the clause on the comma after the noun, or on a verb before it: people
                    // who believe, with "believe" on "hear" in "complaints that I hear a lot from people who believe";
                    // then the noun right before the relative word.)
                    int noun = _tree.Head(verb);
                    while (noun > 0 && _syntax.Pos(noun) == "PUNCT")
                    {
                        noun--;
                    }

                    if (_syntax.Pos(noun) is "VERB" or "AUX" && subject > 0 && _syntax.Pos(subject - 1) is "NOUN" or "PROPN")
                    {
                        noun = subject - 1;
                    }

                    // A relative clause hung on a prepositional phrase the parse made an apposition describes the noun
                    // that phrase is about (X, 22, now on his second tour, who told the AP ...): an apposition has no
                    // preposition (7 of 2,854 in EWT and GUM gold).
                    while (_tree.Is(noun, "appos") && IsPrepositional(noun) && _tree.Head(noun) is int about and >= 0 && _syntax.Pos(about) is "NOUN" or "PROPN")
                    {
                        noun = about;
                    }

                    // A common noun predicated of a subject is that subject (Putin is the one who will tell you ..., Ruiz was the
                    // senator who said ...); not a cleft's or a demonstrative's (it was the President who said, this is a guy
                    // who says: the noun itself).
                    if (_syntax.Pos(noun) is "NOUN" or "PRON" && _tree.Child(noun, "cop") >= 0 && _tree.Child(noun, "nsubj") is int equated and >= 0
                        && equated < noun && !_inQuote[equated] && !IsPlaceholderSubject(equated))
                    {
                        noun = equated;
                    }

                    return (noun, First(noun));
                }

                // The same when the parser made the relative clause's verb the main one (The minister, who said ...,
                // resigned): the noun right before the comma.
                if (_syntax.Pos(subject) == "PRON" && IsRelativeWord(subject) && subject >= 2
                    && _document.Tokens.CharsAt(subject - 1) is "," && _syntax.Pos(subject - 2) is "NOUN" or "PROPN")
                {
                    int noun = subject - 2;
                    return (noun, Math.Min(First(noun), noun));
                }

                // "In a statement, Dana Reyes, the mayor, said": the parse hung the name on the phrase before it and took
                // the description set off by commas after it for the subject; the person named right before it speaks.
                // Only with the cue right after the description's comma, and a name with no preposition of its own (not
                // "With Bush, the militarism of his administration, as predicted, ...").
                if (verb == cue && _syntax.Pos(subject) == "NOUN" && _tree.IsSetOffByCommas(subject) && _document.Tokens.CharsAt(cue - 1) is ","
                    && _tree.SubtreeEnd(subject) is int descriptionEnd && descriptionEnd >= cue - 1 && descriptionEnd <= cue
                    && NameBeforeDescription(subject) is int describedName and >= 0)
                {
                    int nameFirst = describedName;
                    while (nameFirst > 0 && _syntax.Pos(nameFirst - 1) == "PROPN")
                    {
                        nameFirst--;
                    }

                    if (!InPrepositionalPhrase(nameFirst))
                    {
                        return (describedName, nameFirst);
                    }
                }

                return (subject, First(subject));
            }

            // Inverted after a quotation: "...," countered Beatriz Santos (often parsed as the cue's object or predicate
            // complement). Only right after the quotation's marks: a phrase between them and the cue is its subject
            // ("...," the Treasury secretary, Janet Miles, told reporters), and the phrase after the cue its object.
            if (verb == cue && RightAfterQuotation(cue) && InvertedName(cue) is int inverted and >= 0)
            {
                return (inverted, cue + 1);
            }

            // "...," the Treasury secretary, Janet Miles, told reporters: a finite cue whose parse has no subject, after a
            // quotation and a noun phrase with no verb; the phrase is its subject (read from the words, since the parse
            // took the cue for part of the quoted clause).
            if (verb == cue && PhraseAfterQuotation(cue) is int phraseHead and >= 0)
            {
                return (phraseHead, First(phraseHead));
            }

            // "In July, for example, Ecuador announced ...": the parse hung the name on the phrase before it and left the
            // finite main verb without a subject; the proper noun right before the verb, or before an apposition set off
            // by commas right before it (After the match, Hernan Gomez, Panama coach, said ...), is the subject it missed.
            // So is a name set off by commas right before the verb, after its description (Asked about the delay, the
            // foreign minister, Ahmed Karimi, said ...). Also when the parse hung the finite verb on another one as its
            // complement, which no finite verb is (And citing the polls in Ohio, Senator Jane Doe said ...: "Jane Doe" an
            // apposition of "Ohio", "said" an open complement of "citing").
            if (verb == cue && cue > 0 && _syntax.Tag(cue) is "VBD" or "VBZ" or "VBP" && (_tree.Is(cue, "root") || IsVerbComplement(cue))
                && NameBeforeCue(cue) is int named and >= 0 && _syntax.Pos(named) == "PROPN"
                && char.IsUpper(_document.Tokens.CharsAt(named)[0]) && !_inQuote[named])
            {
                int nameFirst = named;
                while (nameFirst > 0 && _syntax.Pos(nameFirst - 1) == "PROPN" && char.IsUpper(_document.Tokens.CharsAt(nameFirst - 1)[0]))
                {
                    nameFirst--;
                }

                // Under another verb, only a name of its own: not one in a prepositional phrase or a conjunct (allies in
                // Europe say, Governor X of Michigan, for instance, said: the phrase's head is the subject the parse lost).
                if (_tree.Is(cue, "root") || (!InPrepositionalPhrase(nameFirst) && !InPrepositionalPhrase(named) && !_tree.Is(named, "conj")))
                {
                    return (named, Math.Min(First(named), nameFirst));
                }
            }

            int head = _tree.Head(verb);
            if (head < 0)
            {
                return (-1, -1);
            }

            // a statement saying ..., an article arguing ...: the noun speaks when it names someone. So does a noun the
            // parser made the root of a sentence whose only predicate is the cue, hung on it as a reduced relative or,
            // after a comma, as parataxis or a conjunct with no coordinator: that noun is the subject it missed (The
            // analysts called on the government to act; Supporters of the bill, including the AMA, say ...; United
            // Rentals, Inc., says ...).
            if ((_tree.Is(verb, "acl") && (_syntax.Pos(head) == "PROPN" || (verb == cue && IsVerblessRoot(head))))
                || ((_tree.Is(verb, "parataxis") || (_tree.Is(verb, "conj") && _tree.Child(verb, "cc") < 0)) && verb == cue && head < cue && IsVerblessRoot(head)))
            {
                // A description set off by dashes after the name (Calder Analytics — a Wall Street firm — has said ...),
                // which the parse made the root with the name its subject: the name is the speaker.
                if (_tree.Child(head, "nsubj") is int namedFirst and >= 0 && namedFirst < head && !_inQuote[namedFirst]
                    && _syntax.Pos(namedFirst) is "PROPN" or "NOUN" && _document.Tokens.CharsAt(_tree.SubtreeEnd(namedFirst)) is var after && (after is "," || Text.TextChars.IsDashToken(after)))
                {
                    return (namedFirst, First(namedFirst));
                }

                return (head, First(head));
            }

            if (!(_tree.Is(verb, "xcomp") || _tree.Is(verb, "conj") || _tree.Is(verb, "advcl") || _tree.Is(verb, "acl")))
            {
                return (-1, -1);
            }

            // "You heard him say ...", "she saw the minister say ...": an open complement's subject is the object of the
            // verb it completes when that verb has one (UD's object control), else that verb's subject.
            // Only a bare or "to" infinitive: a participle the parse made an open complement often modifies the object
            // instead (had a picture of a polar bear standing on the ice and saying ...).
            if (_tree.Is(verb, "xcomp") && _syntax.Tag(verb) == "VB" && _tree.Child(head, "obj") is int controller and >= 0 && controller < verb && !_inQuote[controller]
                && _syntax.Pos(controller) is "PRON" or "NOUN" or "PROPN")
            {
                return (controller, First(controller));
            }

            fromComplement = _tree.Is(verb, "xcomp");
            verb = _tree.Is(verb, "acl") ? _tree.Head(head) : _tree.Is(verb, "conj") ? _tree.SubjectSharingConjunct(verb) : head;
        }

        return (-1, -1);
    }

    /// <summary>True when <paramref name="cue"/> hangs on a verb as its complement, adverbial clause or parataxis.</summary>
    private bool IsVerbComplement(int cue) =>
        (_tree.Is(cue, "xcomp") || _tree.Is(cue, "ccomp") || _tree.Is(cue, "advcl") || _tree.Is(cue, "parataxis"))
        && _tree.Head(cue) is int head and >= 0 && _syntax.Pos(head) is "VERB" or "AUX";

    /// <summary>True when <paramref name="noun"/> has a preposition, or its phrase comes right after one the parse gave to
    /// another word.</summary>
    private bool InPrepositionalPhrase(int noun) =>
        IsPrepositional(noun) || (_tree.SubtreeFirst(noun) is int first and > 0 && _syntax.Pos(first - 1) == "ADP");

    /// <summary>True when <paramref name="noun"/> has a preposition (a case marker tagged ADP; not the possessive 's).</summary>
    private bool IsPrepositional(int noun)
    {
        foreach (int c in _tree.Children.Of(noun))
        {
            if (_tree.Is(c, "case") && _syntax.Pos(c) == "ADP")
            {
                return true;
            }
        }

        return false;
    }
}
