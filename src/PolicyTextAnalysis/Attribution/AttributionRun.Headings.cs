namespace PolicyTextAnalysis.Attribution;

/// <content>Headings: lines that name what follows and report nobody's words.</content>
internal sealed partial class AttributionRun
{
    /// <summary>
    /// True when tokens <c>[a, b)</c>, a paragraph of their own, are a heading: no quotation mark, no final stop, question
    /// or colon, and every word of four letters or more capitalised but function words (title case), three such words at
    /// least.
    /// </summary>
    private bool IsHeading(int a, int b)
    {
        TokenList tokens = _document.Tokens;
        if (b - a < 3 || tokens.CharsAt(b - 1) is "." or "?" or "!" or ":" or ";")
        {
            return false;
        }

        int capitalised = 0;
        for (int t = a; t < b; t++)
        {
            if (tokens.Kinds[t] == TokenKind.Quote)
            {
                return false;
            }

            ReadOnlySpan<char> w = tokens.CharsAt(t);
            if (tokens.Kinds[t] == TokenKind.Word && w.Length >= 4)
            {
                // Title case leaves the function words in lower case (Call with the Prime Minister).
                if (!char.IsUpper(w[0]) && _document.Syntax?.Pos(t) is not ("ADP" or "DET" or "CCONJ" or "SCONJ" or "PART" or "PRON" or "AUX"))
                {
                    return false;
                }

                capitalised += char.IsUpper(w[0]) ? 1 : 0;
            }
        }

        return capitalised >= 3;
    }
}
