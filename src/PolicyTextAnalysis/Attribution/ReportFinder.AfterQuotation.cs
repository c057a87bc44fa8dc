using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis.Attribution;

/// <content>A speaker written between a quotation's closing mark and its cue (<c>"...," the minister said</c>).</content>
internal sealed partial class ReportFinder
{
    /// <summary>
    /// The head of a noun phrase between a quotation's closing mark (and its comma) and a finite <paramref name="cue"/>:
    /// the phrase's word the parse hangs outside it, a noun, name or pronoun, with no verb or second quotation in the
    /// phrase; else -1.
    /// </summary>
    private int PhraseAfterQuotation(int cue)
    {
        const int MaxPhrase = 12;
        TokenList tokens = _document.Tokens;
        if (_syntax.Tag(cue) is not ("VBD" or "VBZ" or "VBP") || _inQuote[cue])
        {
            return -1;
        }

        int end = cue;
        while (end > 0 && tokens.Kinds[end - 1] == TokenKind.Punctuation)
        {
            end--;
        }

        // The quotation closes on the cue's line: one closing the paragraph before has its own frame.
        int start = end;
        while (start > 0 && end - start < MaxPhrase && tokens.Kinds[start - 1] != TokenKind.Quote && !tokens.LineBreakBefore(start))
        {
            start--;
        }

        if (start == end || start == 0 || tokens.LineBreakBefore(start) || tokens.Kinds[start - 1] != TokenKind.Quote || !_inQuote[start - 1])
        {
            return -1;
        }

        while (start < end && tokens.Kinds[start] == TokenKind.Punctuation)
        {
            start++;
        }

        int head = -1;
        for (int t = start; t < end; t++)
        {
            if (_syntax.Pos(t) is "VERB" or "AUX")
            {
                return -1;
            }

            int up = _tree.Head(t);
            if (head < 0 && (up < start || up >= end) && _syntax.Pos(t) is "NOUN" or "PROPN" or "PRON")
            {
                head = t;
            }
        }

        return head;
    }

    /// <summary>True when only punctuation lies between a closing quotation mark and <paramref name="cue"/>.</summary>
    private bool RightAfterQuotation(int cue)
    {
        int k = cue - 1;
        while (k >= 0 && _document.Tokens.Kinds[k] == TokenKind.Punctuation)
        {
            k--;
        }

        return k >= 0 && _document.Tokens.Kinds[k] == TokenKind.Quote;
    }
}
