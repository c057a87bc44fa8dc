using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Attribution;

/// <content>Names written out in a speaker phrase: the persons in it, the phrase itself as a name, and the clusters named so.</content>
internal sealed partial class SpeakerResolver
{
    /// <summary>True when a token of <c>[first, end)</c> is part of a named entity.</summary>
    private bool NamesIn(int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (_speakers.IsEntity(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>you</c> in a question from the floor is whoever answers it: the speaker of the next turn that is no question
    /// (the voice as <c>author</c>). Elsewhere the text does not say who <c>you</c> is.
    /// </summary>
    private Speaker? Addressee(int you)
    {
        int i = TranscriptTurns.IndexAt(_turns, _document.Tokens.Starts[you]);
        if (i < 0 || _turns[i].Role != TurnRole.Question)
        {
            return null;
        }

        // The answer is the next turn that is no question (a moderator's hand-over in between reads as the answer).
        if (_nextAnswer[i] < 0)
        {
            return null;
        }

        Turn answer = _turns[_nextAnswer[i]];
        return answer.Role == TurnRole.Voice ? new Speaker(Claims.ClaimStage.Author, null, true)
            : answer.Speaker is { } name ? new Speaker(name, answer.SpeakerClusterId, true) : null;
    }

    private Speaker? LastPersonIn(int first, int end)
    {
        for (int t = end - 1; t >= first; t--)
        {
            if (_speakers.IsEntity(t) && _speakers.LabelAt(t) == EntityLabels.Person)
            {
                return _speakers.EndingAt(_speakers.EntityLast(t), first)?.Speaker;
            }
        }

        return null;
    }

    /// <summary>
    /// The words from the first capitalised word of <c>[first, head]</c> to the head as a name, when every word in
    /// between is capitalised or a function word of names (<paramref name="requireName"/> also wants the head a
    /// capitalised proper noun); matched to an entity cluster of the same name where there is one.
    /// </summary>
    private Speaker? PhraseName(int first, int head, bool requireName)
    {
        TokenList tokens = _document.Tokens;
        int start = first;
        while (start <= head && !(tokens.Kinds[start] == TokenKind.Word && char.IsUpper(tokens.CharsAt(start)[0])
            && _syntax.Pos(start) is not ("DET" or "PRON")))
        {
            start++;
        }

        if (start > head || _syntax.Pos(head) == "PRON" || (requireName && (_syntax.Pos(head) != "PROPN" || !char.IsUpper(tokens.CharsAt(head)[0]))))
        {
            return null;
        }

        for (int t = start; t <= head; t++)
        {
            if (NameMarks.Inside(tokens, t, head + 1) is int marks and > 0)
            {
                t += marks - 1;
                continue;
            }

            ReadOnlySpan<char> w = tokens.CharsAt(t);
            bool ok = tokens.Kinds[t] switch
            {
                TokenKind.Word => NameMarks.IsCapitalised(w) || FunctionWords.IsNameConnector(w),
                TokenKind.Punctuation or TokenKind.Symbol => w is "." or "&",
                TokenKind.Clitic => true,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return ByName(_document.Text[tokens.Starts[start]..tokens.Ends[head]], isPerson: false);
    }

    /// <summary>The speaker a name denotes: the cluster of an entity with that canonical name, else the name alone, of the
    /// kind given.</summary>
    private Speaker ByName(string name, bool isPerson) =>
        ClustersByName.TryGetValue(name, out EntityMention? e)
            ? new Speaker(e.Canonical, e.ClusterId, e.Label == EntityLabels.Person, IsPlace: SpeakerLocator.IsPlaceLabel(e.Label),
                IsPeople: e.Label == EntityLabels.Norp)
            : new Speaker(name, null, isPerson);

    /// <summary>The first clustered mention of each canonical name (case ignored), built on first use: one pass over the
    /// entities per document rather than per speaker phrase.</summary>
    private Dictionary<string, EntityMention> ClustersByName
    {
        get
        {
            if (_clustersByName is null)
            {
                _clustersByName = new Dictionary<string, EntityMention>(StringComparer.OrdinalIgnoreCase);
                foreach (EntityMention e in _document.Entities)
                {
                    if (e.ClusterId is not null)
                    {
                        _clustersByName.TryAdd(e.Canonical, e);
                    }
                }
            }

            return _clustersByName;
        }
    }
}
