namespace PolicyTextAnalysis.Attribution;

/// <content>The voice's own quoted words and thoughts, which are its claims rather than quotes.</content>
internal sealed partial class AttributionRun
{
    /// <summary>
    /// Marks as taken the quotations that the voice's verbs of speaking or thinking frame as its own words (<c>I said,
    /// "What?"</c>, <c>"Don't worry," I told her.</c>, <c>I thought to myself, "..."</c>): the guide counts the voice's own
    /// words as its claims, not quotes, and a
    /// quotation no report took would otherwise continue the last speaker. Only a quotation that is the whole content and
    /// opens right after the cue (or closes right before it) is taken: the voice's verbs of perceiving and naming bring
    /// others' words (<c>we heard the director saying, "..."</c>, <c>we call it "..."</c>), and a quotation inside a longer
    /// content of the voice (<c>I said the so-called "reform" would fail</c>) stays, and so does a term the voice mentions
    /// (<c>when I say "protracted"</c>), a scare quote.
    /// </summary>
    private void TakeOwnQuotations(bool[] taken)
    {
        foreach (Report own in _ownReports)
        {
            // The first person must be the cue's own subject (not a subject the finder climbed to: we heard the director
            // saying, "..."), and a verb of quoting brings another's words (Another said, and I quote, "...").
            if (own.Cue < 0
                || (_finder.CueClassOf(own.Cue) & (CueClass.Speech | CueClass.Label | CueClass.Thought | CueClass.SourceObject)) is not (CueClass.Speech or CueClass.Thought)
                || _document.Syntax!.Tree.Head(own.SpeakerHead) != own.Cue)
            {
                continue;
            }

            int words = _words[own.ContentEnd] - _words[own.ContentFirst];
            int quoted = _quotedWords[own.ContentEnd] - _quotedWords[own.ContentFirst];
            (int firstSpan, int endSpan) = SpansIn(own.ContentFirst, own.ContentEnd);
            if (endSpan <= firstSpan || words - quoted > MaxUnquotedInDirect)
            {
                continue;
            }

            for (int q = firstSpan; q < endSpan; q++)
            {
                // A term the voice mentions stays a scare quote, as the guide marks it (when I say "protracted").
                Sentence sentence = _document.Sentences[SentenceSearch.IndexOfToken(_document.Sentences, _openToken[q])];
                if (IsScare(q, sentence.FirstToken, sentence.EndToken))
                {
                    continue;
                }

                // A verb of thinking frames the voice's own thought (I thought to myself, "..."); with an object or a clause
                // of its own before the quotation it perceives another's words (I hear them saying, "...").
                bool thought = (_finder.CueClassOf(own.Cue) & CueClass.Speech) == 0;
                bool framed = (own.Cue < _openToken[q] && OpensDirectly(own.Cue, _openToken[q]) && _openToken[q] - own.Cue <= MaxOwnFrame
                        && !(thought && HasComplementBefore(own.Cue, _openToken[q])))
                    || (own.Cue > _closeToken[q] && own.Cue - _closeToken[q] <= MaxOwnFrame);
                taken[q] |= framed;
            }
        }
    }

    /// <summary>Whether a token between <paramref name="cue"/> and <paramref name="open"/> is the cue's object or clausal
    /// complement.</summary>
    private bool HasComplementBefore(int cue, int open)
    {
        Syntax.DependencyTree tree = _document.Syntax!.Tree;
        for (int t = cue + 1; t < open; t++)
        {
            if (tree.Head(t) == cue && tree.Relation(t) is "obj" or "iobj" or "ccomp" or "xcomp")
            {
                return true;
            }
        }

        return false;
    }
}
