namespace PolicyTextAnalysis.Attribution;

/// <summary>The source-phrase rules of <see cref="ReportFinder"/>: <c>according to X</c>, <c>in the words of X</c>, <c>in X's words</c>.</summary>
internal sealed partial class ReportFinder
{
    /// <summary>The report of a source phrase of <paramref name="length"/> words at <paramref name="according"/>
    /// (<c>according to X</c>, <c>in the words of X</c>): X is the speaker, the rest of the sentence the content.</summary>
    private Report? AccordingTo(int according, int length, int a, int b)
    {
        // The source is the noun the phrase's first word is the case marker of (according to X), else the noun its last
        // word is the case marker of (in the words of X); failing both, the word after the phrase.
        int sourceFirst = according + length;
        int source = _tree.Head(according);
        if (source < 0 || source < sourceFirst || _syntax.Pos(source) is not ("NOUN" or "PROPN" or "PRON"))
        {
            source = _tree.Head(sourceFirst - 1);
        }

        if (source < 0 || source < sourceFirst || _syntax.Pos(source) is not ("NOUN" or "PROPN" or "PRON"))
        {
            source = sourceFirst < b ? sourceFirst : -1;
        }

        if (source < 0)
        {
            return null;
        }

        // According to the Herald, Professor Anna Kowalski, the panel's chair, said ...: when the phrase opens the sentence
        // and hangs on a verb of speech later in it, the sentence reports what someone else said, and the source is only the
        // words up to the first comma, whatever the parse made of the name after it (an apposition, a modifier).
        if (OpensSentence(according, a) && NestedReport(source, b) is int firstComma and >= 0)
        {
            return new Report(according, source, sourceFirst, firstComma, b, RuleIds.AccordingTo);
        }

        int subtreeEnd = Math.Max(_tree.SubtreeEnd(source), sourceFirst + 1);
        int runEnd = SourceEnd(sourceFirst, b);
        int phraseEnd = Math.Min(runEnd, subtreeEnd < b ? subtreeEnd : b);

        // Opening the sentence, the source runs to its comma: its whole subtree when that ends at the comma (an Internet
        // posting made a day ago,), else the words up to the comma when no verb comes first (Afghan Ambassador to the
        // United States Hamdullah Mohib, with the name parsed apart).
        bool wholeSubtree = false;
        if (OpensSentence(according, a))
        {
            // (The parser may hang the comma itself on the source.)
            int comma = subtreeEnd < b && _document.Tokens.CharsAt(subtreeEnd) is "," ? subtreeEnd
                : subtreeEnd - 1 > sourceFirst && subtreeEnd - 1 < b && _document.Tokens.CharsAt(subtreeEnd - 1) is "," ? subtreeEnd - 1 : -1;
            if (comma >= 0)
            {
                phraseEnd = comma;
                wholeSubtree = true;
            }
            else if (runEnd < b && _document.Tokens.CharsAt(runEnd) is ",")
            {
                phraseEnd = Math.Max(phraseEnd, runEnd);
            }
        }
        // According to the league's coach, Omar Haidari, ...: the apposition is part of the source. When the source is
        // the name and the apposition its description (according to Kristen Wilkins, director of the institute), the
        // name stays the head.
        bool nameFirst = false;
        if (phraseEnd + 1 < b && _document.Tokens.CharsAt(phraseEnd) is "," && _tree.Head(phraseEnd + 1) >= 0
            && Appositive(phraseEnd, source) is int appos and >= 0)
        {
            phraseEnd = Math.Min(_tree.SubtreeEnd(appos), b);
            nameFirst = _syntax.Pos(source) == "PROPN" && _syntax.Pos(appos) != "PROPN";
            wholeSubtree = false;
        }

        // The same when the parser does not attach the name as an apposition: a run of proper nouns closed by a comma.
        if (phraseEnd + 2 < b && _document.Tokens.CharsAt(phraseEnd) is "," && _syntax.Pos(phraseEnd + 1) == "PROPN")
        {
            int end = phraseEnd + 1;
            while (end < b && _syntax.Pos(end) == "PROPN")
            {
                end++;
            }

            if (end < b && _document.Tokens.CharsAt(end) is ",")
            {
                phraseEnd = end;
                wholeSubtree = false;
                nameFirst = false;
            }
        }

        // The last word is the head when the parse split a name (Afghan Ambassador ... Hamdullah Mohib) or names an issuer
        // (a report by the Brookings Institution); a common noun there is only a modifier of the source (two people
        // familiar with the negotiations).
        // A name after a participle of perceiving or holding is not whose words they are (a memo seen by Reuters).
        int sourceHead = wholeSubtree || nameFirst || PerceivedBy(source, phraseEnd)
            || (source < phraseEnd && _syntax.Pos(phraseEnd - 1) != "PROPN" && _tree.SubtreeEnd(source) >= phraseEnd) ? source : phraseEnd - 1;
        // ..., according to a person familiar with the matter who spoke on condition of anonymity: a phrase closing the
        // sentence reports what comes before it, whatever clause the source's own description holds (but not one a comma
        // closes: the group has, according to various estimates, 4,000 fighters).
        if (according - a >= b - phraseEnd || (according > a + 1 && _document.Tokens.CharsAt(according - 1) is "," && OnlyPunctuation(subtreeEnd, b)
            && !(phraseEnd < b && _document.Tokens.CharsAt(phraseEnd) is ",")))
        {
            return new Report(according, sourceHead, sourceFirst, a, according, RuleIds.AccordingTo);
        }

        // Set off by commas inside the sentence (The plan, according to X, would cut ...): the sentence around it is the
        // content, its subject included.
        if (according - 1 > a && _document.Tokens.CharsAt(according - 1) is "," && phraseEnd < b && _document.Tokens.CharsAt(phraseEnd) is ","
            && !OpensSentence(according, a))
        {
            return new Report(according, sourceHead, sourceFirst, a, b, RuleIds.AccordingTo);
        }

        return new Report(according, sourceHead, sourceFirst, phraseEnd, b, RuleIds.AccordingTo);
    }

