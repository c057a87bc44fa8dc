using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Attribution;

/// <content>The names a parse lost as a cue's subject, read from the words around the cue: a name in commas before it,
/// a name before its description (<c>In a statement, Dana Reyes, the mayor, said</c>).</content>
internal sealed partial class ReportFinder
{
    /// <summary>The name a subjectless cue missed: a person the recogniser found opening the names in commas right before
    /// it; else the proper noun before an apposition (or right before the cue); else those names in commas; -1 if none.</summary>
    private int NameBeforeCue(int cue)
    {
        int inCommas = NameInCommas(cue);
        if (inCommas >= 0 && PersonOpening(inCommas) is int person and >= 0)
        {
            return person;
        }

        return NameBeforeApposition(cue) is int before and >= 0 && _syntax.Pos(before) == "PROPN" ? before : inCommas;
    }

    /// <summary>The last word of a name of capitalised proper nouns set off by commas right before <paramref name="cue"/>
    /// (<c>, Ahmed Karimi, said</c>); -1 when there is none.</summary>
    private int NameInCommas(int cue)
    {
        const int maxName = 5;
        if (cue < 3 || _document.Tokens.CharsAt(cue - 1) is not ",")
        {
            return -1;
        }

        for (int k = cue - 2; k >= 1 && k >= cue - 2 - maxName; k--)
        {
            if (_document.Tokens.CharsAt(k) is ",")
            {
                return k < cue - 2 ? cue - 2 : -1;
            }

            if (_syntax.Pos(k) != "PROPN" || !char.IsUpper(_document.Tokens.CharsAt(k)[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The last word of a person's name that ends right before the comma opening <paramref name="description"/>'s
    /// phrase (<c>Dana Reyes, the mayor,</c>), or -1.</summary>
    private int NameBeforeDescription(int description)
    {
        int first = _tree.SubtreeFirst(description);
        if (_document.Tokens.CharsAt(first) is ",")
        {
            first++;
        }

        return first >= 2 && _document.Tokens.CharsAt(first - 1) is "," && _syntax.Pos(first - 2) == "PROPN"
            && PersonOpening(first - 2) == first - 2 ? first - 2 : -1;
    }

    /// <summary>The last word of a person's name the recogniser found opening the run of proper nouns that ends at
    /// <paramref name="last"/> (<c>, Helen Stone MP, said</c> after <c>the Minister for Care</c>: <c>Stone</c>), or -1.</summary>
    private int PersonOpening(int last)
    {
        TokenList tokens = _document.Tokens;
        int first = last;
        while (first > 0 && _syntax.Pos(first - 1) == "PROPN")
        {
            first--;
        }

        IReadOnlyList<EntityMention> entities = _document.Entities;
        int i = EntitySearch.FirstAtOrAfter(entities, tokens.Starts[first]);
        if (i >= entities.Count || entities[i].Start != tokens.Starts[first] || entities[i].Label != EntityLabels.Person)
        {
            return -1;
        }

        int end = first;
        while (end < last && tokens.Ends[end + 1] <= entities[i].End)
        {
            end++;
        }

        return end;
    }

    /// <summary>The token right before <paramref name="cue"/>, or, when a comma precedes it, the token before the
    /// apposition of at most twelve words without a verb that the comma closes; -1 when there is none.</summary>
    private int NameBeforeApposition(int cue)
    {
        const int maxApposition = 12;
        if (_document.Tokens.CharsAt(cue - 1) is not ",")
        {
            return cue - 1;
        }

        for (int k = cue - 2; k >= 1 && k >= cue - 2 - maxApposition; k--)
        {
            if (_document.Tokens.CharsAt(k) is ",")
            {
                return k < cue - 2 ? k - 1 : -1;
            }

            if (_document.Tokens.Kinds[k] != TokenKind.Word || _syntax.Pos(k) is "VERB" or "AUX")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="noun"/>'s phrase comes right after a verb inside <paramref name="subject"/>'s
    /// phrase (its relative clause's verb): the noun is that verb's object, whatever the parse hung it on.</summary>
    private bool ObjectInPhraseOf(int subject, int noun)
    {
        int before = _tree.SubtreeFirst(noun) - 1;
        return before >= 0 && _syntax.Pos(before) == "VERB" && before >= _tree.SubtreeFirst(subject) && before < _tree.SubtreeEnd(subject);
    }
}
