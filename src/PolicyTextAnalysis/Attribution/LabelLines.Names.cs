using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Attribution;

/// <summary>Reading a label's words as a name: who a label or credit line names (<see cref="LabelLines"/>).</summary>
internal sealed partial class LabelLines
{
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
    /// function words of names and the particles inside them (<c>van</c>), a party note after a word (<c>(R-Texas)</c>,
    /// nothing longer), a date or abbreviation closing the label (<c>(ret.)</c>, <c>(9/27/13)</c>) or an acronym in parentheses (<c>(NCAA)</c>, also in an affiliation), full stops, ampersands,
    /// commas and clitics, and numbers after the first word (<c>Spectrum News 1</c>, whose head stays <c>News</c>). With
    /// <paramref name="commaEndsName"/> the words after a comma are an affiliation, which says where the named one works,
    /// not who speaks, and the name before it has at most <see cref="MaxLabelTokens"/> tokens.
    /// Lower-case words ending in a noun between capitalised words are a role before the name (<c>KIND Snacks founder Daniel
    /// Lubetzky</c>, <c>CNN chief legal affairs correspondent Jane Doe</c>): the name is the capitalised words after it.
    /// Returns the name's last word (-1 when the words are no name), how many words it has, how many are in capitals, the
    /// last role noun before the name (-1 when there is none) and whether a closing note was read.
    /// </summary>
    private (int LastWord, int Words, int Capitals, int RoleNoun, bool Noted) ScanName(int first, int end, bool commaEndsName)
    {
        TokenList tokens = _document.Tokens;
        int lastWord = -1, words = 0, capitals = 0, roleNoun = -1;
        bool noted = false;
        bool affiliation = false;
        for (int t = first; t < end; t++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);
            if (w is "(" && lastWord >= 0 && IsAcronymNote(t, end))
            {
                t += 2;
                continue;
            }

            if (w is "(" && lastWord >= 0 && IsClosingNote(t, end))
            {
                (t, noted) = (end - 1, true);
                continue;
            }

            if (w is "(" && lastWord >= 0 && !affiliation)
            {
                int close = PartyNotes.End(tokens, t + 1, end);
                if (close < 0)
                {
                    return (-1, 0, 0, -1, false);
                }

                t = close;
                continue;
            }

            if (commaEndsName && w is "," && lastWord >= 0)
            {
                affiliation = true;
                continue;
            }

            if (lastWord >= 0 && NameMarks.Inside(tokens, t, end) is int marks and > 0)
            {
                t += marks - 1;
                continue;
            }

            if (commaEndsName && !affiliation && t - first >= MaxLabelTokens)
            {
                return (-1, 0, 0, -1, false);
            }

            if (tokens.Kinds[t] == TokenKind.Word)
            {
                if (!NameMarks.IsCapitalised(w) && !Syntax.FunctionWords.IsNameConnector(w) && !SpeakerWords.IsNameParticle(w))
                {
                    if (lastWord < 0 || affiliation || RoleBeforeName(t, end) is not (>= 0 and var role))
                    {
                        return (-1, 0, 0, -1, false);
                    }

                    words += role - t;
                    roleNoun = role;
                    t = role;
                    w = tokens.CharsAt(role);
                }

                lastWord = affiliation ? lastWord : t;
                words++;
                capitals += Text.TextChars.IsWrittenInCapitals(w) ? 1 : 0;
            }
            else if (tokens.Kinds[t] == TokenKind.Number ? lastWord < 0 : tokens.Kinds[t] != TokenKind.Clitic && w is not ("." or "," or "&"))
            {
                return (-1, 0, 0, -1, false);
            }
        }

        return (lastWord, words, capitals, roleNoun, noted);
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

