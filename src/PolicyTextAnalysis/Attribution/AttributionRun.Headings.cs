namespace PolicyTextAnalysis.Attribution;

/// <content>Headings: lines that name what follows and report nobody's words.</content>
internal sealed partial class AttributionRun
{
    /// <summary>
    /// True when tokens <c>[a, b)</c>, a paragraph of their own, are a heading: no quotation mark, no final stop, question
    /// or colon, and in title case with three capitalised words at least.
    /// </summary>
    private bool IsHeading(int a, int b)
    {
        TokenList tokens = _document.Tokens;
        return b - a >= 3 && tokens.CharsAt(b - 1) is not ("." or "?" or "!" or ":" or ";") && !HasQuotationMark(a, b)
            && TitleCaseWords(a, b) >= 3;
    }

    /// <summary>
    /// True when tokens <c>[a, b)</c>, a paragraph of their own, can head a list: one to six words in title case or capitals,
    /// no quotation mark and no final punctuation (<c>MEMBERS OF CONGRESS</c>, <c>Labor Leaders</c>).
    /// </summary>
    private bool IsListHeading(int a, int b)
    {
        const int MaxHeadingTokens = 6;
        TokenList tokens = _document.Tokens;
        return b > a && b - a <= MaxHeadingTokens && tokens.Kinds[b - 1] == TokenKind.Word && !HasQuotationMark(a, b)
            && TitleCaseWords(a, b) >= 1;
    }

    private bool HasQuotationMark(int a, int b)
    {
        for (int t = a; t < b; t++)
        {
            if (_document.Tokens.Kinds[t] == TokenKind.Quote)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many words of tokens <c>[first, end)</c> are capitalised when all are but function words (title case: Call with
    /// the Prime Minister; "Promoting Calder Innovation and Security"); -1 when another word is in lower case.
    /// </summary>
    private int TitleCaseWords(int first, int end)
    {
        TokenList tokens = _document.Tokens;
        int capitalised = 0;
        for (int t = first; t < end; t++)
        {
            if (tokens.Kinds[t] != TokenKind.Word)
            {
                continue;
            }

            if (char.IsUpper(tokens.CharsAt(t)[0]))
            {
                capitalised++;
            }
            else if (_document.Syntax?.Pos(t) is not ("ADP" or "CCONJ" or "SCONJ" or "DET" or "PART" or "PRON" or "AUX"))
            {
                return -1;
            }
        }

        return capitalised;
    }
}
