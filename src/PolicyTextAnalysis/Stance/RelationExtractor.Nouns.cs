namespace PolicyTextAnalysis.Stance;

/// <summary>Noun cues (<c>the enemy of</c>, <c>support for</c>), accusation frames and the small helpers they share.</summary>
internal sealed partial class RelationExtractor
{
    private StanceEvidence? NounRelation(SentenceTokens s, SentenceTokens? previous, RelationCue cue, int start, int end)
    {
        // Inside a prepositional phrase ("the atmosphere of hostility toward X") the noun has no subject; only a
        // possessor right before it holds it ("X's hostility toward Y").
        int before = start - 1;
        while (before >= 0 && s.EntityAt[before] < 0 && (Determiners.Contains(s.Lower[before]) || IsCommonNounLike(s, before))
            && s.Lower[before] is not ("be" or "been" or "being" or "become" or "became" or "becomes" or "remain" or "remains" or "remained"))
        {
            before--;
        }

        if (before >= 0 && s.EntityAt[before] < 0 && Prepositions.Contains(s.Lower[before]) && s.Lower[before] != "as")
        {
            return null;
        }

        // A role noun ("ally of", "enemy of") states a relation only in apposition or after a copula ("X, the sworn
        // enemy of Y", "X is an ally of Y", "X's ally"), not as an object ("help rally opponents of the president").
        if (cue.Text.EndsWith(" of", StringComparison.Ordinal) && before >= 0 && s.EntityAt[before] < 0
            && s.Lower[before] is not ("is" or "are" or "was" or "were" or "be" or "been" or "being" or "remains" or "remain"
                or "remained" or "became" or "become" or "becomes" or "," or "as" or "'s" or "\u2019s"))
        {
            return null;
        }

        // "U.S. critics of X", "EU support for Y": the name right before the noun is its holder.
        int holder = start > 0 && s.EntityAt[start - 1] >= 0
            ? start - 1
            : HolderBefore(s, start, NounHolderReach);
        if (holder < 0)
        {
            return null;
        }

        string holderName = HolderName(s, holder, start);
        (string? target, bool isEntity, int targetEnd, _) = TargetAfter(s, previous, end, holderName);
        if (target is null)
        {
            return null;
        }

        double confidence = IsNegated(s, start) ? 0.5 : 0.8;
        StancePolarity polarity = IsNegated(s, start) ? ParsedStanceRules.Opposite(cue.Polarity) : cue.Polarity;
        return Make(s, holderName, target, isEntity, polarity, confidence, s.EntityStart(holder), targetEnd, cue);
    }

    /// <summary>
    /// "X accused Y of facilitating Z": whoever accuses Y of favouring Z counts that as a fault, so X is against Z.
    /// Found again at the accusation verb (the holder of the frame); recorded through <see cref="_pending"/>.
    /// </summary>
    private void AddAccuserStance(SentenceTokens s, SentenceTokens? previous, int accused, RelationCue cue, StancePolarity polarity, int end)
    {
        if (polarity != StancePolarity.Favor)
        {
            return;
        }

        int verb = s.EntityStart(accused) - 1;
        while (verb >= 0 && Determiners.Contains(s.Lower[verb]))
        {
            verb--;
        }

        int accuser = verb >= 0 ? HolderBefore(s, verb) : -1;
        if (accuser < 0)
        {
            return;
        }

        string accuserName = s.Entity(accuser)!.ActorName;
        (string? target, bool isEntity, int targetEnd, _) = TargetAfter(s, previous, end, accuserName);
        if (target is not null && target != accuserName)
        {
            _pending.Value!.Add(Make(s, accuserName, target, isEntity, StancePolarity.Against, 0.5, s.EntityStart(accuser), targetEnd, cue));
        }
    }

    // A verb whose object is asked or made to act; "told" and "got" also report or happen, so they are not counted.
    private static bool IsDirectiveVerb(string w) =>
        DirectiveVerbs.Contains(w) && !ReportingDirectives.Contains(w);

    private static string NextContentWord(SentenceTokens s, int k)
    {
        while (k < s.Count && (Determiners.Contains(s.Lower[k]) || IsCommonNounLike(s, k) && k + 1 < s.Count && IsCommonNounLike(s, k + 1)))
        {
            k++;
        }

        return k < s.Count ? s.Lower[k] : "";
    }

    private static StanceEvidence Make(
        SentenceTokens s, string holder, string target, bool isEntity, StancePolarity polarity, double confidence, int from, int to, RelationCue cue) =>
        new(holder, target, polarity, confidence, new TextSpan(s.StartOf(from), s.EndOf(Math.Max(from, to - 1))), cue.Text, isEntity);

    private static bool IsNegated(SentenceTokens s, int start)
    {
        for (int k = start - 1; k >= Math.Max(0, start - 3) && !s.IsClauseBreak(k) && s.EntityAt[k] < 0; k--)
        {
            if (Negators.Contains(s.Lower[k]) || (s.Lower[k] == "longer" && k > 0 && s.Lower[k - 1] == "no"))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsControl(SentenceTokens s, int k)
    {
        foreach (RelationCue cue in _lexicon.CuesStartingWith(s.Lower[k]))
        {
            if (cue.Kind == CueKind.Control && cue.Words.Length == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// In "X accused Y of harbouring Z" (or "accusations against Y of ...") the holder of "harbouring" is Y;
    /// <paramref name="accusation"/> is set when the cue sits in such a frame, even when Y is unnamed.
    /// </summary>
    private int AccusedHolder(SentenceTokens s, int start, out bool accusation)
    {
        accusation = false;
        if (!s.Lower[start].EndsWith("ing", StringComparison.Ordinal))
        {
            return -1;
        }

        for (int k = start - 1; k >= Math.Max(0, start - 12) && s.Lower[k] is not (";" or "."); k--)
        {
            if (s.Lower[k] != "of" || k == 0)
            {
                continue;
            }

            int before = k - 1;

            // "accusations of ...", and the passive "X (was) accused of ...": an allegation with no accuser named here.
            if (ReportNouns.Contains(s.Lower[before]) || s.Lower[before].StartsWith("accus", StringComparison.Ordinal))
            {
                accusation = true;
                return -1;
            }

            if (s.EntityAt[before] >= 0)
            {
                int entityStart = s.EntityStart(before);
                int verb = entityStart - 1;
                while (verb >= 0 && Determiners.Contains(s.Lower[verb]))
                {
                    verb--;
                }

                if (verb >= 0 && s.Lower[verb].StartsWith("accus", StringComparison.Ordinal))
                {
                    accusation = true;
                    return before;
                }
            }

            return -1;
        }

        return -1;
    }
}
