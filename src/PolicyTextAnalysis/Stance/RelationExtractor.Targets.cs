namespace PolicyTextAnalysis.Stance;

/// <summary>Finding the target after a cue: a named actor, a pronoun's antecedent or the noun phrase.</summary>
internal sealed partial class RelationExtractor
{
    /// <summary>
    /// The object after a cue: an actor named at the head of the phrase, after its <c>of</c> (<c>the regime of
    /// the Taliban</c>) or in apposition (<c>the leader of X, NAME</c>); a pronoun's antecedent; else the noun phrase.
    /// </summary>
    private static (string? Target, bool IsEntity, int End, bool ViaPronoun) TargetAfter(
        SentenceTokens s, SentenceTokens? previous, int from, string holder, bool accusation = false)
    {
        int k = from;
        while (k < s.Count && (Determiners.Contains(s.Lower[k]) || s.Lower[k] is "\"" or "\u201c"))
        {
            k++;
        }

        if (k >= s.Count)
        {
            return (null, false, k, false);
        }

        if (Pronouns.Contains(s.Lower[k]))
        {
            // The parse's antecedent when the document has one (the same the parse rules read), else the nearest actor.
            string? antecedent = s.Pronouns is { } shared && shared.TryActor(s.First + k, holder, out string? actor) ? actor
                : Antecedent(s, previous, from, holder, person: s.Lower[k] is "him" or "her", thing: s.Lower[k] == "it");
            return (antecedent, antecedent is not null, k + 1, true);
        }

        if (IsEmptyTargetWord(s.Lower[k]) || Prepositions.Contains(s.Lower[k]) || Months.Contains(s.Lower[k]))
        {
            return (null, false, k, false);
        }

        int phraseStart = k;
        int headEntity = -1;
        int ofEntity = -1;
        bool afterOf = false;
        int end = k;
        for (; end < s.Count && end - phraseStart < MaxPhraseTokens; end++)
        {
            string w = s.Lower[end];
            if (s.InParentheses[end])
            {
                break;
            }

            if (s.EntityAt[end] >= 0)
            {
                // A nationality modifying the name after it ("the Afghan Taliban") is not the actor: take the name.
                int next = s.EntityEnd(end);
                if (s.Entity(end)!.Label == EntityLabels.Norp && next < s.Count && s.EntityAt[next] >= 0
                    && s.Entity(next)!.Label != EntityLabels.Norp)
                {
                    if (end == phraseStart)
                    {
                        phraseStart = next;
                    }

                    end = next;
                }

                // "former President X", "conservative President X": modifiers and a title before the name.
                if (end == phraseStart || (headEntity < 0 && ofEntity < 0 && !afterOf && end - phraseStart <= 3 && OnlyModifiers(s, phraseStart, end)))
                {
                    headEntity = end;
                }
                else if (afterOf && ofEntity < 0)
                {
                    ofEntity = end;
                }

                end = s.EntityEnd(end) - 1;
                continue;
            }

            // "the decision to reopen X", "a ban on X": the complement belongs to the phrase.
            if (w == "to" && end > phraseStart && ProposalNouns.Contains(s.Lower[end - 1]))
            {
                continue;
            }

            if (w == "on" && end > phraseStart && end + 1 < s.Count && !Weekdays.Contains(s.Lower[end + 1]) && OnNouns.Contains(s.Lower[end - 1]))
            {
                continue;
            }

            // "accused the opposition of conspiring": the charge after "of" is not part of the accused.
            if (w == "of" && end > phraseStart && accusation)
            {
                break;
            }

            if (w == "of" && end > phraseStart)
            {
                afterOf = true;
                continue;
            }

            // A dash written between two letters without spaces joins a compound ("short–term"); it breaks nothing.
            if (w is "\u2013" or "\u2014" or "-" && end > phraseStart && end + 1 < s.Count
                && s.EndOf(end - 1) == s.StartOf(end) && s.EndOf(end) == s.StartOf(end + 1))
            {
                continue;
            }

            if (s.IsClauseBreak(end) || PhraseStops.Contains(w) || (Prepositions.Contains(w) && w != "of") || IsVerbLike(w)
                || ModifiesWordBefore(s, end, phraseStart))
            {
                break;
            }
        }

        // Apposition: "the supreme leader of the Taliban, NAME" names the head itself.
        if (headEntity < 0 && end < s.Count - 1 && s.Lower[end] == "," && s.EntityAt[end + 1] >= 0)
        {
            int appositionEnd = s.EntityEnd(end + 1);
            if (appositionEnd >= s.Count || s.IsClauseBreak(appositionEnd))
            {
                return (s.Entity(end + 1)!.ActorName, true, appositionEnd, false);
            }
        }

        if (headEntity >= 0)
        {
            // A name modifying the noun after it ("the Jewish state", "the Texas prosecutor") is not the target:
            // the noun phrase is, unless the noun stands for the actor ("the Taliban regime", "TTP fighters").
            int modified = ModifiedNounEnd(s, headEntity);
            return modified < 0
                ? (s.Entity(headEntity)!.ActorName, true, s.EntityEnd(headEntity), false)
                : (s.TextOf(headEntity, modified), false, modified, false);
        }

        // "the regime of X", "the leader of X" name X; "the overthrow of X", "the destruction of X" name an event.
        if (ofEntity >= 0 && !ReportNouns.Contains(s.Lower[phraseStart]) && ModifiedNounEnd(s, ofEntity) < 0 && OfHeadIsActor(s, phraseStart, ofEntity))
        {
            return (s.Entity(ofEntity)!.ActorName, true, s.EntityEnd(ofEntity), false);
        }

        // A phrase ends on a content word, not on "of" or "the".
        while (end > phraseStart && (Prepositions.Contains(s.Lower[end - 1]) || Determiners.Contains(s.Lower[end - 1])))
        {
            end--;
        }

        string phrase = s.TextOf(phraseStart, end).Trim('"', '\u201c', '\u201d', ' ');
        bool empty = phrase.Length < 3 || (end - phraseStart == 1 && IsEmptyTargetWord(s.Lower[phraseStart]));
        return empty ? (null, false, end, false) : (phrase, false, end, false);
    }

