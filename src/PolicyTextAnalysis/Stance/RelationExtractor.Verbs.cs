namespace PolicyTextAnalysis.Stance;

/// <summary>Verb cues: the holder before (or the agent after) a verb cue and its object, with voice, negation and control.</summary>
internal sealed partial class RelationExtractor
{
    private StanceEvidence? VerbRelation(SentenceTokens s, SentenceTokens? previous, RelationCue cue, int start, int end)
    {
        double confidence = 0.8;
        bool flip = false;
        if (!IsVerbUse(s, cue, start, end))
        {
            return null;
        }

        // Prescriptions and conditions ("X should condemn Y", "if X backs Y") are not the holder's stance.
        for (int k = start - 1; k >= Math.Max(0, start - 8) && s.Lower[k] is not (";" or ".") && s.EntityAt[k] < 0; k--)
        {
            if (Irrealis.Contains(s.Lower[k]))
            {
                return null;
            }
        }

        for (int k = start - 1; k >= Math.Max(0, start - 8) && !s.IsClauseBreak(k); k--)
        {
            if (s.Lower[k] is "if" or "unless" or "whether")
            {
                return null;
            }
        }

        if (IsNegated(s, start))
        {
            flip = !flip;
            confidence = 0.6;
        }

        // "a tour meant to promote X", "a conference aimed at gathering support": the purpose of a thing, not of a name.
        if (start >= 2 && s.Lower[start - 1] is "to" or "at" && PurposeParticiples.Contains(s.Lower[start - 2]))
        {
            return null;
        }

        if (start >= 2 && s.Lower[start - 1] == "to" && IsControl(s, start - 2))
        {
            flip = !flip;
            confidence = 0.6;
            if (IsNegated(s, start - 2))
            {
                flip = !flip;
            }
        }

        StancePolarity polarity = flip ? ParsedStanceRules.Opposite(cue.Polarity) : cue.Polarity;
        bool passive = !s.Lower[start].EndsWith("ing", StringComparison.Ordinal)
            && ((start > 0 && BeForms.Contains(s.Lower[start - 1]))
                || (start > 1 && BeForms.Contains(s.Lower[start - 2]) && (VerbModifiers.Contains(s.Lower[start - 1]) || s.Lower[start - 1].EndsWith("ly", StringComparison.Ordinal))));

        // A noun use of a verb cue ("received support", "in support of", "with attacking style") is no clause of its own.
        bool gerundClause = s.Lower[start].EndsWith("ing", StringComparison.Ordinal) && start > 0 && s.Lower[start - 1] is "of" or "for" or "by";
        if (!passive && !gerundClause && start > 0 && (NounMarkers.Contains(s.Lower[start - 1]) || (IsPastForm(s.Lower[start - 1]) && s.EntityAt[start - 1] < 0)))
        {
            return null;
        }

        // Passive: "Y was condemned by X".
        if (start > 0 && BeForms.Contains(s.Lower[start - 1]) && end < s.Count && s.Lower[end] == "by")
        {
            int holderToken = FirstActorAfter(s, end + 1, 4);
            int targetToken = ActorBefore(s, start - 1);
            if (holderToken < 0 || targetToken < 0)
            {
                return null;
            }

            // "assisted by former members of X": the agent is the members, not X.
            for (int k = end + 1; k < holderToken; k++)
            {
                if (s.Lower[k] == "of")
                {
                    return null;
                }
            }

            return Make(s, s.Entity(holderToken)!.ActorName, s.Entity(targetToken)!.ActorName, true, polarity, 0.75 * confidence / 0.8,
                Math.Min(s.EntityStart(targetToken), start), s.EntityEnd(holderToken), cue);
        }

        // A passive with no agent ("civil unions are approved nationwide") names no holder; a stative one with "to"
        // or "with" is the subject's own stance ("X is opposed to Y", "X is allied with Y").
        if (passive && (end >= s.Count || s.Lower[end] is not ("to" or "with")))
        {
            return null;
        }

        // "fought fierce battles": a cognate object is no target.
        if (cue.Text.StartsWith("fight", StringComparison.Ordinal) && end < s.Count && FightNouns.Contains(NextContentWord(s, end)))
        {
            return null;
        }

        int holder = AccusedHolder(s, start, out bool accusation);
        if (accusation && holder < 0)
        {
            return null;
        }

        if (accusation)
        {
            confidence = Math.Min(confidence, 0.5);
            AddAccuserStance(s, previous, holder, cue, polarity, end);
        }
        else
        {
            holder = HolderBefore(s, start);
            if (holder < 0 && start <= 1 && s.Lower[start].EndsWith("ing", StringComparison.Ordinal))
            {
                holder = SubjectAfterOpener(s, end);
            }
        }

        if (holder < 0)
        {
            return null;
        }

        // "X pressed Sudan to accept Y", "X warned China not to crack down on Y": the cue is what the director wants
        // done (or not done), so the director holds the stance, reversed by a "not" after the directive; what Sudan or
        // China is asked to do is not their stance.
        int directive = s.EntityStart(holder) - 1;
        while (directive >= 0 && Determiners.Contains(s.Lower[directive]))
        {
            directive--;
        }

        bool directee = s.EntityEnd(holder) < start && s.Lower[s.EntityEnd(holder)] is "to" or "not" && directive >= 0
            && (Directives.Contains(s.Lower[directive]) || IsDirectiveVerb(s.Lower[directive]));
        if (!directee)
        {
            directive = -1;
            for (int k = s.EntityEnd(holder); k < start; k++)
            {
                directive = IsDirectiveVerb(s.Lower[k]) ? k : directive;
            }
        }

        if (directive >= 0)
        {
            holder = directee ? HolderBefore(s, directive) : holder;
            if (holder < 0)
            {
                return null;
            }

            for (int k = directive + 1; k < start; k++)
            {
                if (s.Lower[k] is "not" or "n't" or "never")
                {
                    polarity = ParsedStanceRules.Opposite(polarity);
                    break;
                }
            }

            confidence = Math.Min(confidence, 0.6);
        }

        string holderName = HolderName(s, holder, start);
        (string? target, bool isEntity, int targetEnd, bool viaPronoun) = TargetAfter(
            s, previous, end, holderName, accusation: cue.Text.StartsWith("accus", StringComparison.Ordinal));
        if (target is null)
        {
            return null;
        }

        // "called for X to disarm": what is called for is X's act, not X.
        if (cue.Text == "call for" && targetEnd + 1 < s.Count && s.Lower[targetEnd] == "to")
        {
            return null;
        }

        if (viaPronoun)
        {
            confidence = Math.Min(confidence, 0.6);
        }

        return Make(s, holderName, target, isEntity, polarity, confidence, Math.Min(s.EntityStart(holder), start), targetEnd, cue);
    }

