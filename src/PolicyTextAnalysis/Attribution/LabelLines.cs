namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// Label lines: a paragraph opening with a name and a colon (<c>Sen. Jane Doe: We must act.</c>), as press releases
/// list reactions. The rest of the paragraph is the named speaker's words; a label alone on its line
/// (<c>Rep. Lena Weiss (R-Texas):</c>) gives its speaker the next paragraph when that opens with a quotation. A list
/// bullet may come first (<c>• Sen. Jane Doe: "..."</c>) and a parenthesis may follow the name (<c>(R-Texas)</c>).
/// Transcript turns (<c>THE PRESIDENT:</c>, <c>MR. SMITH:</c>, <c>Mr Lansley:</c> in a parliamentary record) are not quotes
/// but the text's voices: no label line opens one, and as such labels are mostly in capitals, a label qualifies only when at
/// most half its words are in capitals (<c>Numbers USA</c> qualifies) or one quotation makes up the rest of its paragraph
/// (<c>AIPAC: "..."</c>, <c>KAAL-TV: "..."</c>: a turn is no quotation),
/// every word is capitalised or a function word of names, and the label resolves to a person or a named entity of the
/// text, or has two or more words and a quotation follows it.
/// A credit line alone on its line before a paragraph that opens with a quotation gives that paragraph to the name it
/// opens with, also without a colon (rule <c>credit-line</c>): the name alone, with a title, a party note or an affiliation
/// after a comma (<c>Mayor Tom Baker, City of Riverton</c>), or with the publication the words appeared in and its headline
/// (<c>Rep. Lena Weiss (R-TX) in the Calder Herald: Why the bill matters</c>, or with the publication in parentheses:
/// <c>Sen. Lena Weiss (The Calder Herald, Calder, MT): Why the bill matters</c>), as round-ups of reactions list them.
/// </summary>
internal sealed partial class LabelLines
{
    /// <summary>Longest label, in tokens.</summary>
    private const int MaxLabelTokens = 12;

    /// <summary>Longest credit line, in tokens: a label and an affiliation after a comma (<c>Sandra Bundy, President of the
    /// Business Alliance for Protecting the Atlantic Coast</c>).</summary>
    private const int MaxCreditTokens = 30;

    private readonly Document _document;
    private readonly SpeakerLocator _speakers;
    private readonly CueLexicon _lexicon;
    private readonly HashSet<int> _turnStarts;

