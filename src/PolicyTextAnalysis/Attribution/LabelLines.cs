namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// Label lines: a paragraph opening with a name and a colon (<c>Sen. Jane Doe: We must act.</c>), as press releases
/// list reactions. The rest of the paragraph is the named speaker's words; a label alone on its line
/// (<c>Rep. Lena Weiss (R-Texas):</c>) gives its speaker the next paragraph when that opens with a quotation. A list
/// bullet may come first (<c>• Sen. Jane Doe: "..."</c>) and a parenthesis may follow the name (<c>(R-Texas)</c>).
/// Transcript turns (<c>THE PRESIDENT:</c>, <c>MR. SMITH:</c>, <c>Mr Lansley:</c> in a parliamentary record) are not quotes
/// but the text's voices: no label line opens one, and as such labels are mostly in capitals, a label qualifies only when at most half its words are in capitals (<c>Numbers USA</c> qualifies),
/// every word is capitalised or a function word of names, and the label resolves to a person or a named entity of the
/// text, or has two or more words and a quotation follows it.
/// </summary>
internal sealed class LabelLines
{
    /// <summary>Longest label, in tokens.</summary>
    private const int MaxLabelTokens = 12;

    private readonly Document _document;
    private readonly SpeakerLocator _speakers;
    private readonly HashSet<int> _turnStarts;

    public LabelLines(Document document, SpeakerLocator speakers, IReadOnlyList<Turn> turns)
    {
        _document = document;
        _speakers = speakers;
        _turnStarts = [.. turns.Select(static t => t.Start)];
    }

    /// <summary>
    /// The label report of the paragraph whose first sentence is tokens <c>[a, b)</c> and which ends at
    /// <paramref name="paragraphEnd"/>, or null; <paramref name="nextParagraphEnd"/> ends the paragraph after it (for a
    /// label alone on its line; pass <paramref name="paragraphEnd"/> when there is none).
    /// </summary>
    public Report? Find(int a, int b, int paragraphEnd, int nextParagraphEnd)
    {
        TokenList tokens = _document.Tokens;

        // A transcript's turn (a parliamentary record's "Mr Lansley:" as well as "THE PRESIDENT:") is a voice of the text.
        if (a < b && _turnStarts.Contains(tokens.Starts[a]))
        {
            return null;
        }

        int first = a < b && IsBullet(tokens.CharsAt(a)) ? a + 1 : a;
        int colon = -1;
        for (int t = first + 1; t < b && t - first <= MaxLabelTokens; t++)
        {
            if (tokens.CharsAt(t) is ":")
            {
                colon = t;
                break;
            }
        }

        if (colon < 0)
        {
            return null;
        }

        // The content: the rest of the paragraph, or the next paragraph for a label alone on its line before a quotation.
        int contentFirst = colon + 1, contentEnd = paragraphEnd;
        if (paragraphEnd == colon + 1 && nextParagraphEnd > paragraphEnd + 3 && tokens.Kinds[paragraphEnd] == TokenKind.Quote)
        {
            contentEnd = nextParagraphEnd;
        }
        else if (paragraphEnd - colon <= 3)
        {
            return null;
        }

        int lastWord = -1, words = 0, capitals = 0;
        bool topic = false;
        for (int t = first; t < colon; t++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);

            // "Secretary Lena Weiss on the new tariffs:" names the speaker, then the topic.
            if (w is "on" && lastWord >= 0 && t + 1 < colon && char.IsLower(tokens.CharsAt(t + 1)[0]))
            {
                topic = true;
                break;
            }

            if (w is "(" && lastWord >= 0)
            {
                // (R-Texas), (D-Calif.), (D): a party and state after the name, nothing longer.
                int close = PartyNotes.End(_document.Tokens, t + 1, colon);
                if (close < 0)
                {
                    return null;
                }

                t = close;
                continue;
            }

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
        // After a bullet only before a quotation: "- Agility: the ability to pivot" is a list of terms. With a topic only a
        // name the text knows, before a quotation.
        bool quoted = contentFirst < contentEnd && tokens.Kinds[contentFirst] == TokenKind.Quote;
        if ((first != a || topic) && !quoted)
        {
            return null;
        }

        bool named = _speakers.EndingAt(lastWord, first) is { } label && (label.Speaker.IsPerson || label.Speaker.ClusterId is not null);
        if (topic)
        {
            return named ? new Report(-1, lastWord, first, contentFirst, contentEnd, RuleIds.LabelLine) : null;
        }

        return named || (words >= 2 && quoted) ? new Report(-1, lastWord, first, contentFirst, contentEnd, RuleIds.LabelLine) : null;
    }

    private static bool IsBullet(ReadOnlySpan<char> w) => w is "•" or "-" or "*" or "–" or "—" or "·" or "▪" or "◦";
}
