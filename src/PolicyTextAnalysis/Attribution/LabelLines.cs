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
/// A credit line alone on its line before a paragraph that opens with a quotation gives that paragraph to the name it
/// opens with, also without a colon (rule <c>credit-line</c>): the name alone, with a title, a party note or an affiliation
/// after a comma (<c>Mayor Tom Baker, City of Riverton</c>), or with the publication the words appeared in and its headline
/// (<c>Rep. Lena Weiss (R-TX) in the Calder Herald: Why the bill matters</c>, or with the publication in parentheses:
/// <c>Sen. Lena Weiss (The Calder Herald, Calder, MT): Why the bill matters</c>), as round-ups of reactions list them.
/// </summary>
internal sealed class LabelLines
{
    /// <summary>Longest label, in tokens.</summary>
    private const int MaxLabelTokens = 12;

    /// <summary>Longest credit line, in tokens: a label and an affiliation after a comma (<c>Sandra Bundy, President of the
    /// Business Alliance for Protecting the Atlantic Coast</c>).</summary>
    private const int MaxCreditTokens = 30;

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
    /// label or a credit line alone on its line; pass <paramref name="paragraphEnd"/> when there is none).
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
        bool quotationNext = paragraphEnd < tokens.Count && nextParagraphEnd > paragraphEnd + 3 && tokens.Kinds[paragraphEnd] == TokenKind.Quote;
        bool creditNext = quotationNext || (paragraphEnd + 1 < nextParagraphEnd && IsBullet(tokens.CharsAt(paragraphEnd))
            && tokens.Kinds[paragraphEnd + 1] == TokenKind.Quote);

        // A credit line's colon may follow a longer note (a publication and its town in parentheses).
        int colon = -1;
        for (int t = first + 1; t < b && t - first <= (creditNext ? MaxCreditTokens : MaxLabelTokens); t++)
        {
            if (tokens.CharsAt(t) is ":")
            {
                colon = t;
                break;
            }
        }

        if (colon < 0)
        {
            return creditNext && b == paragraphEnd ? CreditLine(first, paragraphEnd, paragraphEnd, nextParagraphEnd) : null;
        }

        // The content: the rest of the paragraph, or the next paragraph for a label alone on its line before a quotation.
        int contentFirst = colon + 1, contentEnd = paragraphEnd;
        if (paragraphEnd == colon + 1 && quotationNext)
        {
            contentEnd = nextParagraphEnd;
        }
        else if (paragraphEnd - colon <= 3)
        {
            return null;
        }

        // Where the name ends: at the publication a credit line names before its quotation paragraph ("Rep. Lena Weiss
        // (R-TX) in the Calder Herald: Why the bill matters"), or at "on" and a topic ("Secretary Lena Weiss on the new
        // tariffs:").
        int nameEnd = colon;
        bool topic = false;
        for (int t = first + 1; t < colon; t++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);
            if (w is "in" or "on" && creditNext && IsPublication(t + 1, colon))
            {
                return CreditLine(first, t, paragraphEnd, nextParagraphEnd);
            }

            // The publication and its town in parentheses (Sen. Lena Weiss (The Calder Herald, Calder, MT): <headline>), or a
            // station's or paper's town (KCAL-TV (Calder, MT): <headline>): the name before them is the source, known or not.
            if (w is "(" && creditNext && tokens.CharsAt(colon - 1) is ")" && PartyNotes.End(tokens, t + 1, colon) < 0)
            {
                return CreditLine(first, t, paragraphEnd, nextParagraphEnd, noted: true);
            }