    /// <summary>
    /// The label report of a person's name, a comma and a long affiliation before the colon at <paramref name="colon"/>,
    /// or of a long affiliation and a person's name ending at the colon (<c>Calder Dairy Association Vice President of
    /// Trade Policy Jane Doe:</c>), when the rest of the paragraph (to <paramref name="paragraphEnd"/>) is one quotation;
    /// else null.
    /// </summary>
    private Report? LongPersonLabel(int first, int colon, int paragraphEnd)
    {
        int contentFirst = colon + 1;
        if (contentFirst >= paragraphEnd || _document.Tokens.Kinds[contentFirst] != TokenKind.Quote
            || WholeQuotationEnd(_document.Tokens, contentFirst, paragraphEnd) is not (> 0 and var quotationEnd))
        {
            return null;
        }

        if (PersonBeforeComma(first, colon) is int person and >= 0 && IsAffiliation(person + 2, colon))
        {
            return new Report(-1, person, first, contentFirst, quotationEnd, RuleIds.LabelLine);
        }

        // No preposition right before the name: "Recall the famous quote by Omar Haidari: ..." is a sentence's own words.
        return PersonEndingAt(colon - 1) is int personFirst and > 0 && personFirst > first && IsAffiliation(first, personFirst)
            && _document.Syntax?.Pos(personFirst - 1) != "ADP"
            ? new Report(-1, colon - 1, personFirst, contentFirst, quotationEnd, RuleIds.LabelLine) : null;
    }

    /// <summary>The first token of a person's name of two or more words the recogniser found ending with token
    /// <paramref name="last"/>, or -1.</summary>
    private int PersonEndingAt(int last)
    {
        TokenList tokens = _document.Tokens;
        IReadOnlyList<EntityMention> entities = _document.Entities;
        // The last mention starting at or before the token.
        int i = EntitySearch.FirstAtOrAfter(entities, tokens.Starts[last] + 1) - 1;
        if (i < 0 || entities[i].End != tokens.Ends[last] || entities[i].Label != EntityLabels.Person
            || !entities[i].Text.Contains(' ', StringComparison.Ordinal))
        {
            return -1;
        }

        return tokens.IndexAtOrAfter(entities[i].Start);
    }

