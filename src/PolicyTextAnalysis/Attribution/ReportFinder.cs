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
internal sealed partial class ReportFinder
{
    /// <summary>Most verbs climbed to find the subject a cue shares (<c>went on to say</c>).</summary>
    private const int MaxSubjectClimb = 3;

    private readonly Document _document;
    private readonly SyntaxLayer _syntax;
    private readonly DependencyTree _tree;
    private readonly CueLexicon _lexicon;
    private readonly bool[] _inQuote;
    private readonly IReadOnlyList<Turn> _turns;
    private int _sentenceStart;   // the first token of the sentence Find is reading

    public ReportFinder(Document document, CueLexicon lexicon, bool[] inQuote, IReadOnlyList<Turn>? turns = null)
    {
        _document = document;
        _syntax = document.Syntax ?? throw new InvalidOperationException("Attribution needs the syntax layer.");
        _tree = _syntax.Tree;
        _lexicon = lexicon;
        _inQuote = inQuote;
        _turns = turns ?? [];
    }

    /// <summary>The reports of tokens <c>[a, b)</c>; <paramref name="blockEnd"/> ends what a final colon introduces.</summary>
    public void Find(int a, int b, int blockEnd, List<Report> into)
    {
        TokenList tokens = _document.Tokens;
        _sentenceStart = a;
        bool? quoted = null;   // whether the sentence holds quoted words, read once when first needed
        for (int t = a; t < b; t++)
        {
            if (_inQuote[t] || tokens.Kinds[t] != TokenKind.Word)
            {
                continue;
            }

            // A source phrase of the lexicon (according to X, in the words of X), or its possessive form (in X's words).
            if (SourcePhraseAt(t, b) is int phrase and > 0)
            {
                // "...," he said, according to IRNA: the source phrase only says where the report came from; the speech
                // verb before it, with its own speaker, already reports those words.
                if (AccordingTo(t, phrase, a, b) is { } according && !ReportsEarlierCue(into, according))
                {
                    into.Add(according);
                }

                continue;
            }

            if (InPossessorsWords(t, b) is { } inWords)
            {
                into.Add(inWords);
                continue;
            }

            string pos = _syntax.Pos(t);
            if (pos == "NOUN" && (NounReport(t, b) ?? NounClause(t) ?? NounQuote(t, b, blockEnd)) is { } statement)
            {
                into.Add(statement);
                continue;
            }

            // Only verbs and adjectives can be cues from here on: the classes (which may need the lemma, a string made
            // on demand) are read for them alone.
            if (pos is not ("VERB" or "ADJ"))
            {
                continue;
            }

            CueClass cls = CueClassOf(t);
            if ((cls & CueClass.AsIdiom) != 0 && pos == "VERB" && PutItReport(t, a, b, blockEnd) is { } asIt)
            {
                into.Add(asIt);
                continue;
            }

            // A verb of the lexicon, or an adjective of it predicating a that-clause (has been clear that ...).
            if ((cls & (CueClass.Speech | CueClass.Accuse | CueClass.Label | CueClass.Thought)) == 0
                || !(pos == "VERB" || ThatClauseOf(t) >= 0))
            {
                continue;
            }

            // made (it) clear that ...: the light verb reports the clause, not its adjective a second time. "It is clear
            // that ...": an adjective with an expletive subject is the author's judgement, and nobody is reported.
            if (pos == "ADJ" && ((_tree.Is(t, "xcomp") && _tree.Head(t) is int light and >= 0
                && ((_lexicon.ClassOf(_document.Tokens.CharsAt(light)) | _lexicon.ClassOf(_syntax.Lemma(light))) & CueClass.Light) != 0)
                || _tree.Child(t, "expl") >= 0))
            {
                continue;
            }

            // "Say clean energy", "Let's say ...", "do you think ...?": a command or a question reports nobody's words.
            if (IsImperative(t) || AsksTheAddressee(t, b) || AsksWhether(t, a, b) || IsUnrealisedInfinitive(t, cls) || IsNamingParticiple(t, cls)
                || InCapitalHeading(t, a, b))
            {
                continue;
            }

            (int head, int first) = Speaker(t);
            (int contentFirst, int contentEnd, string rule) = Content(t, b, blockEnd);
            if ((cls & CueClass.Speech) != 0 && QuotationFrame(t, a, b) is { } frame && (head < 0 || head >= frame.QuoteEnd))
            {
                // "We have the votes," the senator, who chairs the committee, said.
                (head, first, contentFirst, contentEnd, rule) = (frame.Head, frame.First, frame.QuoteFirst, frame.QuoteEnd, RuleIds.ParentheticalCue);
            }
            else if ((cls & CueClass.Speech) != 0 && InvertedParentheticalSubject(t, a, b) is (int inverted and >= 0, int phraseEnd))
            {
                // "The economy, said the minister, will recover": the whole sentence around the cue is reported. Split
                // quotations ("The plan," said Smith, "is a disaster.") keep their content, without the speaker's phrase.
                (head, first) = (inverted, t + 1);
                quoted ??= AnyQuoted(a, b);
                if (quoted == false)
                {
                    (contentFirst, contentEnd, rule) = (a, b, RuleIds.ParentheticalCue);
                }
                else if (contentFirst <= phraseEnd && contentEnd > phraseEnd + 1)
                {
                    contentFirst = phraseEnd + 1;
                }
            }
            else if ((cls & CueClass.Speech) != 0 && MedialParentheticalSubject(t, a, b) is (int medial and >= 0, int medialFirst)
                && !(head == medial && contentFirst > t && contentEnd > contentFirst && SpanHasSubject(contentFirst, contentEnd))
                && (quoted ??= AnyQuoted(a, b)) == false)
            {
                // "The plan, he said, was doomed": the same in the plain order. Only a parse that reads the parenthetical
                // right keeps its content: its speaker, and a clause after the cue with its own subject (After all, they
                // say, globalization is here to stay). Others hung the cue on the noun before it as a relative clause, made
                // it the root with two subjects, or reported only the predicate after it or the noun phrase before it.
                (head, first, contentFirst, contentEnd, rule) = (medial, medialFirst, a, b, RuleIds.ParentheticalCue);
            }

            into.Add(contentEnd > contentFirst
                ? new Report(t, head, first, contentFirst, contentEnd, rule)
                : new Report(t, head, first, 0, 0, RuleIds.BareCue));

            // said that X ... and that Y ...: a second that-clause (coordinated, or a second complement) is reported too.
            foreach (int c in _tree.Children.Of(t))
            {
                if (c > contentEnd && contentEnd > contentFirst && (_tree.Is(c, "conj") || _tree.Is(c, "ccomp")) && _tree.Child(c, "nsubj") >= 0
                    && _tree.Child(c, "mark") is int mark and >= 0 && _document.Tokens.CharsAt(mark).Equals("that", StringComparison.OrdinalIgnoreCase))
                {
                    into.Add(new Report(t, head, first, mark, _tree.SubtreeEnd(c), RuleIds.ClausalComplement));
                }
            }
        }
    }