    public LabelLines(Document document, SpeakerLocator speakers, CueLexicon lexicon, IReadOnlyList<Turn> turns)
    {
        _document = document;
        _speakers = speakers;
        _lexicon = lexicon;
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

        // A piece's own heading before a quotation on its line (Statement from the President: "...", Quote by Jane Doe:
        // "..."): the one after the preposition speaks, when one quotation follows.
        bool utterance = first + 2 < b && char.IsUpper(tokens.CharsAt(first)[0]) && (_lexicon.ClassOf(tokens.CharsAt(first)) & CueClass.Noun) != 0
            && tokens.CharsAt(first + 1) is "from" or "by" && ColonBeforeQuotation(first + 2, b);
        if (utterance)
        {
            first += tokens.CharsAt(first + 2) is "the" ? 3 : 2;
        }

        // A line opening with a preposition names a topic, not a speaker (- On Obamacare: "..." in a list of one speaker's
        // remarks by topic; Also, on Ukraine: "..." after a linking adverb), unless the preposition introduces the source
        // named after it (From the Calder Herald: "...").
        int linked = first + (first + 1 < b && tokens.CharsAt(first + 1) is "," ? 2 : 1);
        if (linked < b && _document.Syntax?.Pos(first) is "ADV" or "CCONJ" && IsPreposition(linked)
            && !Syntax.FunctionWords.IsSourcePreposition(tokens.CharsAt(linked)))
        {
            return null;
        }

        if (first < b && IsPreposition(first))
        {
            if (!Syntax.FunctionWords.IsSourcePreposition(tokens.CharsAt(first)))
            {
                return null;
            }

            first++;
        }
        bool quotationNext = paragraphEnd < tokens.Count && nextParagraphEnd > paragraphEnd + 3 && tokens.Kinds[paragraphEnd] == TokenKind.Quote;
        bool creditNext = quotationNext || (paragraphEnd + 1 < nextParagraphEnd && IsBullet(tokens.CharsAt(paragraphEnd))
            && (tokens.Kinds[paragraphEnd + 1] == TokenKind.Quote || TopicQuotation(paragraphEnd + 1, nextParagraphEnd) >= 0));

        // A credit line's colon may follow a longer note (a publication and its town in parentheses), and a person's label a
        // long affiliation.
        int colon = -1;
        for (int t = first + 1; t < b && t - first <= MaxCreditTokens; t++)
        {
            if (tokens.CharsAt(t) is ":")
            {
                colon = t;
                break;
            }
        }

        if (colon < 0)
        {
            if (!creditNext || b != paragraphEnd)
            {
                return null;
            }

            // The show or publication the words were said on or written in ends the name (Senator Lena Weiss on Meet the
            // Press, before a list of her answers by topic).
            for (int t = first + 1; t < paragraphEnd; t++)
            {
                if (IsVenuePreposition(tokens.CharsAt(t)) && IsPublication(t + 1, paragraphEnd))
                {
                    return CreditLine(first, t, paragraphEnd, nextParagraphEnd);
                }
            }

            return CreditLine(first, paragraphEnd, paragraphEnd, nextParagraphEnd);
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

        // A credit line's colon is followed by a headline or ends its line; a quotation after it makes the line a label of
        // its own.
        bool headline = !(colon + 1 < paragraphEnd && tokens.Kinds[colon + 1] == TokenKind.Quote);
        for (int t = first + 1; t < colon; t++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);
            if (IsVenuePreposition(w) && creditNext && headline && IsPublication(t + 1, colon))
            {
                return CreditLine(first, t, paragraphEnd, nextParagraphEnd);
            }

            // The publication and its town in parentheses (Sen. Lena Weiss (The Calder Herald, Calder, MT): <headline>), or a
            // station's or paper's town (KCAL-TV (Calder, MT): <headline>): the name before them is the source, known or not.
            if (w is "(" && creditNext && headline && tokens.CharsAt(colon - 1) is ")" && PartyNotes.End(tokens, t + 1, colon) < 0)
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
        // Director, Head of Enterprise Privacy & Data Protection, Calder Stores:), or a person's label before a paragraph
        // that is one quotation (Jane Doe, Chair of Athletics and Director, Calder State University: "...").
        if (colon - first > MaxLabelTokens)
        {
            return paragraphEnd == colon + 1 && quotationNext ? CreditLine(first, colon, paragraphEnd, nextParagraphEnd)
                : !creditNext || paragraphEnd > colon + 1 ? LongPersonLabel(first, colon, paragraphEnd) : null;
        }

        (int lastWord, int words, int capitals, int roleNoun, bool noted) = ScanName(first, nameEnd, commaEndsName: false);
        // A label in capitals is a transcript's turn, unless what follows it is one quotation (AIPAC: "...", KAAL-TV: "..."),
        // which no turn is (TranscriptTurns leaves such lines to the labels); not in the text's title line (ICYMI: "...").
        bool capitalLabel = 2 * capitals > words;
        bool wholeQuotation = a > 0 && !topic && contentFirst < contentEnd && tokens.Kinds[contentFirst] == TokenKind.Quote
            && WholeQuotationEnd(tokens, contentFirst, contentEnd) > 0;
        // A dash joins a name's parts only in a label before one quotation (OCA – Calder American Advocates: "..."); in a
        // transcript it marks a speaker's false start or aside (Q — Senator Doe: ..., Mayor — Mayor Ron — Mayor of ...:).
        // A piece's heading, too, labels only one quotation.
        if (lastWord >= 0 && !wholeQuotation && (utterance || HasDash(first, nameEnd)))
        {
            return null;
        }

        if (lastWord < 0 || (capitalLabel && !wholeQuotation))
        {
            // A person's name and a short affiliation in lower case (Jane Doe, a former ambassador: "...").
            return lastWord < 0 && !topic && colon + 1 < paragraphEnd ? LongPersonLabel(first, colon, paragraphEnd) : null;
        }

        // A name of the text; or two or more capitalised words (an organisation no recogniser knew) before a quotation,
        // which tells a speaker's label from a heading such as "Executive Summary:".
        // After a bullet only before a quotation: "- Agility: the ability to pivot" is a list of terms. With a topic only a
        // name the text knows, before a quotation.
        bool quoted = contentFirst < contentEnd && tokens.Kinds[contentFirst] == TokenKind.Quote;
        // A heading that opens with a verb (Boosting Funding for National Labs:, Protect Our Planet:) introduces a fact
        // sheet's item, not a speaker; before a quotation it may still be a group's name (Protect Our Care: "...").
        if ((first != a || topic || IsVerbHeading(first)) && !quoted)
        {
            return null;
        }

        // A note after the quotation ("..." [Tweet, 2/27/23]) says where it appeared; it is no part of the words.
        if (quoted && WholeQuotationEnd(tokens, contentFirst, contentEnd) is > 0 and var quotationEnd)
        {
            contentEnd = quotationEnd;
        }
        else if (noted)
        {
            // A dated label (ABC News (9/29/25): "...") takes one quotation: a list run into one paragraph holds others.
            return null;
        }

        // An affiliation and a role before the name (NewsNation host Jane Doe: "..."): the words after the role name the
        // speaker, when the recognisers know them or they are two or more capitalised words; only before a quotation.
        if (roleNoun >= 0)
        {
            return quoted && !topic && NamesAfterRole(first, roleNoun, lastWord)
                ? new Report(-1, lastWord, roleNoun + 1, contentFirst, contentEnd, RuleIds.LabelLine) : null;
        }

        // A person's name before the first comma, the role and affiliation after it (Jane Doe, President, Calder
        // Yankees:): the person speaks, whatever the recognisers made of the affiliation.
        if (PersonBeforeComma(first, nameEnd) is int personLast and >= 0)
        {
            lastWord = personLast;
        }

        bool named = IsNamed(first, lastWord);
        if (topic)
        {
            return named ? new Report(-1, lastWord, first, contentFirst, contentEnd, RuleIds.LabelLine) : null;
        }

        // One capitalised word before a paragraph that is one quotation is a group's or a paper's name as round-ups list them
        // (Teamsters: "...", Axios: "..."), which recognisers rarely know; not a date (- January 19, 2025: "...", a list of
        // one speaker's words by day).
        return named || (words >= 2 && quoted) || capitalLabel
            || (words == 1 && wholeQuotation && !_speakers.IsInTimeExpression(lastWord))
            ? new Report(-1, lastWord, first, contentFirst, contentEnd, RuleIds.LabelLine) : null;
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

    /// <summary>The quotation mark opening the words after a topic (<c>On the budget: "..."</c>: a preposition other than a
    /// source's, a short phrase and a colon) at <paramref name="first"/>, before <paramref name="end"/>; else -1.</summary>
    private int TopicQuotation(int first, int end)
    {
        const int MaxTopicTokens = 16;
        TokenList tokens = _document.Tokens;
        if (first >= end || !IsPreposition(first) || Syntax.FunctionWords.IsSourcePreposition(tokens.CharsAt(first)))
        {
            return -1;
        }

        for (int t = first + 1; t + 1 < end && t - first <= MaxTopicTokens; t++)
        {
            if (tokens.CharsAt(t) is ":")
            {
                return tokens.Kinds[t + 1] == TokenKind.Quote && QuoteScanner.IsDoubleMark(tokens.CharsAt(t + 1)) ? t + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>Whether the word at <paramref name="t"/> is a preposition: tagged one, or tagged a subordinator (as before a
    /// gerund: On restoring the mission) and known as a preposition (unlike a capitalised Former the tagger misread).</summary>
    private bool IsPreposition(int t) => _document.Syntax is { } syntax
        && (syntax.Pos(t) == "ADP" || (syntax.Tag(t) == "IN" && syntax.WasSeenAs(t, "ADP")));

    /// <summary>Whether the label opens with a verb's base form or its -ing form, as headings do and names do not.</summary>
    private bool IsVerbHeading(int first) => _document.Syntax is { } syntax && syntax.Pos(first) == "VERB" && syntax.Tag(first) is "VB" or "VBG";

    /// <summary>True when a colon within a label's length from <paramref name="first"/> (before <paramref name="end"/>) is
    /// followed by a quotation mark.</summary>
    private bool ColonBeforeQuotation(int first, int end)
    {
        TokenList tokens = _document.Tokens;
        for (int t = first; t + 1 < end && t - first <= MaxLabelTokens; t++)
        {
            if (tokens.CharsAt(t) is ":")
            {
                return tokens.Kinds[t + 1] == TokenKind.Quote;
            }
        }

        return false;
    }

    /// <summary>True when a dash stands between <paramref name="first"/> and <paramref name="end"/>.</summary>
    private bool HasDash(int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (NameMarks.IsDash(_document.Tokens.CharsAt(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The prepositions before the show or publication a credit line names (<c>on Meet the Press</c>, <c>in the
    /// Calder Herald</c>).</summary>
    private static bool IsVenuePreposition(ReadOnlySpan<char> w) => w is "in" or "on";

    private static bool IsBullet(ReadOnlySpan<char> w) => w is "•" or "-" or "*" or "–" or "—" or "·" or "▪" or "◦";
}