    /// <summary>
    /// True when the words from <paramref name="first"/> to before <paramref name="end"/> can be an affiliation after a
    /// person's name: roles and bodies, in capitals or not (<c>a former US ambassador to Ukraine</c>, <c>Senior director of
    /// the Calder Center</c>), with no verb (a sentence's own words before its colon: <c>Tom Baker, the mayor, said it best:</c>),
    /// quotation or question (a single mark is a possessive's: <c>the Lawyers’ Committee</c>).
    /// </summary>
    private bool IsAffiliation(int first, int end)
    {
        TokenList tokens = _document.Tokens;
        if (first >= end || end - first > MaxCreditTokens)
        {
            return false;
        }

        for (int t = first; t < end; t++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(t);
            if ((tokens.Kinds[t] == TokenKind.Quote && QuoteScanner.IsDoubleMark(w)) || w is "?" or "!" or ";"
                || (tokens.Kinds[t] == TokenKind.Word && char.IsLower(w[0]) && _document.Syntax?.Pos(t) is "VERB" or "AUX"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last word of a person's name of two or more words that runs from <paramref name="first"/> to a comma
    /// before <paramref name="end"/>, or -1 (a lone word before a comma is as often a town: <c>Calder, OH Mayor Ann
    /// Lee</c>).</summary>
    private int PersonBeforeComma(int first, int end)
    {
        TokenList tokens = _document.Tokens;
        for (int t = first + 1; t < end; t++)
        {
            if (tokens.CharsAt(t) is ",")
            {
                return _speakers.EndingAt(t - 1, first) is { Speaker.IsPerson: true } person && person.First < t - 1 && _speakers.IsEntity(t - 1) ? t - 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>True when the parenthesis at <paramref name="t"/> closes right before <paramref name="end"/> and holds a date
    /// or one abbreviation, or one place the recognisers know, or a person's role and affiliation, a handle, or the full
    /// name after an acronym, a note on the one named, not a name: <c>Gen. Jack Keane (ret.):</c>, <c>Sen. Chris Murphy
    /// (9/27/13):</c>, <c>Sen. Ann Lee (Ohio):</c>, <c>Ann Lee (Calder Aid, Director):</c>, <c>Calder Works (@CalderWorks):</c>,
    /// <c>KFA (Kentucky Farmers Association):</c>.</summary>
    private bool IsClosingNote(int t, int end)
    {
        const int MaxNoteTokens = 5;
        TokenList tokens = _document.Tokens;
        if (end - 1 <= t + 1 || tokens.CharsAt(end - 1) is not ")")
        {
            return false;
        }

        // A person's role and affiliation (Jane Doe (Calder Aid, Managing Director):), as after a comma.
        if (end - 1 - t <= MaxLabelTokens && PersonEndingAt(t - 1) >= 0 && IsAffiliation(t + 1, end - 1))
        {
            return true;
        }

        // A social-media handle (Calder Works (@CalderWorks):), or the full name after an acronym or a call sign (KFA
        // (Kentucky Farmers Association):, KCAL (Calder News):).
        if (end - 2 == t + 1 && tokens.CharsAt(t + 1) is ['@', _, ..])
        {
            return true;
        }

        if (end - 1 - t <= MaxLabelTokens && t > 0 && tokens.Kinds[t - 1] == TokenKind.Word && Text.TextChars.IsWrittenInCapitals(tokens.CharsAt(t - 1))
            && IsWrittenName(t + 1, end - 1))
        {
            return true;
        }

        if (end - 1 - t > MaxNoteTokens + 1)
        {
            return false;
        }

        // The place the one named represents or comes from (Senator Lena Weiss (Ohio):), as a party note gives it.
        if (_speakers.IsEntity(t + 1) && _speakers.LabelAt(t + 1) == EntityLabels.GeopoliticalEntity && _speakers.EntityLast(t + 1) == end - 2)
        {
            return true;
        }

        int words = 0;
        for (int k = t + 1; k < end - 1; k++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(k);
            if (tokens.Kinds[k] == TokenKind.Word)
            {
                // One abbreviation: a word with its full stop (ret., Ret.).
                bool stopped = w[^1] == '.' || (k + 1 < end - 1 && tokens.CharsAt(k + 1) is ".");
                if (++words > 1 || !stopped)
                {
                    return false;
                }
            }
            else if (tokens.Kinds[k] != TokenKind.Number && w is not ("/" or "-" or "." or ","))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when tokens <c>[first, end)</c> are capitalised words, the function words of names and ampersands,
    /// opening with a capitalised word.</summary>
    private bool IsWrittenName(int first, int end)
    {
        TokenList tokens = _document.Tokens;
        if (first >= end || tokens.Kinds[first] != TokenKind.Word || !NameMarks.IsCapitalised(tokens.CharsAt(first)))
        {
            return false;
        }

        for (int k = first; k < end; k++)
        {
            ReadOnlySpan<char> w = tokens.CharsAt(k);
            bool ok = tokens.Kinds[k] == TokenKind.Word ? NameMarks.IsCapitalised(w) || Syntax.FunctionWords.IsNameConnector(w) : w is "&";
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the parenthesis at <paramref name="t"/> holds one word in capitals, an acronym of the name
    /// before it (<c>National Collegiate Athletic Association (NCAA)</c>), and closes before <paramref name="end"/>.</summary>
    private bool IsAcronymNote(int t, int end)
    {
        TokenList tokens = _document.Tokens;
        return t + 2 < end && tokens.CharsAt(t + 2) is ")" && tokens.Kinds[t + 1] == TokenKind.Word
            && tokens.CharsAt(t + 1).Length >= 2 && Text.TextChars.IsWrittenInCapitals(tokens.CharsAt(t + 1));
    }

    /// <summary>
    /// The last word of a role that opens at the lower-case word <paramref name="t"/> (<c>founder</c>, <c>chief legal
    /// affairs correspondent</c>): lower-case adjectives and nouns ending in a noun (by the parse, or a role word) that a
    /// capitalised word follows before <paramref name="end"/>; or -1.
    /// </summary>
    private int RoleBeforeName(int t, int end)
    {
        TokenList tokens = _document.Tokens;
        int last = t;
        while (last + 1 < end && tokens.Kinds[last + 1] == TokenKind.Word && char.IsLower(tokens.CharsAt(last + 1)[0])
            && _document.Syntax?.Pos(last + 1) is "NOUN" or "ADJ")
        {
            last++;
        }

        return last + 1 < end && tokens.Kinds[last + 1] == TokenKind.Word && char.IsUpper(tokens.CharsAt(last + 1)[0])
            && (Resolution.RoleWords.IsHead(tokens.CharsAt(last)) || _document.Syntax?.Pos(last) == "NOUN")
            && (last == t || _document.Syntax?.Pos(t) is "NOUN" or "ADJ") ? last : -1;
    }
}