            if (w is "on" && t + 1 < colon && char.IsLower(tokens.CharsAt(t + 1)[0]))
            {
                (nameEnd, topic) = (t, true);
                break;
            }
        }

        // A label is short; only a credit line above its quotation has a longer note before its colon (Michael Dolan, Senior
        // Director, Head of Enterprise Privacy & Data Protection, Calder Stores:).
        if (colon - first > MaxLabelTokens)
        {
            return paragraphEnd == colon + 1 && quotationNext ? CreditLine(first, colon, paragraphEnd, nextParagraphEnd) : null;
        }

        (int lastWord, int words, int capitals, int roleNoun) = ScanName(first, nameEnd, commaEndsName: false);
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

        // A note after the quotation ("..." [Tweet, 2/27/23]) says where it appeared; it is no part of the words.
        if (quoted && WholeQuotationEnd(tokens, contentFirst, contentEnd) is > 0 and var quotationEnd)
        {
            contentEnd = quotationEnd;
        }

        // An affiliation and a role before the name (NewsNation host Jane Doe: "..."): the words after the role name the
        // speaker, when the recognisers know them or they are two or more capitalised words; only before a quotation.
        if (roleNoun >= 0)
        {
            return quoted && !topic && NamesAfterRole(first, roleNoun, lastWord)
                ? new Report(-1, lastWord, roleNoun + 1, contentFirst, contentEnd, RuleIds.LabelLine) : null;
        }

        bool named = IsNamed(first, lastWord);
        if (topic)
        {
            return named ? new Report(-1, lastWord, first, contentFirst, contentEnd, RuleIds.LabelLine) : null;
        }

        return named || (words >= 2 && quoted) ? new Report(-1, lastWord, first, contentFirst, contentEnd, RuleIds.LabelLine) : null;
    }

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
        }

        if (end - first > MaxCreditTokens || end <= first || WholeQuotationEnd(tokens, contentFirst, contentEnd) is not (> 0 and var quotationEnd))
        {
            return null;
        }

        contentEnd = quotationEnd;

        (int lastWord, _, _, int roleNoun) = ScanName(first, end, commaEndsName: true);
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
    /// True when the label ending at <paramref name="lastWord"/> names someone: a named entity of the text, or a person
    /// the speakers know. A run of capitalised words no recogniser tagged counts only when the parse reads its last word as
    /// a proper noun: a fact sheet's headings (<c>Unemployment Rate:</c>, <c>Judges Confirmed:</c>, <c>Fact Sheet:</c>) are
    /// capitalised common words.
    /// </summary>
    private bool IsNamed(int first, int lastWord) =>
        _speakers.EndingAt(lastWord, first) is { } label
        && (label.Speaker.ClusterId is not null || (label.Speaker.IsPerson && (_speakers.IsEntity(lastWord) || _document.Syntax?.Pos(lastWord) == "PROPN")));

    /// <summary>
    /// Reads the words from <paramref name="first"/> to before <paramref name="end"/> as a name: capitalised words, the
    /// function words of names and the particles inside them (<c>van</c>), a party note after a word (<c>(R-Texas)</c>, nothing longer), full stops, ampersands,
    /// commas and clitics, and numbers after the first word (<c>Spectrum News 1</c>, whose head stays <c>News</c>). With
    /// <paramref name="commaEndsName"/> the words after a comma are an affiliation, which says where the named one works,
    /// not who speaks, and the name before it has at most <see cref="MaxLabelTokens"/> tokens.
    /// A lower-case noun between capitalised words is a role before the name (<c>KIND Snacks founder Daniel Lubetzky</c>,
    /// <c>NewsNation host Jane Doe</c>): the name is the capitalised words after it.
    /// Returns the name's last word (-1 when the words are no name), how many words it has, how many are in capitals and
    /// the last role noun before the name (-1 when there is none).
    /// </summary>
    private (int LastWord, int Words, int Capitals, int RoleNoun) ScanName(int first, int end, bool commaEndsName)
    {
        TokenList tokens = _document.Tokens;
        int lastWord = -1, words = 0, capitals = 0, roleNoun = -1;
        bool affiliation = false;
        for (int t = first; t < end; t++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);
            if (w is "(" && lastWord >= 0 && !affiliation)
            {
                int close = PartyNotes.End(tokens, t + 1, end);
                if (close < 0)
                {
                    return (-1, 0, 0, -1);
                }

                t = close;
                continue;
            }

            if (commaEndsName && w is "," && lastWord >= 0)
            {
                affiliation = true;
                continue;
            }

            if (commaEndsName && !affiliation && t - first >= MaxLabelTokens)
            {
                return (-1, 0, 0, -1);
            }

            if (tokens.Kinds[t] == TokenKind.Word)
            {
                if (!char.IsUpper(w[0]) && !Syntax.FunctionWords.IsNameConnector(w) && !SpeakerWords.IsNameParticle(w))
                {
                    if (!IsRoleBeforeName(t, end) || lastWord < 0 || affiliation)
                    {
                        return (-1, 0, 0, -1);
                    }

                    roleNoun = t;
                }

                lastWord = affiliation ? lastWord : t;
                words++;
                capitals += Text.TextChars.IsWrittenInCapitals(w) ? 1 : 0;
            }
            else if (tokens.Kinds[t] == TokenKind.Number ? lastWord < 0 : tokens.Kinds[t] != TokenKind.Clitic && w is not ("." or "," or "&"))
            {
                return (-1, 0, 0, -1);
            }
        }

        return (lastWord, words, capitals, roleNoun);
    }

    /// <summary>
    /// True when the words after the role noun at <paramref name="roleNoun"/> up to <paramref name="lastWord"/> name the
    /// label's speaker: the recognisers know them or they are two or more words. After a comma only a known person: words
    /// after a comma may describe the name before it (<c>Jane Doe, Director, Ukrainian organization Calder Aid</c>),
    /// though an organisation's name may hold one too (<c>Doe Vogel, PLLC, partner John Roe</c>).
    /// </summary>
    private bool NamesAfterRole(int first, int roleNoun, int lastWord)
    {
        TokenList tokens = _document.Tokens;
        for (int t = first; t < roleNoun; t++)
        {
            if (tokens.CharsAt(t) is ",")
            {
                return _speakers.EndingAt(lastWord, roleNoun + 1) is { Speaker.IsPerson: true } && _speakers.IsEntity(lastWord);
            }
        }

        return IsNamed(roleNoun + 1, lastWord) || lastWord > roleNoun + 1;
    }

    /// <summary>True when the lower-case word at <paramref name="t"/> is a noun (by the parse, or a role word) and a
    /// capitalised word follows it before <paramref name="end"/>.</summary>
    private bool IsRoleBeforeName(int t, int end)
    {
        TokenList tokens = _document.Tokens;
        return t + 1 < end && tokens.Kinds[t + 1] == TokenKind.Word && char.IsUpper(tokens.CharsAt(t + 1)[0])
            && (Resolution.RoleWords.IsHead(tokens.CharsAt(t)) || _document.Syntax?.Pos(t) == "NOUN");
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

    /// <summary>True when the words from <paramref name="t"/> to the colon at <paramref name="colon"/> name a publication: an
    /// optional article, then capitalised words or a web address (<c>the Calder Herald</c>, <c>FoxNews.com</c>, <c>The Hill</c>).</summary>
    private bool IsPublication(int t, int colon)
    {
        TokenList tokens = _document.Tokens;
        if (t < colon && Syntax.FunctionWords.IsArticle(tokens.CharsAt(t)))
        {
            t++;
        }

        if (t >= colon)
        {
            return false;
        }

        for (; t < colon; t++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);
            bool fits = tokens.Kinds[t] switch
            {
                TokenKind.Word => char.IsUpper(w[0]) || Syntax.FunctionWords.IsNameConnector(w),
                TokenKind.Url => true,
                _ => w is "." or "-" or "&",
            };
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBullet(ReadOnlySpan<char> w) => w is "•" or "-" or "*" or "–" or "—" or "·" or "▪" or "◦";
}
