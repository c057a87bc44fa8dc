namespace PolicyTextAnalysis.Attribution;

/// <content>Quotations no report covers: the speaker of a cue next to them, a scare quote, or the speaker they continue.</content>
internal sealed partial class AttributionRun
{
    private void QuotesWithoutReport(
        List<(Report Report, Speaker? Speaker, int Sentence)> reports, bool[] taken,
        (Speaker? Speaker, int Sentence)[] lastSpeaker, List<Quote> result)
    {
        IReadOnlyList<Sentence> sentences = _document.Sentences;
        int r = 0;
        int sentence = 0;
        Speaker? latest = null;
        int latestSentence = -ContinuationSentences - 1;
        for (int q = 0; q < _spans.Count; q++)
        {
            while (sentence + 1 < sentences.Count && sentences[sentence].EndToken <= _openToken[q])
            {
                if (lastSpeaker[sentence].Speaker is { } spoke)
                {
                    (latest, latestSentence) = (spoke, sentence);
                }

                sentence++;
            }

            // Marks around no word or number ("“‘“‘", "“”") quote nothing.
            if (taken[q] || _words[_closeToken[q] + 1] == _words[_openToken[q]])
            {
                continue;
            }

            int closeSentence = sentence;
            while (closeSentence + 1 < sentences.Count && sentences[closeSentence].EndToken <= _closeToken[q])
            {
                closeSentence++;
            }

            while (r < reports.Count && reports[r].Sentence < sentence)
            {
                r++;
            }

            // A cue of the quotation's sentences outside any quotation: after the closing mark, else before the opening.
            // "Where to?" Tom asked: a ? or ! before the closing mark ends the sentence for the splitter, so a bare cue
            // sentence right after the mark is the quotation's too.
            int lastSentence = closeSentence + (closeSentence + 1 < sentences.Count && sentences[closeSentence + 1].FirstToken == _closeToken[q] + 1
                && _closeToken[q] > 0 && _document.Tokens.CharsAt(_closeToken[q] - 1) is "?" or "!" ? 1 : 0);
            (Report Report, Speaker? Speaker)? near = null;
            for (int i = r; i < reports.Count && reports[i].Sentence <= lastSentence; i++)
            {
                Report c = reports[i].Report;
                if (reports[i].Sentence > closeSentence && c.Rule != RuleIds.BareCue)
                {
                    continue;
                }

                // A quotation closing inside the cue's own subject names it (the "maximum pressure" campaign shows ...):
                // the cue reports something else.
                // So does one holding the speaker's head word (an illegal immigrant "influencer" who encouraged ...: the
                // relative clause's noun).
                if ((c.SpeakerFirst >= 0 && c.SpeakerFirst <= _closeToken[q] && _closeToken[q] < c.SpeakerHead)
                    || (c.SpeakerHead >= _openToken[q] && c.SpeakerHead <= _closeToken[q]))
                {
                    continue;
                }

                if (c.Cue > _closeToken[q] && c.Cue - _closeToken[q] <= PostCueWindow
                    && (q + 1 >= _spans.Count || _openToken[q + 1] > c.Cue))
                {
                    near = (c, reports[i].Speaker);
                    break;
                }

                if (c.Cue >= 0 && c.Cue < _openToken[q] && reports[i].Sentence == sentence && c.Rule != RuleIds.AccordingTo
                    && OpensDirectly(c.Cue, _openToken[q]))
                {
                    near = (c, reports[i].Speaker);
                }
            }

            QuoteScanner.QuoteSpan span = _spans[q];
            if (near is { } cue)
            {
                result.Add(Make(span.Start, span.End, QuoteKind.Direct, cue.Speaker, CueText(cue.Report), RuleIds.CueNearQuote, cue.Report));
                if (cue.Speaker is { } spoke)
                {
                    (latest, latestSentence) = (spoke, closeSentence);
                }
            }
            else if (IsScare(q, sentences[sentence].FirstToken, sentences[sentence].EndToken))
            {
                result.Add(Make(span.Start, span.End, QuoteKind.Scare, null, null, RuleIds.Scare));
            }
            else
            {
                // A quotation standing alone continues the speaker of the sentences just before it.
                bool recent = latestSentence >= sentence - ContinuationSentences
                    || (latestSentence >= 0 && _paragraphOf[sentence] - _paragraphOf[latestSentence] <= 1);
                // A paragraph that names someone before its quotation (a label no rule could read: "Jane Doe, Director,
                // Calder Aid (CA Aid): "...") is someone else's words: the last speaker does not carry into it or past it.
                bool labelled = UnreadLabelBefore(q, ParagraphFirstToken(sentences, sentence));
                bool inside = WordsBefore(q, sentences[sentence].FirstToken)
                    && _document.Tokens.Kinds[_openToken[q] - 1] is TokenKind.Word or TokenKind.Number;
                Speaker? continued = recent && !labelled && !inside ? latest : null;
                string rule = RuleIds.Continued;

                // A quotation opening its sentence right after a sentence about a person (its main verb's subject), in the
                // same paragraph or at the start of the next, is most likely that person's: when nobody spoke lately, and
                // also when the last speaker spoke before that sentence (the nearer person is the one the text turned to).
                if (!labelled && (continued is null || latestSentence < sentence - 1) && sentence > 0 && sentences[sentence].FirstToken == _openToken[q]
                    && _paragraphOf[sentence] - _paragraphOf[sentence - 1] <= 1 && _subjectOf[sentence - 1] is { } subject)
                {
                    (continued, rule) = (subject, RuleIds.PrecedingSubject);
                }

                // A quotation a colon introduces after a clause about a person (Henry rose, beseeching his fellow Virginians:
                // "...") is that person's words rather than the last speaker's.
                if (!labelled && _openToken[q] > sentences[sentence].FirstToken && _document.Tokens.CharsAt(_openToken[q] - 1) is ":"
                    && _subjectOf[sentence] is { } colonSubject && IsNamedPersonClauseBefore(sentences[sentence].FirstToken, _openToken[q] - 1))
                {
                    (continued, rule) = (colonSubject, RuleIds.PrecedingSubject);
                }

                result.Add(Make(span.Start, span.End, QuoteKind.Direct, continued, null, rule));

                // Quotation paragraphs in a row carry the speaker on (a statement quoted paragraph by paragraph, each
                // closed by its marks); a paragraph of the author's own in between still ends it.
                if (continued is not null || labelled)
                {
                    (latest, latestSentence) = (continued, closeSentence);
                }
            }
        }
    }