    /// <summary>An adverb the parse hangs on a word before the phrase (voted against the funding twice): the verb's, so
    /// the phrase ends before it. False without the syntax layer.</summary>
    private static bool ModifiesWordBefore(SentenceTokens s, int k, int phraseStart) =>
        s.Document.Syntax is { } syntax && syntax.Pos(s.First + k) == "ADV" && syntax.Tree.Head(s.First + k) is int head
        && head >= 0 && head < s.First + phraseStart;

    /// <summary>
    /// When the name at <paramref name="name"/> modifies the common nouns that follow it (<c>the Texas prosecutor</c>),
    /// the end of those nouns (at most three); -1 when it does not, or when the noun stands
    /// for the actor itself (<c>the Taliban regime</c>, <c>Iraq's government</c>). A nationality is never the actor:
    /// <c>the Afghan government</c> is the target, not <c>Afghan</c>.
    /// </summary>
    private static int ModifiedNounEnd(SentenceTokens s, int name)
    {
        // A possessive keeps the name: rejecting "X's offer" is read as a stance toward X.
        int after = s.EntityEnd(name);
        int k = after;
        int nouns = k;
        // Common nouns, or capitalised words the recogniser left out of the name ("the Beijing Olympics").
        while (k < s.Count && k - nouns < 3 && s.EntityAt[k] < 0
            && (IsCommonNounLike(s, k) || (char.IsUpper(s.Document.Text[s.StartOf(k)]) && s.Lower[k].Length > 2
                && IsWord(s.Lower[k]) && !Weekdays.Contains(s.Lower[k]) && !Months.Contains(s.Lower[k]))))
        {
            k++;
        }

        bool nationality = s.Entity(name)!.Label == EntityLabels.Norp;
        return k == nouns || (!nationality && (ActorHeads.Contains(s.Lower[k - 1]) || ActorHeads.Contains(s.Lower[nouns]))) ? -1 : k;
    }

    /// <summary>A word that names nothing as a target, also in the plural (<c>for decades</c>, <c>for years</c>).</summary>
    private static bool IsEmptyTargetWord(string lower) =>
        EmptyTargets.Contains(lower) || (lower.Length > 3 && lower.EndsWith('s') && EmptyTargets.Contains(lower[..^1]));
}
