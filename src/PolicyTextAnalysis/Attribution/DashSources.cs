namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// Dash sources: a quotation credited by a dash and its source (<c>"We will act." — Sen. Jane Doe</c>,
/// <c>"..." – Lena Weiss, CEO of Calder Steel</c>, or the dash on the next line), as epigraphs, pull quotes and press
/// round-ups credit words. The source is the capitalised phrase after the dash, up to a comma, and the credit must end
/// its line, so a dash that goes on with the author's sentence (<c>"reforms" — which changed little</c>) credits nobody.
/// Read from the words, like <see cref="LabelLines"/>: the parse of a bare name after a dash says little.
/// </summary>
internal sealed class DashSources
{
    /// <summary>Longest credit after the dash, in tokens.</summary>
    private const int MaxCreditTokens = 25;

    private readonly Document _document;

    public DashSources(Document document)
    {
        _document = document;
    }

    /// <summary>The report crediting the quotation of tokens <c>[open, close]</c> (its marks included), or null.</summary>
    public Report? After(int open, int close)
    {
        TokenList tokens = _document.Tokens;
        int dash = close + 1;
        int first = dash + 1;
        if (first >= tokens.Count || !Text.TextChars.IsDashToken(tokens.CharsAt(dash)) || LineBreakBefore(first)
            || tokens.Kinds[first] != TokenKind.Word || !char.IsUpper(tokens.CharsAt(first)[0]))
        {
            return null;
        }

        // The credit runs to the end of its line.
        int lineEnd = first + 1;
        while (lineEnd < tokens.Count && !LineBreakBefore(lineEnd))
        {
            if (lineEnd - first >= MaxCreditTokens)
            {
                return null;
            }

            lineEnd++;
        }

        // The source is the part before a comma (Lena Weiss, CEO of ...): capitalised words and the function words of names.
        int head = -1;
        for (int t = first; t < lineEnd; t++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);
            if (w is "," or "(" or ";")
            {
                break;
            }

            if (tokens.Kinds[t] == TokenKind.Word)
            {
                if (!char.IsUpper(w[0]) && !Syntax.FunctionWords.IsNameConnector(w))
                {
                    return null;
                }

                head = t;
            }
            else if (!(tokens.Kinds[t] == TokenKind.Clitic || (tokens.Kinds[t] == TokenKind.Punctuation && w is "." or "&" or "-")))
            {
                return null;
            }
        }

        // No cue word: the dash only punctuates the credit, as the colon does a label.
        return head < 0 ? null : new Report(-1, head, first, open, close + 1, RuleIds.DashSource);
    }

    private bool LineBreakBefore(int token)
    {
        TokenList tokens = _document.Tokens;
        return _document.Text.AsSpan(tokens.Ends[token - 1], tokens.Starts[token] - tokens.Ends[token - 1]).Contains('\n');
    }
}