    /// <summary>
    /// An infinitive cue with no subject of its own that an adjective or a noun governs (it is time to say ..., it would
    /// be strange for Congress to say ..., the right thing to say is ...), or that heads its sentence (And just to clarify
    /// that ...): nobody has said it. A verb whose object brings the words still does (To quote Lincoln, ...). Nor has
    /// the object of a verb that makes, asks or allows someone to say it (the bill would require hospitals to report ...,
    /// analysts expect the bank to announce ...): what that verb's object is to say is not yet said.
    /// </summary>
    private bool IsUnrealisedInfinitive(int cue, CueClass cls)
    {
        int head = _tree.Head(cue);
        return _tree.Child(cue, "nsubj") < 0 && _tree.HasChildWord(cue, "mark", "to")
            && ((head >= 0 && head != cue && _syntax.Pos(head) is "ADJ" or "NOUN") || (head < 0 && (cls & CueClass.SourceObject) == 0)
                || (head >= 0 && _tree.Is(cue, "xcomp") && _syntax.Pos(head) == "VERB" && _tree.Child(head, "obj") is int controller and >= 0 && controller < cue));
    }

    /// <summary>
    /// A labelling verb's past participle on a noun with no "by" phrase (a program called "Operation Warp Speed", an
    /// exhibit called I Want to Believe): the noun's name, which nobody is reported to have said; its quotation marks
    /// are a scare quote's. A "by" phrase still names who labelled it (a plan called "reckless" by critics).
    /// </summary>
    private bool IsNamingParticiple(int cue, CueClass cls)
    {
        if ((cls & CueClass.Label) == 0 || _syntax.Tag(cue) != "VBN" || !_tree.Is(cue, "acl") || _tree.Is(cue, "acl:relcl"))
        {
            return false;
        }

        // The name comes right after it (after an opening quotation mark at most). A clause under it is what a verb of
        // bidding or saying brings (a site called thousands to protest, his wife called after him: a past tense the tagger
        // read as a participle), not a name.
        bool named = false;
        foreach (int c in _tree.Children.Of(cue))
        {
            if ((_tree.Is(c, "obl") && HasCase(c, "by")) || (_syntax.Pos(c) is "VERB" or "AUX" && (_tree.Is(c, "xcomp") || _tree.Is(c, "ccomp") || _tree.Is(c, "advcl"))))
            {
                return false;
            }

            named |= c > cue && (_tree.Is(c, "obj") || _tree.Is(c, "xcomp")) && _tree.SubtreeFirst(c) <= cue + 2;
        }

        return named;
    }

