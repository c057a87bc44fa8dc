using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <content>Speakers no name denotes: a description read off the noun phrase (<c>some studies</c>, <c>his mother</c>).</content>
internal sealed partial class SpeakerResolver
{
    // How far back a description's quoted modifier may open (the "small yard, high fence" approach).
    private const int MaxQuotedModifierTokens = 12;

    /// <summary>A speaker no name denotes, as its noun phrase without articles: "the authors" -> "authors"; a quantifier,
    /// number or demonstrative stays, since it says how many or which ("some studies", "two senior officials",
    /// "these results"), and so does a possessive pronoun ("his mother").</summary>
    private Speaker? CommonNounPhrase(int head)
    {
        // A word the parse made a subject is a noun whatever its tag (studies suggest, with "studies" tagged VBZ), and so is
        // an adjective subject with a determiner (the chief executive said: the treebanks show "executive" only as an
        // adjective).
        string pos = _syntax.Pos(head);
        bool subject = _tree.Is(head, "nsubj");
        if (!(pos == "NOUN" || (pos == "VERB" && subject && char.IsLower(_document.Tokens.CharsAt(head)[0]) && _tree.Children.Of(head).Length == 0)
            || (pos == "ADJ" && subject && _tree.Child(head, "det") >= 0) || OneOfPeople(head) >= 0))
        {
            return null;
        }

        int first = head;
        ReadOnlySpan<int> children = _tree.Children.Of(head);
        for (int i = children.Length - 1; i >= 0; i--)
        {
            int c = children[i];
            // Whose it is stays (his mother, their lawyer): without it the description names nobody in particular.
            if (c < first && _tree.SubtreeEnd(c) == first && (_tree.Is(c, "amod") || _tree.Is(c, "compound")
                || (_tree.Is(c, "nmod:poss") && _syntax.Pos(c) == "PRON") || _tree.Is(c, "nummod")
                || (_tree.Is(c, "det") && !FunctionWords.IsArticle(_document.Tokens.CharsAt(c)))))
            {
                first = _tree.SubtreeFirst(c);
            }
        }

        TokenList tokens = _document.Tokens;

        // A modifier's phrase may open with punctuation the parse hung on it (the smartest, toughest, most gracious man: the
        // comma before "toughest"); a description opens with a word.
        while (first < head && tokens.Kinds[first] == TokenKind.Punctuation)
        {
            first++;
        }

        // A quotation among the modifiers stays whole (the "small yard, high fence" approach): a phrase starting inside it
        // takes its opening mark and the words before it.
        int marks = 0;
        for (int t = first; t < head; t++)
        {
            marks += tokens.Kinds[t] == TokenKind.Quote && QuoteScanner.IsDoubleMark(tokens.CharsAt(t)) ? 1 : 0;
        }

        for (int t = first - 1; marks % 2 == 1 && t >= 0 && t >= first - MaxQuotedModifierTokens; t--)
        {
            if (tokens.Kinds[t] == TokenKind.Quote && QuoteScanner.IsDoubleMark(tokens.CharsAt(t)))
            {
                first = t;
                break;
            }
        }

        int end = OneOfPeople(head) is int people and >= 0 ? people : WholeOfPartitive(head);
        return new Speaker(_document.Text[tokens.Starts[first]..tokens.Ends[end]], null, false, IsDescription: true);
    }

    /// <summary>The plural person noun of the <c>of</c> phrase of a single one picked out of a group (<c>one of the
    /// conductors</c>, <c>one of my aides</c>): one person, described by the group; else -1.</summary>
    private int OneOfPeople(int head)
    {
        const int MaxPhraseTokens = 6;
        if (!_document.Tokens.CharsAt(head).Equals("one", StringComparison.OrdinalIgnoreCase) || _syntax.Pos(head) is not ("NUM" or "PRON" or "NOUN"))
        {
            return -1;
        }

        foreach (int c in _tree.Children.Of(head))
        {
            if (c > head && c - head <= MaxPhraseTokens && _tree.Is(c, "nmod") && _tree.HasChildWord(c, "case", "of")
                && Resolution.PersonNouns.IsPluralPeople(_document, c))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The noun of a noun of quantity's <c>of</c> phrase (a lot of [people], the majority of the American [people]),
    /// which says who the quantity is of, without what follows it; else <paramref name="head"/>.</summary>
    private int WholeOfPartitive(int head)
    {
        const int MaxPhraseTokens = 8;
        if (!SpeakerWords.IsPartitive(_document.Tokens.CharsAt(head)))
        {
            return head;
        }

        foreach (int c in _tree.Children.Of(head))
        {
            if (c > head && _tree.Relation(c).StartsWith("nmod", StringComparison.Ordinal) && _tree.Child(c, "case") is int of and >= 0
                && _document.Tokens.CharsAt(of).Equals("of", StringComparison.OrdinalIgnoreCase) && c - head <= MaxPhraseTokens)
            {
                return c;
            }
        }

        return head;
    }
}