    /// <summary>
    /// False when the cue word is not the clause's verb: a particle (<c>brought back</c>), a gerund after the
    /// preposition <c>to</c> (<c>compared X to supporting Y</c>), or a noun modifying the noun after it
    /// (<c>U.S. aid organization</c>, <c>a "support movement"</c>).
    /// </summary>
    private static bool IsVerbUse(SentenceTokens s, RelationCue cue, int start, int end)
    {
        string word = s.Lower[start];

        // A capitalised cue inside a sentence is part of a name or a title: "Finance Minister", "Defense Secretary".
        if (start > 0 && char.IsUpper(s.Document.Text[s.StartOf(start)]) && s.Lower[start - 1] is not ("\"" or "\u201c" or "(" or ":"))
        {
            return false;
        }

        if (cue.Words.Length == 1 && word.StartsWith("back", StringComparison.Ordinal)
            && ((start > 0 && ParticleVerbs.Contains(s.Lower[start - 1]))
                || (end < s.Count && DirectionWords.Contains(s.Lower[end]))))
        {
            return false;
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && start > 0 && s.Lower[start - 1] == "to")
        {
            return false;
        }

        int before = start - 1;
        while (before >= 0 && s.Lower[before] is "\"" or "\u201c" or "'")
        {
            before--;
        }

        if (before >= 0 && before < start - 1 && NounMarkers.Contains(s.Lower[before]))
        {
            return false;
        }

        // A participle between a modifier and a noun is an adjective: "the armed forces", "special armed forces".
        bool afterArticle = start > 0 && (s.Lower[start - 1] is "the" or "a" or "an" || (Prepositions.Contains(s.Lower[start - 1]) && s.Lower[start - 1] != "to"));
        bool afterArticleAndAdjective = start > 1 && s.Lower[start - 2] is "the" or "a" or "an"
            && (IsCommonNounLike(s, start - 1) || s.Lower[start - 1].EndsWith("ly", StringComparison.Ordinal));
        if (word.EndsWith("ed", StringComparison.Ordinal) && end < s.Count && IsCommonNounLike(s, end) && (afterArticle || afterArticleAndAdjective))
        {
            return false;
        }

        // A bare cue between a nationality or place and a common noun is a compound noun: "Afghan aid workers".
        // So is one after a word that cannot be its subject or auxiliary: "abducting aid workers", "a support movement".
        string lemma = cue.Lemma;
        if (cue.Words.Length == 1 && word == lemma && NounFirstCues.Contains(lemma))
        {
            return false;
        }

        // "nuclear arms reduction": the -s form between a modifier and a noun is a noun too.
        bool bare = cue.Words.Length == 1 && (word == lemma || (word == lemma + "s" && start > 0 && s.EntityAt[start - 1] < 0 && IsCommonNounLike(s, start - 1)));
        bool nounAfter = end < s.Count && s.EntityAt[end] < 0 && s.Lower[end].Length > 2 && IsWord(s.Lower[end])
            && !Determiners.Contains(s.Lower[end]) && !Prepositions.Contains(s.Lower[end]) && !Pronouns.Contains(s.Lower[end])
            && !IsVerbLike(s.Lower[end]) && !PhraseStops.Contains(s.Lower[end]);
        if (!bare || !nounAfter || before < 0)
        {
            return true;
        }

        if (s.Entity(before) is { } entity)
        {
            return entity.Label is not (EntityLabels.Norp or EntityLabels.GeopoliticalEntity);
        }

        string w = s.Lower[before];
        if (ReportingVerbs.Contains(w))
        {
            return false;
        }

        return VerbModifiers.Contains(w) || PronounClauseWords.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal)
            || w is "to" or "and" or "or" or "who" or "which" or "i" or "you" or "we" or "they" or "," or "n't" || w.EndsWith('s');
    }
}
