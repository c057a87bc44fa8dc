using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <summary>The quoted-label rule of <see cref="ReportFinder"/>: a verb of labelling or declaring with a quoted predicate
/// after its object (<c>called the plan "a fig leaf"</c>, <c>declared this a "code red" moment</c>).</summary>
internal sealed partial class ReportFinder
{
    /// <summary>
    /// The object and quoted predicate a verb of labelling or declaring gives its object: the quoted words are the subject's,
    /// said of the object. Unquoted, the predicate is the author's summary (called it a mistake), which reports no words.
    /// Null when the cue labels nothing.
    /// </summary>
    private (int First, int End)? QuotedLabel(int cue, int b)
    {
        if ((CueClassOf(cue) & (CueClass.Label | CueClass.Speech)) == 0 || _tree.Child(cue, "obj") is not (int labelled and > 0) || labelled <= cue
            || LabelPredicate(cue, labelled) is not (int predicate and >= 0) || predicate <= labelled
            || !AnyQuoted(_tree.SubtreeFirst(predicate), _tree.SubtreeEnd(predicate)))
        {
            return null;
        }

        // Up to the closing mark or the predicate's head word: what the parse hung on the predicate after both is the
        // author's (called the plan "a fig leaf" on Tuesday); past the head word, no further than the predicate's first
        // quotation (calls these cases "enlace", translated here as "expansion"; declared this a "code red" moment).
        int end = _tree.SubtreeEnd(predicate);
        while (end > predicate + 1 && !_inQuote[end - 1])
        {
            end--;
        }

        while (end < b && _inQuote[end])
        {
            end++;
        }

        return (_tree.SubtreeFirst(labelled), Math.Min(end, Math.Max(predicate + 1, QuotationEnd(_tree.SubtreeFirst(predicate), b))));
    }

    /// <summary>The predicate a labelling verb gives its object <paramref name="labelled"/>: its xcomp, a second object
    /// (the parse often reads <c>declared this a "code red" moment</c> as two objects), or a quoted apposition of the
    /// object (<see cref="QuotedApposition"/>); -1 when none.</summary>
    private int LabelPredicate(int cue, int labelled)
    {
        int predicate = _tree.Child(cue, "xcomp");
        foreach (int c in _tree.Children.Of(cue))
        {
            if (predicate < 0 && c > labelled && _tree.Is(c, "obj"))
            {
                predicate = c;
            }
        }

        return predicate >= 0 ? predicate : QuotedApposition(labelled);
    }

    /// <summary>The end of the first quotation at or after <paramref name="from"/>: the token after its last quoted word.</summary>
    private int QuotationEnd(int from, int b)
    {
        int t = from;
        while (t < b && !_inQuote[t])
        {
            t++;
        }

        while (t < b && _inQuote[t])
        {
            t++;
        }

        return t;
    }

    /// <summary>
    /// An apposition or adjective after <paramref name="labelled"/> that a quotation opens on with nothing but the object's
    /// own words before its mark: the parse's readings of a quoted predicate (branded the budget "a betrayal of working
    /// people", called the plan "reckless and unaffordable"). A comma, colon, dash or bracket before it makes it a true apposition (the plan,
    /// "Project Fear", ...), which labels nothing. -1 when none.
    /// </summary>
    private int QuotedApposition(int labelled)
    {
        TokenList tokens = _document.Tokens;
        foreach (int c in _tree.Children.Of(labelled))
        {
            if (c <= labelled || !(_tree.Is(c, "appos") || _tree.Is(c, "amod")))
            {
                continue;
            }

            int first = _tree.SubtreeFirst(c);
            while (first < c && tokens.Kinds[first] != TokenKind.Word)
            {
                first++;
            }

            if (!_inQuote[first] || (first - 1 > labelled && _inQuote[first - 1] && tokens.Kinds[first - 1] == TokenKind.Word))
            {
                continue;
            }

            bool joined = true;
            for (int k = labelled + 1; k < first && joined; k++)
            {
                joined = tokens.CharsAt(k) is not ("," or ";" or ":" or "(" or ")" or "—" or "–" or "-");
            }

            if (joined)
            {
                return c;
            }
        }

        return -1;
    }
}
