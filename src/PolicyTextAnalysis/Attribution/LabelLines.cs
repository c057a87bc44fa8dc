namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// Label lines: a paragraph opening with a name and a colon (<c>Sen. Jane Doe: We must act.</c>), as press releases
/// list reactions. The rest of the paragraph is the named speaker's words. Transcript turns (<c>THE PRESIDENT:</c>,
/// <c>MR. SMITH:</c>) are not quotes but the text's voices, and their labels are in capitals, so a label qualifies
/// only when at most half its words are in capitals (<c>Numbers USA</c> qualifies), every word is capitalised or a function word of names, and
/// the label resolves to a person or a named entity of the text, or has two or more words and a quotation follows it.
/// </summary>
internal sealed class LabelLines
{
    /// <summary>Longest label, in tokens.</summary>
    private const int MaxLabelTokens = 12;

    private readonly Document _document;
    private readonly SpeakerLocator _speakers;

    public LabelLines(Document document, SpeakerLocator speakers)
    {
        _document = document;
        _speakers = speakers;
    }

    /// <summary>The label report of the paragraph whose first sentence is tokens <c>[a, b)</c>, or null.</summary>
    public Report? Find(int a, int b, int paragraphEnd)
    {
        TokenList tokens = _document.Tokens;
        int colon = -1;
        for (int t = a + 1; t < b && t - a <= MaxLabelTokens; t++)
        {
            if (tokens.CharsAt(t) is ":")
            {
                colon = t;
                break;
            }
        }

        if (colon < 0 || paragraphEnd - colon <= 3)
        {
            return null;
        }

        int lastWord = -1, words = 0, capitals = 0;
        for (int t = a; t < colon; t++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);
            if (tokens.Kinds[t] == TokenKind.Word)
            {
                if (!char.IsUpper(w[0]) && !Syntax.FunctionWords.IsNameConnector(w))
                {
                    return null;
                }

                lastWord = t;
                words++;
                capitals += Text.TextChars.IsWrittenInCapitals(w) ? 1 : 0;
            }
            else if (tokens.Kinds[t] != TokenKind.Clitic && (tokens.Kinds[t] != TokenKind.Punctuation || w is not ("." or "," or "&")))
            {
                return null;
            }
        }

        if (lastWord < 0 || 2 * capitals > words)
        {
            return null;
        }

        // A name of the text; or two or more capitalised words (an organisation no recogniser knew) before a quotation,
        // which tells a speaker's label from a heading such as "Executive Summary:".
        bool named = _speakers.EndingAt(lastWord, a) is { } label && (label.Speaker.IsPerson || label.Speaker.ClusterId is not null);
        bool quoted = colon + 1 < paragraphEnd && tokens.Kinds[colon + 1] == TokenKind.Quote;
        return named || (words >= 2 && quoted) ? new Report(-1, lastWord, a, colon + 1, paragraphEnd, RuleIds.LabelLine) : null;
    }
}