    /// <summary>A base-form verb with no subject, no "to" and no auxiliary but "do" (<c>Say ...</c>, <c>Don't say ...</c>), heading its
    /// clause or the complement of "let" (<c>Let's say ...</c>).</summary>
    private bool IsImperative(int verb)
    {
        if (_syntax.Tag(verb) != "VB")
        {
            return false;
        }

        foreach (int c in _tree.Children.Of(verb))
        {
            string r = _tree.Relation(c);
            if (r is "nsubj" or "nsubj:pass" or "expl" || (r == "mark" && _document.Tokens.CharsAt(c).Equals("to", StringComparison.OrdinalIgnoreCase))
                || (r is "aux" or "aux:pass" && !_syntax.Lemma(c).Equals("do", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        int head = _tree.Head(verb);
        return _tree.Is(verb, "root") || head == verb || _tree.Is(verb, "conj") || _tree.Is(verb, "parataxis")
            || (_tree.Is(verb, "xcomp") && head >= 0 && _syntax.Lemma(head).Equals("let", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The number of words of the lexicon's source phrase starting at <paramref name="t"/> (before <paramref name="b"/>), or 0.</summary>
    private int SourcePhraseAt(int t, int b)
    {
        TokenList tokens = _document.Tokens;
        foreach (IReadOnlyList<string> phrase in _lexicon.SourcePhrases)
        {
            if (t + phrase.Count > b)
            {
                continue;
            }

            int k = 0;
            while (k < phrase.Count && tokens.CharsAt(t + k).Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
            {
                k++;
            }

            if (k == phrase.Count)
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>The cue classes of a word by its form, else by its lemma (the lexicon lists the usual inflections, so
    /// the lemma, a string built on demand, is only needed for the rest).</summary>
    internal CueClass CueClassOf(int t)
    {
        CueClass byForm = _lexicon.ClassOf(_document.Tokens.CharsAt(t));
        CueClass cls = byForm != CueClass.None ? byForm : _lexicon.ClassOf(_syntax.Lemma(t));
        if ((cls & CueClass.Light) == 0)
        {
            return cls;
        }

        // made (it) clear that ...: the light verb reports as its cue adjective would.
        foreach (int c in _tree.Children.Of(t))
        {
            if (_tree.Is(c, "xcomp") && _syntax.Pos(c) == "ADJ")
            {
                CueClass adjective = _lexicon.ClassOf(_document.Tokens.CharsAt(c));
                return adjective & (CueClass.Speech | CueClass.Thought);
            }
        }

        return CueClass.None;
    }

    private int First(int head) => _tree.SubtreeFirst(head);

    /// <summary>True when <paramref name="according"/>'s content, all before its phrase, ends with the cue and speaker of
    /// a report of <paramref name="found"/>, with nothing else but punctuation between them and the phrase (<c>"...," he
    /// said, according to IRNA</c>).</summary>
    private bool ReportsEarlierCue(List<Report> found, Report according)
    {
        if (according.ContentEnd > according.Cue)
        {
            return false;
        }

        foreach (Report r in found)
        {
            if (r.Cue < according.ContentFirst || r.Cue >= according.Cue || r.SpeakerHead < 0)
            {
                continue;
            }

            bool onlyFrame = true;
            for (int k = r.Cue + 1; k < according.Cue && onlyFrame; k++)
            {
                onlyFrame = (k >= r.SpeakerFirst && k <= r.SpeakerHead) || _document.Tokens.Kinds[k] == TokenKind.Punctuation;
            }

            if (onlyFrame)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A noun that roots its sentence with no copula or auxiliary of its own.</summary>
    private bool IsVerblessRoot(int noun) =>
        _tree.Head(noun) < 0 && _syntax.Pos(noun) is "NOUN" or "PROPN" && _tree.Child(noun, "cop") < 0 && _tree.Child(noun, "aux") < 0;

    private bool HasCase(int noun, string word) => _tree.HasChildWord(noun, "case", word);

    private bool IsRelativeWord(int t) => FunctionWords.IsRelativePronoun(_document.Tokens.CharsAt(t));
}
