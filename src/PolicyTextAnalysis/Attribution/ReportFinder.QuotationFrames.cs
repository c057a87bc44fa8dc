namespace PolicyTextAnalysis.Attribution;

/// <content>A quotation's frame whose speaker a phrase of its own sets off from the cue.</content>
internal sealed partial class ReportFinder
{
    /// <summary>Longest noun phrase of the speaker between the quotation and the phrase set off after it, in tokens.</summary>
    private const int MaxFrameSpeakerTokens = 8;

    /// <summary>Longest phrase set off between the speaker and the cue, in tokens.</summary>
    private const int MaxFrameInterruptionTokens = 24;

    /// <summary>Most tokens after the cue (its object, a time, a place) before the sentence ends.</summary>
    private const int MaxFrameTailTokens = 8;

    private int _frameSentence = -1;   // the sentence whose opening quotation's end is cached
    private int _frameClose;

    /// <summary>
    /// The speaker and the quotation of a sentence that opens with a quotation and ends with its frame, when a phrase set off
    /// by commas stands between the speaker and the cue: <c>"We have the votes," the senator, who chairs the committee,
    /// said.</c> or <c>..., Lena Weiss, a Democrat from Ohio, told reporters on Tuesday.</c> The treebanks hardly show the
    /// shape, and the parse then makes the speaker an object of the quotation's verb and leaves the cue with no subject (or
    /// with the quotation, speaker and phrase as its clause). Read from the words: a noun phrase right after the closing
    /// mark and its comma, a phrase with no quotation mark up to a comma right before the cue, and after the cue a few
    /// words with no verb up to the sentence's end or a comma. Null when the sentence has another shape.
    /// </summary>
    private (int Head, int First, int QuoteFirst, int QuoteEnd)? QuotationFrame(int cue, int a, int b)
    {
        TokenList tokens = _document.Tokens;
        if (_inQuote[cue] || _syntax.Tag(cue) is not ("VBD" or "VBZ" or "VBP" or "VBN") || cue - 1 <= a || tokens.CharsAt(cue - 1) is not ","
            || tokens.Kinds[a] != TokenKind.Quote || !QuoteScanner.IsDoubleMark(tokens.CharsAt(a)))
        {
            return null;
        }

        // The quotation's closing mark, with a comma (or ? or !) inside it or a comma after it; found once per sentence, so
        // that a long quotation followed by many cues is read once.
        if (_frameSentence != a)
        {
            int end = a + 1;
            while (end < b && _inQuote[end])
            {
                end++;
            }

            (_frameSentence, _frameClose) = (a, end - 1);
        }

        int close = _frameClose;
        if (close >= cue || close <= a + 1 || tokens.Kinds[close] != TokenKind.Quote)
        {
            return null;
        }

        int speakerFirst = close + 1;
        if (tokens.CharsAt(speakerFirst) is ",")
        {
            speakerFirst++;
        }
        else if (tokens.CharsAt(close - 1) is not ("," or "?" or "!"))
        {
            return null;
        }

        // The speaker's noun phrase up to its comma; its head is its last noun or pronoun, before any party-and-state note
        // (Rep. Lena Weiss (R-Calif.)).
        int head = -1, comma = speakerFirst;
        for (; comma < cue && tokens.CharsAt(comma) is not ","; comma++)
        {
            if (tokens.CharsAt(comma) is "(")
            {
                int noteEnd = head >= 0 ? PartyNotes.End(tokens, comma + 1, cue) : -1;
                if (noteEnd < 0)
                {
                    return null;
                }

                comma = noteEnd;
                continue;
            }

            string pos = _syntax.Pos(comma);
            if (comma - speakerFirst >= MaxFrameSpeakerTokens || tokens.Kinds[comma] == TokenKind.Quote
                || pos is not ("DET" or "ADJ" or "NUM" or "NOUN" or "PROPN" or "PRON" or "PART" or "PUNCT"))
            {
                return null;
            }

            head = pos is "NOUN" or "PROPN" or "PRON" ? comma : head;
        }

        if (head < 0 || comma >= cue - 1 || cue - 1 - comma > MaxFrameInterruptionTokens)
        {
            return null;
        }

        for (int t = comma + 1; t < cue - 1; t++)
        {
            if (tokens.Kinds[t] == TokenKind.Quote)
            {
                return null;
            }
        }

        // After the cue: its object, a time or a place, and the sentence's end or a comma (..., said, adding that ...: a
        // clause of its own after it); no clause of the cue's.
        for (int t = cue + 1; t < b && tokens.CharsAt(t) is not ","; t++)
        {
            if (t - cue > MaxFrameTailTokens || tokens.Kinds[t] == TokenKind.Quote || _syntax.Pos(t) is "VERB" or "AUX"
                || tokens.CharsAt(t).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return (head, speakerFirst, a, close + 1);
    }
}