    // The first comma after the source when the source hangs on a verb of speech after that comma (the sentence's own
    // report); -1 otherwise.
    private int NestedReport(int source, int b)
    {
        int verb = _tree.Head(source);
        if (verb <= source || verb >= b || _syntax.Pos(verb) != "VERB" || (CueClassOf(verb) & CueClass.Speech) == 0)
        {
            return -1;
        }

        for (int t = _tree.SubtreeFirst(source); t < verb; t++)
        {
            if (t > source && _document.Tokens.CharsAt(t) is ",")
            {
                return t + 1 < verb ? t : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "In Lincoln's words, ...", "In the President's own words, ...": the possessive form of <c>in the words of X</c>.
    /// The possessor is the source and the rest of the sentence after the comma the content; read from the words.
    /// </summary>
    private Report? InPossessorsWords(int t, int b)
    {
        const int maxPossessor = 6;
        TokenList tokens = _document.Tokens;
        if (!tokens.CharsAt(t).Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (int k = t + 2; k < b - 2 && k <= t + maxPossessor + 2; k++)
        {
            if (!tokens.CharsAt(k).Equals("words", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int clitic = tokens.CharsAt(k - 1).Equals("own", StringComparison.OrdinalIgnoreCase) ? k - 2 : k - 1;
            if (clitic <= t + 1 || tokens.CharsAt(clitic) is not ("'s" or "’s" or "'" or "’") || tokens.CharsAt(k + 1) is not ",")
            {
                return null;
            }

            int possessor = clitic - 1;
            int first = tokens.CharsAt(t + 1).Equals("the", StringComparison.OrdinalIgnoreCase) ? t + 2 : t + 1;
            return _syntax.Pos(possessor) is "PROPN" or "NOUN" ? new Report(k, possessor, first, k + 2, b, RuleIds.AccordingTo) : null;
        }

        return null;
    }

    /// <summary>True when only punctuation, a conjunction or a sentence adverb comes before <paramref name="token"/> in its sentence.</summary>
    private bool OpensSentence(int token, int a)
    {
        if (token - a > 3)
        {
            return false;
        }

        for (int t = a; t < token; t++)
        {
            // A conjunction or a sentence adverb may come first (But according to X, ...; However, according to X, ...).
            if (_document.Tokens.Kinds[t] is TokenKind.Word or TokenKind.Number && _syntax.Pos(t) is not ("CCONJ" or "ADV"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The apposition of <paramref name="source"/> right after the comma at <paramref name="comma"/>, or -1.</summary>
    private int Appositive(int comma, int source)
    {
        foreach (int c in _tree.Children.Of(source))
        {
            // With a subject of its own it is a clause the parse mistook (According to X, prices rose ...: "rose" read
            // as a noun in apposition), not a description of the source.
            if (_tree.Is(c, "appos") && _syntax.Pos(c) is "PROPN" or "NOUN"
                && (_tree.SubtreeFirst(c) == comma || _tree.SubtreeFirst(c) == comma + 1)
                && _tree.Child(c, "nsubj") < 0 && _tree.Child(c, "nsubj:pass") < 0)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>Where the source phrase after <c>according to</c> ends: at a comma, a clause or the sentence's end.</summary>
    private int SourceEnd(int first, int b)
    {
        // A participle describes the source (figures published by the ONS, a report released on Tuesday by ...); a
        // finite verb or a subordinator starts the content.
        TokenList tokens = _document.Tokens;
        int t = first;
        while (t < b && tokens.Kinds[t] != TokenKind.Punctuation
            && !(_syntax.Pos(t) is "VERB" or "AUX" && _syntax.Tag(t) is not ("VBN" or "VBG")) && _syntax.Pos(t) != "SCONJ")
        {
            t++;
        }

        return t;
    }

    /// <summary>True when <paramref name="source"/> has a participle before <paramref name="end"/> that issues nothing
    /// (<c>seen</c>, <c>obtained</c>; not <c>published</c>, <c>released</c>: cue-lexicon class issue).</summary>
    private bool PerceivedBy(int source, int end)
    {
        foreach (int c in _tree.Children.Of(source))
        {
            if (c > source && c < end && _tree.Is(c, "acl") && _syntax.Tag(c) == "VBN"
                && (_lexicon.ClassOf(_document.Tokens.CharsAt(c)) & CueClass.Issue) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when tokens <c>[from, b)</c> are punctuation only.</summary>
    private bool OnlyPunctuation(int from, int b)
    {
        for (int t = from; t < b; t++)
        {
            if (_document.Tokens.Kinds[t] is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }
}
