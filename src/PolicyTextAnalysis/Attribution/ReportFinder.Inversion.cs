using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <content>Speech verbs inside the sentence they report, set off by commas (<c>The economy, said the minister, will
/// recover</c>; <c>The plan, he said, was doomed</c>), and inverted after a quotation (<c>"...," said the spokesman</c>).</content>
internal sealed partial class ReportFinder
{
    /// <summary>
    /// The head of the subject of a speech verb inverted inside the sentence it reports (<c>The economy, said the minister,
    /// will recover</c>; <c>"The plan," said Smith, "is a disaster."</c>): the cue right after a comma (and a closing
    /// mark), then a short noun phrase closed by a comma (returned with the comma's position), with the sentence going on
    /// after it; else (-1, -1). Read from the words, as the parser usually makes the words before the cue its subject.
    /// </summary>
    private (int Head, int PhraseEnd) InvertedParentheticalSubject(int cue, int a, int b)
    {
        const int MaxPhrase = 6;
        TokenList tokens = _document.Tokens;

        // Inversion takes a finite past or third-person form (said, says, added); "..., commit abuses, ..." is no cue.
        if (_syntax.Tag(cue) is not ("VBD" or "VBZ"))
        {
            return (-1, -1);
        }

        int before = cue - 1;
        if (before > a && tokens.Kinds[before] == TokenKind.Quote)
        {
            before--;
        }

        if (before <= a || tokens.CharsAt(before) is not ",")
        {
            return (-1, -1);
        }

        int head = -1, end = cue + 1;
        for (; end < b && end <= cue + MaxPhrase && tokens.CharsAt(end) is not ","; end++)
        {
            string pos = _syntax.Pos(end);
            if (pos is "NOUN" or "PROPN")
            {
                head = end;
            }
            else if (pos is not ("DET" or "ADJ" or "NUM") || head >= 0)
            {
                return (-1, -1);   // a determiner or adjective after the noun, or any other word: no bare noun phrase
            }
        }

        // The sentence goes on after the phrase's comma (and an opening mark) with words of its own.
        int after = end + 1;
        while (after < b && tokens.Kinds[after] == TokenKind.Quote)
        {
            after++;
        }

        // ... and, with no quotation before the cue, its first word can go on the reported sentence: a participle or a
        // coordinator starts a clause of the cue's own (Jones, however, disputed that account, insisting ...: "that account"
        // is the cue's object; but "Once more," said the man, licking his lips, ...).
        bool afterQuotation = before < cue - 1 || (before > a && tokens.Kinds[before - 1] == TokenKind.Quote);
        return head >= 0 && end < b && tokens.CharsAt(end) is "," && after < b && tokens.Kinds[after] == TokenKind.Word
            && (afterQuotation || (_syntax.Tag(after) is not "VBG" && _syntax.Pos(after) is not "CCONJ")) ? (head, end) : (-1, -1);
    }

    /// <summary>
    /// The head and first word of the subject of a speech verb set off by commas inside the sentence it reports, in the
    /// plain order (<c>The plan, he said, was doomed</c>; <c>Such a policy, critics argue, would hurt the poor</c>): words
    /// of the sentence (opening with a noun phrase, not ending in a subordinator, coordinator or preposition), a comma, a third-person subject pronoun or a short noun phrase, the cue in a finite form, a comma,
    /// and the sentence going on with a word that opens no clause of the cue's own (not a participle or coordinator);
    /// else (-1, -1). Read from the words, as the parser hangs such a cue on the noun before it as a relative clause, makes
    /// it the root, or a clausal subject, and the reported clause is lost.
    /// </summary>
    private (int Head, int First) MedialParentheticalSubject(int cue, int a, int b)
    {
        const int MaxPhrase = 6;
        const int MaxAfterCue = 5;
        TokenList tokens = _document.Tokens;
        if (_syntax.Tag(cue) is not ("VBD" or "VBZ" or "VBP"))
        {
            return (-1, -1);
        }

        // The cue may take a few words of its own before the comma: adverbs, a day, and phrases opened by a preposition
        // (said Monday, said in a statement,); not an object (announced the release to parliament Tuesday, ...), after
        // which the comma closes no parenthetical.
        int comma = cue + 1;
        bool inPhrase = false;
        while (comma < b && comma - cue <= MaxAfterCue && tokens.Kinds[comma] == TokenKind.Word)
        {
            string pos = _syntax.Pos(comma);
            if (pos == "ADP")
            {
                inPhrase = true;
            }
            else if (!(pos == "ADV" || (inPhrase && pos is "DET" or "ADJ" or "NUM" or "NOUN" or "PROPN")
                || NumericLexicon.IsDayWord(tokens.CharsAt(comma))))
            {
                break;
            }

            comma++;
        }

        if (comma + 1 >= b || tokens.CharsAt(comma) is not "," || tokens.Kinds[comma + 1] != TokenKind.Word
            || _syntax.Tag(comma + 1) is "VBG" || _syntax.Pos(comma + 1) is "CCONJ" || !OpensWithNounPhrase(a, b))
        {
            return (-1, -1);
        }

        // A pronoun: he, she, they or it; the voice's own "I" and "we" are its claims, not a report.
        int last = cue - 1;
        if (last - 1 > a && _syntax.Pos(last) == "PRON" && tokens.CharsAt(last - 1) is "," && OpensParenthetical(last - 1)
            && (FunctionWords.IsSubjectPronoun(tokens.CharsAt(last)) || tokens.CharsAt(last).Equals("it", StringComparison.OrdinalIgnoreCase))
            && !FunctionWords.IsFirstPerson(tokens.CharsAt(last)))
        {
            return (last, last);
        }

        // A noun phrase: determiners, adjectives and numbers, then nouns or names up to the cue.
        if (last <= a || _syntax.Pos(last) is not ("NOUN" or "PROPN"))
        {
            return (-1, -1);
        }

        int first = last;
        while (first - 1 > a && last - first < MaxPhrase && _syntax.Pos(first - 1) is "NOUN" or "PROPN")
        {
            first--;
        }

        while (first - 1 > a && last - first < MaxPhrase && _syntax.Pos(first - 1) is "DET" or "ADJ" or "NUM")
        {
            first--;
        }

        return first - 1 > a && tokens.CharsAt(first - 1) is "," && last - first < MaxPhrase && OpensParenthetical(first - 1) ? (last, first) : (-1, -1);
    }

    /// <summary>True when the comma at <paramref name="comma"/> follows words that the parenthetical can report as a whole:
    /// not a subordinator, coordinator or preposition (<c>because, it said, no payment was made</c> reports only the clause
    /// after it).</summary>
    private bool OpensParenthetical(int comma) => comma > 0 && _syntax.Pos(comma - 1) is not ("SCONJ" or "CCONJ" or "ADP");

    /// <summary>True when the sentence from <paramref name="a"/> opens with a noun phrase (after a coordinator at most): the
    /// subject the parenthetical interrupts, not an opening adverbial (<c>Meanwhile, Vietnam said Friday, it will ...</c>:
    /// the cue's clause is the main one there, and the parse reads it).</summary>
    private bool OpensWithNounPhrase(int a, int b)
    {
        int first = a < b && _syntax.Pos(a) == "CCONJ" ? a + 1 : a;
        return first < b && _syntax.Pos(first) is "DET" or "NOUN" or "PROPN" or "PRON" or "ADJ" or "NUM";
    }

    /// <summary>True when a word heading the span <c>[first, end)</c> (its head outside it) has a subject inside it.</summary>
    private bool SpanHasSubject(int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            int head = _tree.Head(t);
            if (head >= first && head < end)
            {
                continue;
            }

            foreach (int c in _tree.Children.Of(t))
            {
                if (c >= first && c < end && (_tree.Relation(c).StartsWith("nsubj", StringComparison.Ordinal)
                    || _tree.Relation(c).StartsWith("csubj", StringComparison.Ordinal) || _tree.Is(c, "expl")))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool AnyQuoted(int a, int b)
    {
        for (int t = a; t < b; t++)
        {
            if (_inQuote[t])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name or noun phrase right after the cue that the parse made its object or predicate complement
    /// (<c>"...," said the spokesman</c>: after a quotation a speech verb's next noun phrase is its subject), or -1. Only a
    /// finite verb is inverted: after a comma a participle or a bare verb takes its object (<c>..., telling reporters that</c>,
    /// <c>..., urging Congress to act</c>). In EWT and GUM gold, none of 268 participles in -ing and 141 bare verbs after a
    /// comma or quotation mark has a subject after it.</summary>
    private int InvertedName(int cue)
    {
        if (_syntax.Tag(cue) is "VBG" or "VB")
        {
            return -1;
        }

        // The phrase right after the cue; a quotation before the cue may be a complement of the cue too.
        foreach (int name in _tree.Children.Of(cue))
        {
            if (name > cue && _tree.SubtreeFirst(name) == cue + 1 && _syntax.Pos(name) is "PROPN" or "NOUN"
                && (_tree.Is(name, "obj") || _tree.Is(name, "xcomp") || (_tree.Is(name, "ccomp") && IsVerblessNoun(name))))
            {
                return name;
            }
        }

        return -1;
    }

    /// <summary>
    /// The head of a subject inverted after a quotation that the parser made the subject of a later clause
    /// (<c>"...," said Mr. Bennet; and, as he spoke, he left</c>; <c>"...!" said she, when the door was shut</c>): a cue
    /// with no subject right after the closing mark, then a subject pronoun or a short noun phrase closed by punctuation;
    /// else -1. Read from the words, since the parse around the phrase is wrong.
    /// </summary>
    private int InvertedSubjectBeforeClause(int cue, bool quotationAfter)
    {
        const int MaxPhrase = 6;
        TokenList tokens = _document.Tokens;
        int b = tokens.Count;
        if (cue < 1 || tokens.Kinds[cue - 1] != TokenKind.Quote || _syntax.Tag(cue) is not ("VBD" or "VBZ")
            || (_tree.Child(cue, "nsubj") is int subject and >= 0 && !_inQuote[subject]))
        {
            return -1;
        }

        // A quotation after the phrase is the rest of a split quotation ("...," said I, "..."): with quotationAfter false
        // no phrase is returned then.
        int end = cue + 1;
        if (end < b && _syntax.Pos(end) == "PRON")
        {
            // Not "said I": the voice's own words are read by the rules for the first person.
            ReadOnlySpan<char> pronoun = tokens.CharsAt(end);
            return FunctionWords.IsSubjectPronoun(pronoun) && !FunctionWords.IsFirstPerson(pronoun)
                && end + 1 < b && tokens.Kinds[end + 1] == TokenKind.Punctuation
                && (quotationAfter || !(end + 2 < b && tokens.Kinds[end + 2] == TokenKind.Quote)) ? end : -1;
        }

        int head = -1;
        for (; end < b && end <= cue + MaxPhrase && tokens.Kinds[end] != TokenKind.Punctuation; end++)
        {
            string pos = _syntax.Pos(end);
            if (pos is "NOUN" or "PROPN")
            {
                head = end;
            }
            else if (pos is not ("DET" or "ADJ") || head >= 0)
            {
                return -1;
            }
        }

        bool closed = end == b
            || (tokens.Kinds[end] == TokenKind.Punctuation && (quotationAfter || !(end + 1 < b && tokens.Kinds[end + 1] == TokenKind.Quote)));
        return head >= 0 && closed && _tree.Head(head) != cue ? head : -1;
    }

    /// <summary>
    /// True when <paramref name="c"/> is the subject of a cue inverted after a quotation that the parser took for its
    /// complement clause (<c>"...," said one nurse at the hospital</c>): a noun right after the cue with no verb, copula or
    /// subject of its own, so no clause. A subject the parse gave the cue from inside the quotation before it (<c>"President
    /// Lee's policies have ...," said Director Ann Cole</c>, with <c>Lee</c> the subject of <c>said</c>) is no subject.
    /// </summary>
    private bool IsInvertedSubject(int cue, int c) =>
        cue > 0 && _document.Tokens.Kinds[cue - 1] is TokenKind.Punctuation or TokenKind.Quote
        && (_tree.Child(cue, "nsubj") is var subject && (subject < 0 || (subject < cue - 1 && _document.Tokens.Kinds[cue - 1] == TokenKind.Quote)))
        && _tree.SubtreeFirst(c) == cue + 1 && _syntax.Pos(c) is "PROPN" or "NOUN" && IsVerblessNoun(c);

    private bool IsVerblessNoun(int noun) =>
        _tree.Child(noun, "cop") < 0 && _tree.Child(noun, "aux") < 0 && _tree.Child(noun, "nsubj") < 0;
}
