namespace PolicyTextAnalysis.Attribution;

/// <summary>Credit lines, and where the one quotation a label or credit line takes ends (<see cref="LabelLines"/>).</summary>
internal sealed partial class LabelLines
{
    /// <summary>
    /// The credit report of a line whose name runs from <paramref name="first"/> to before <paramref name="end"/> (where a
    /// publication note or the line ends), for the quotation paragraph <c>[contentFirst, contentEnd)</c>: the words are a
    /// name (capitalised words and the function words of names, a party note, a title's full stop) up to an optional
    /// affiliation after a comma, not a place, and the quotation paragraph is one quotation; else null. The report has no
    /// speaker when the name is no person or named entity of the text, unless <paramref name="noted"/> (a note in
    /// parentheses follows the name, which marks it as the source however unknown).
    /// </summary>
    private Report? CreditLine(int first, int end, int contentFirst, int contentEnd, bool noted = false)
    {
        TokenList tokens = _document.Tokens;
        if (contentFirst < contentEnd && IsBullet(tokens.CharsAt(contentFirst)))
        {
            contentFirst++; // "- "..."": a quotation set as a list item
            if (TopicQuotation(contentFirst, contentEnd) is int topicQuotation and >= 0)
            {
                contentFirst = topicQuotation; // "- On the budget: "..."": a list of one speaker's answers by topic
            }
        }

        if (end - first > MaxCreditTokens || end <= first || WholeQuotationEnd(tokens, contentFirst, contentEnd) is not (> 0 and var quotationEnd))
        {
            return null;
        }

        contentEnd = quotationEnd;

        (int lastWord, _, _, int roleNoun, _) = ScanName(first, end, commaEndsName: true);
        if (lastWord < 0)
        {
            return null;
        }

        first = roleNoun >= 0 ? roleNoun + 1 : first;

        // A place is no credit (a transcript's "East Room"). A line of this shape that names nobody the text knows (an
        // organisation the recogniser missed, a heading) still stands between the quotation and the speaker before it:
        // its quotation gets no speaker rather than the last one's.
        if (_speakers.LabelAt(lastWord) is EntityLabels.GeopoliticalEntity or EntityLabels.Location or EntityLabels.Facility)
        {
            return null;
        }

        bool named = noted || IsNamed(first, lastWord);
        return named ? new Report(-1, lastWord, first, contentFirst, contentEnd, RuleIds.CreditLine)
            : new Report(-1, -1, -1, contentFirst, contentEnd, RuleIds.CreditLine);
    }

    /// <summary>
    /// Where the quotation ends when the paragraph <c>[first, end)</c> is one quotation: it opens with a double quotation
    /// mark and the next one ends it (a full stop, or a note in brackets such as <c>[Press statement, 1/06/2024]</c>, may
    /// follow: the quotation ends before them) or it has no other (the quotation runs on into the next paragraph: the
    /// paragraph's end); so no cue of its own (<c>"...," she said.</c>) names another speaker. -1 otherwise.
    /// </summary>
    internal static int WholeQuotationEnd(TokenList tokens, int first, int end)
    {
        const int longestNote = 24;
        if (end - first < 3 || tokens.Kinds[first] != TokenKind.Quote || !QuoteScanner.IsDoubleMark(tokens.CharsAt(first)))
        {
            return -1;
        }

        int close = first + 1;
        while (close < end && !(tokens.Kinds[close] == TokenKind.Quote && QuoteScanner.IsDoubleMark(tokens.CharsAt(close))))
        {
            close++;
        }

        if (close >= end)
        {
            return end;
        }

        int last = end - 1;
        if (tokens.CharsAt(last) is "." && tokens.Kinds[last] == TokenKind.Punctuation)
        {
            last--;
        }

        if (tokens.CharsAt(last) is "]" or ")")
        {
            string open = tokens.CharsAt(last) is "]" ? "[" : "(";
            int note = last - 1;
            while (note > close && last - note <= longestNote && !tokens.CharsAt(note).Equals(open, StringComparison.Ordinal))
            {
                note--;
            }

            last = tokens.CharsAt(note).Equals(open, StringComparison.Ordinal) ? note - 1 : last;
        }

        return close == last ? close + 1 : -1;
    }
}