    /// <summary>
    /// True when the quotation <paramref name="q"/> opens after a colon that ends the words opening its paragraph, when those
    /// are a label's: at most a label's length, opening with a capitalised name, title or description, two or more
    /// capitalised words and no verb.
    /// </summary>
    private bool UnreadLabelBefore(int q, int first)
    {
        TokenList tokens = _document.Tokens;
        int open = _openToken[q];
        // A label opens with a name, a title or a description, not with a preposition or an adverb (In May, "...").
        if (first < 0 || open - first < 3 || open - first > MaxUnreadLabelTokens || tokens.CharsAt(open - 1) is not ":"
            || _document.Syntax?.Pos(first) is not ("PROPN" or "NOUN" or "ADJ" or "DET"))
        {
            return false;
        }

        // Names, roles and affiliations: no lower-case verb (a sentence's own words before a quotation have one; a name's
        // capitalised words may read as one: Vote, Stand).
        int capitalised = 0;
        for (int t = first; t < open - 1; t++)
        {
            if (tokens.Kinds[t] == TokenKind.Word && char.IsLower(tokens.CharsAt(t)[0]) && _document.Syntax?.Pos(t) is "VERB" or "AUX")
            {
                return false;
            }

            capitalised += tokens.Kinds[t] == TokenKind.Word && char.IsUpper(tokens.CharsAt(t)[0]) ? 1 : 0;
        }

        return capitalised >= 2 && char.IsUpper(tokens.CharsAt(first)[0]);
    }

    /// <summary>The first token of the paragraph of sentence <paramref name="sentence"/>, looking back over at most a label's
    /// length of sentences (a splitter may end a sentence at a label's colon); -1 when it starts further back.</summary>
    private int ParagraphFirstToken(IReadOnlyList<Sentence> sentences, int sentence)
    {
        int s = sentence;
        while (s > 0 && _paragraphOf[s - 1] == _paragraphOf[sentence] && sentences[sentence].FirstToken - sentences[s - 1].FirstToken <= MaxUnreadLabelTokens)
        {
            s--;
        }

        return s > 0 && _paragraphOf[s - 1] == _paragraphOf[sentence] ? -1 : sentences[s].FirstToken;
    }

    /// <summary>True when the sentence from <paramref name="first"/> has its main verb before the colon at <paramref name="colon"/>
    /// and that verb's subject is a person the recognisers named (President Lee outlined his plan: "..."), not a phrase
    /// about a person, nor a headline credited to its outlet in parentheses (Lee Delivers Record Growth (KXXV-TV): "...").</summary>
    private bool IsNamedPersonClauseBefore(int first, int colon)
    {
        // A note in parentheses before the colon names where the words appeared (a headline's outlet, KXXV-TV: "...").
        Syntax.DependencyTree tree = _document.Syntax!.Tree;
        if (colon > first && _document.Tokens.CharsAt(colon - 1) is ")")
        {
            return false;
        }

        for (int t = first; t < colon; t++)
        {
            if (tree.Is(t, "root"))
            {
                return _document.Syntax.Pos(t) is "VERB" or "AUX" && tree.Child(t, "nsubj") is int subject and >= 0
                    && _speakers.LabelAt(subject) == EntityLabels.Person;
            }
        }

        return false;
    }

    /// <summary>True when a quotation opening at <paramref name="open"/> is what the cue before it introduces: right after
    /// the cue or after its <c>that</c>, colon or comma (<c>said: "</c>), not a phrase further on (<c>into "good"</c>).</summary>
    private bool OpensDirectly(int cue, int open)
    {
        int before = open - 1;
        return before <= cue || _document.Tokens.CharsAt(before) is "that" or ":" or ",";
    }

    /// <summary>True when words of the sentence opening at token <paramref name="a"/> stand before quotation
    /// <paramref name="q"/> (counted from prefix sums: a sentence of thousands of quotations must not be rescanned for each).</summary>
    private bool WordsBefore(int q, int a) => _openToken[q] > a && _letterWords[_openToken[q]] > _letterWords[a];

    private bool IsScare(int q, int a, int b)
    {
        int words = _words[_closeToken[q] + 1] - _words[_openToken[q]];

        bool wordsBefore = WordsBefore(q, a);

        return (words <= MaxScareWords && (wordsBefore || !_spans[q].Closed || _closeToken[q] + 2 < b))
            || (words <= MaxTitleWords && wordsBefore && IsTitleCased(q));
    }

    /// <summary>True when every word of quotation <paramref name="q"/> is capitalised but its function words (a title:
    /// the order "Promoting Calder Innovation and Security"), with two or more capitalised words.</summary>
    private bool IsTitleCased(int q) => TitleCaseWords(_openToken[q] + 1, _closeToken[q]) >= 2;
}
