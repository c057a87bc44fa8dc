using System.Collections.Frozen;

namespace PolicyTextAnalysis.Stance;

/// <summary>Finding the holder of a cue: the nearest actor before it that can be its subject, possessors and spokesmen.</summary>
internal sealed partial class RelationExtractor
{
    /// <summary>
    /// The name of the holder at <paramref name="holder"/>: its entity's, or, when a group or place name only modifies a
    /// plural noun for people right after it before the cue at <paramref name="cue"/> (<c>Ukrainian leaders</c>,
    /// <c>Scientology officials</c>), those people, as the text names them: they hold the stance, the name says whose they are.
    /// </summary>
    private static string HolderName(SentenceTokens s, int holder, int cue)
    {
        EntityMention entity = s.Entity(holder)!;
        int after = s.EntityEnd(holder);
        if (entity.Label != EntityLabels.Person && after < cue && s.EntityAt[after] < 0
            && Resolution.PersonNouns.IsPluralPeople(s.Document, s.First + after))
        {
            return s.TextOf(s.EntityStart(holder), after + 1);
        }

        return entity.ActorName;
    }

    /// <summary>The nearest actor to the left that can be a subject: not inside parentheses, not the object of a preposition or another cue.</summary>
    private int HolderBefore(SentenceTokens s, int start, int reach = HolderReach)
    {
        // "X, which opposes Y" / "leaders who opposed Y": a relative pronoun's antecedent is the subject.
        int verbStart = start - 1;
        while (verbStart >= 0 && s.EntityAt[verbStart] < 0 && VerbModifiers.Contains(s.Lower[verbStart]))
        {
            verbStart--;
        }

        if (verbStart >= 1 && s.Lower[verbStart] is "who" or "which" or "that")
        {
            // "neighbours of Iraq who harbour Y": the antecedent is the noun before "of", not the name.
            int antecedent = s.Lower[verbStart - 1] == "," ? verbStart - 2 : verbStart - 1;
            bool named = antecedent >= 0 && s.EntityAt[antecedent] >= 0 && !s.InParentheses[antecedent];
            int beforeName = named ? s.EntityStart(antecedent) - 1 : -1;
            return named && !(beforeName >= 0 && s.Lower[beforeName] == "of") ? antecedent : -1;
        }

        for (int k = start - 1; k >= Math.Max(0, start - reach); k--)
        {
            // A subordinate clause ("... were killed when their vehicle was hit") or an allegation ("charges that he
            // supported X") is not the holder's own clause.
            // A subordinate clause whose subject is a pronoun for the main subject ("X violated Y when he dismissed Z")
            // is still the holder's.
            // An allegation ("on suspicion of planning to attack X", "men charged with plotting to attack X") is not
            // the holder's stance.
            if (s.EntityAt[k] < 0 && AllegationWords.Contains(s.Lower[k]))
            {
                return -1;
            }

            // A colon ends the clause as a semicolon does: "MS. ROE: The President has been clear that he opposes X" is not
            // the speaker label's stance.
            bool pronounSubject = k + 1 < start && s.Lower[k + 1] is "he" or "she" or "they";
            if (s.Lower[k] is ";" or ":" || (!pronounSubject && s.Lower[k] is "when" or "while" or "because" or "although" or "whereas" or "unless" or "if" or "where")
                || (s.Lower[k] == "but" && k + 1 < start && Determiners.Contains(s.Lower[k + 1]) && s.EntityAt[k + 1] < 0)
                || (s.Lower[k] == "that" && k > 0 && (ReportNouns.Contains(s.Lower[k - 1]) || Directives.Contains(s.Lower[k - 1]))))
            {
                return -1;
            }

            // "officials say rebels attacked X": the reporter is not the subject of the reported clause, unless
            // that subject is a pronoun for it ("X said it would attack Y").
            if (ReportingVerbs.Contains(s.Lower[k]) && s.EntityAt[k] < 0)
            {
                for (int j = k + 1; j < start; j++)
                {
                    if (!PronounClauseWords.Contains(s.Lower[j]))
                    {
                        return -1;
                    }
                }
            }

            if (s.EntityAt[k] < 0 || s.InParentheses[k])
            {
                continue;
            }

            int first = s.EntityStart(k);
            int before = first - 1;
            while (before >= 0 && Determiners.Contains(s.Lower[before]))
            {
                before--;
            }

            // "officials in X", "the government of X": X speaks through them.
            bool speaksThrough = before >= 1 && s.Lower[before] is "in" or "of" or "from" && CollectiveHolders.Contains(s.Lower[before - 1]);

            // "Iran's opposition accuses X": the possessed noun is the subject; it stands for the name only when it is
            // the name's own body ("Iran's government"), not its opponents ("Zimbabwe's main opposition party").
            if (s.EntityEnd(k) < start && s.Lower[s.EntityEnd(k)] is "'s" or "\u2019s" or "'" && !PossessedIsActor(s, s.EntityEnd(k) + 1, start))
            {
                return -1;
            }

            // "after Venezuelans rejected X": a conjunction that looks like a preposition opens a clause.
            bool clauseSubject = before >= 0 && ClauseOpeners.Contains(s.Lower[before]) && s.EntityEnd(k) == verbStart + 1;
            bool isObject = !speaksThrough && !clauseSubject && before >= 0 && (Prepositions.Contains(s.Lower[before]) || Match(s, before).Cue is { Kind: not (CueKind.Control or CueKind.Nominal or CueKind.Attitude) }
                || IsPastForm(s.Lower[before]) || ReportingVerbs.Contains(s.Lower[before]));

            // "U.S. consumer group is calling for X": the name modifies the subject noun, which is not the name's own body.
            if (!isObject && ModifiesSubjectNoun(s, k, start))
            {
                return -1;
            }
            if (!isObject)
            {
                return k;
            }

            k = first;
        }

        return -1;
    }

    // What a name's possessive can own and still speak for it: "Iran's government", "the group's fighters"; not
    // "Iran's main reformist party", one faction among many.
    private static readonly FrozenSet<string> PossessedBodies = StanceWords.Set("relation.possessed-bodies");

    // A state's or a group's own institutions speak for it: "Lebanon's parliament", "the party's council".
    private static readonly FrozenSet<string> Institutions = StanceWords.Set("relation.institutions");

    // After these, "that" opens a wish, not a fact: "her demand that Hamas renounce violence".
    private static readonly FrozenSet<string> Directives = StanceWords.Set("relation.directives");

    // Verbs whose object is asked or made to act: "urged X to", "forced X to".
    private static readonly FrozenSet<string> DirectiveVerbs = StanceWords.Set("relation.directive-verbs");

    private static readonly FrozenSet<string> OpposingNouns = StanceWords.Set("relation.opposing-nouns");

    // Whether the noun phrase possessed by a name, starting at from (before to), is the name's own body: its
    // government, army, leaders, "the group's spokesman"; the phrase is its run of common nouns and adjectives.
    private static bool PossessedIsActor(SentenceTokens s, int from, int to)
    {
        int head = -1;
        for (int k = from; k < to && s.EntityAt[k] < 0 && (IsCommonNounLike(s, k) || RoleWords.Contains(s.Lower[k])); k++)
        {
            if (OpposingNouns.Contains(s.Lower[k]))
            {
                return false;
            }

            head = k;
        }

        if (head < 0)
        {
            // Nothing possessed before the verb ("Iran's said ..." does not occur; "X's, Y's ..." lists): the name itself.
            return from >= to || s.IsClauseBreak(from) || VerbModifiers.Contains(s.Lower[from]);
        }

        return PossessedBodies.Contains(s.Lower[head]) || RoleWords.Contains(s.Lower[head]) || Institutions.Contains(s.Lower[head]);
    }

    /// <summary>
    /// Officials speak for what they serve: when the holder is a person introduced as "X's prime minister NAME"
    /// or "X spokesman NAME" in this sentence, X holds the stance too, with less confidence.
    /// </summary>
    private static void AddSpokesmanStance(SentenceTokens s, StanceEvidence e, List<StanceEvidence> output)
    {
        // Only the evidence's own tokens: a scan of the whole sentence per evidence would go quadratic on run-on text.
        int first = Math.Max(0, s.Document.Tokens.IndexAtOrAfter(e.Span.Start) - s.First);
        for (int k = first; k < Math.Min(s.Count, first + 64) && s.StartOf(k) < e.Span.End; k++)
        {
            EntityMention? person = s.Entity(k);
            if (person is null || person.Label != EntityLabels.Person || person.ActorName != e.Holder || (k > 0 && s.EntityAt[k - 1] == s.EntityAt[k]))
            {
                continue;
            }

            int j = k - 1;
            int roles = 0;
            while (j >= 0 && s.EntityAt[j] < 0 && roles < 5 && (RoleWords.Contains(s.Lower[j]) || s.Lower[j] is "'s" or "’s" or "'"))
            {
                roles += RoleWords.Contains(s.Lower[j]) ? 1 : 0;
                j--;
            }

            EntityMention? organisation = j >= 0 && roles > 0 ? s.Entity(j) : null;
            if (organisation is not null && organisation.Label != EntityLabels.Person && organisation.ActorName != e.Target)
            {
                output.Add(e with { Holder = organisation.ActorName, Confidence = e.Confidence * 0.8, Cue = e.Cue + " (by its official)" });
            }

            return;
        }
    }

    private static readonly FrozenSet<string> RoleWords = StanceWords.Set("relation.role-words");

    // Words of an allegation ("on suspicion of planning to attack X"): what follows is not the holder's stance.
    private static readonly FrozenSet<string> AllegationWords = StanceWords.Set("relation.allegation-words");

    // Singular nouns for a body of people that can end a holder's noun run ("the group is calling").
    private static readonly FrozenSet<string> BodyWords = StanceWords.Set("relation.body-words");

    // Plural nouns for people that are no body speaking as one (lawmakers, voters, protesters).
    private static readonly FrozenSet<string> PluralActors = StanceWords.Set("relation.plural-actors");

    // Nouns before "of" + name that stand for the name's people or body (the policies of X, the leaders of X).
    private static readonly FrozenSet<string> OfHeads = StanceWords.Set("relation.of-heads");

    // Lower-case words that are no common noun of a description (yesterday, also, there).
    private static readonly FrozenSet<string> NonNounWords = StanceWords.Set("relation.non-noun-words");

    // Verb forms of speech and thought that end a description's noun run (said, believes, wants).
    private static readonly FrozenSet<string> VerbLikeWords = StanceWords.Set("relation.verb-like-words");

    private static bool IsPastForm(string word) => word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"Rejecting ..., Taliban spokesman Z said": the subject after the opener's comma, preferring a person.</summary>
    private static int SubjectAfterOpener(SentenceTokens s, int from)
    {
        int comma = -1;
        for (int k = from; k < s.Count; k++)
        {
            if (s.Lower[k] == ",")
            {
                comma = k;
                break;
            }
        }

        if (comma < 0)
        {
            return -1;
        }

        int firstActor = -1;
        for (int k = comma + 1; k < Math.Min(s.Count, comma + 7); k++)
        {
            EntityMention? e = s.Entity(k);
            if (e is null)
            {
                continue;
            }

            if (e.Label == EntityLabels.Person)
            {
                return k;
            }

            firstActor = firstActor < 0 ? k : firstActor;
        }

        return firstActor;
    }

    private static int FirstActorAfter(SentenceTokens s, int from, int reach)
    {
        for (int k = from; k < Math.Min(s.Count, from + reach); k++)
        {
            if (s.EntityAt[k] >= 0 && !s.InParentheses[k])
            {
                return k;
            }
        }

        return -1;
    }

    private static int ActorBefore(SentenceTokens s, int before)
    {
        for (int k = before - 1; k >= 0; k--)
        {
            if (s.EntityAt[k] >= 0 && !s.InParentheses[k])
            {
                return k;
            }

            if (s.Lower[k] is ";" or ",")
            {
                break;
            }
        }

        return -1;
    }

    // Whether the name at k is only a modifier of the common noun after it, which heads the subject ("U.S. consumer
    // group"), rather than the subject itself or its body ("Pakistani officials", "Iraqi police").
    private static bool ModifiesSubjectNoun(SentenceTokens s, int k, int start)
    {
        int after = s.EntityEnd(k);
        int n = after;
        while (n < start && n - after < 3 && s.EntityAt[n] < 0 && IsCommonNounLike(s, n) && !VerbModifiers.Contains(s.Lower[n]))
        {
            n++;
        }

        // The noun run must end where the verb group starts ("group is calling"), or it was a verb ("X continues to").
        if (n == after || (n < start && !VerbModifiers.Contains(s.Lower[n])))
        {
            return false;
        }

        // The run must end in a noun for people or a body: a plural, an agent noun or a group word ("alone" is not).
        string head = s.Lower[n - 1];
        bool personNoun = head.EndsWith('s') || BodyWords.Contains(head) || head.EndsWith("er", StringComparison.Ordinal) || head.EndsWith("or", StringComparison.Ordinal) || head.EndsWith("ist", StringComparison.Ordinal)
            || head.EndsWith("ant", StringComparison.Ordinal) || head.EndsWith("ent", StringComparison.Ordinal) || head.EndsWith("ian", StringComparison.Ordinal)
            || head.EndsWith("man", StringComparison.Ordinal) || head.EndsWith("men", StringComparison.Ordinal);
        return personNoun && !ActorHeads.Contains(head) && !PossessedBodies.Contains(head) && !RoleWords.Contains(head) && !Institutions.Contains(head)
            && !PluralActors.Contains(head);
    }

    // Whether the noun before the "of" that introduces the name at ofEntity stands for the name's people or body.
    private static bool OfHeadIsActor(SentenceTokens s, int phraseStart, int ofEntity)
    {
        int of = ofEntity - 1;
        while (of > phraseStart && s.Lower[of] != "of")
        {
            of--;
        }

        string head = of > phraseStart ? s.Lower[of - 1] : "";
        return ActorHeads.Contains(head) || RoleWords.Contains(head) || PossessedBodies.Contains(head) || Institutions.Contains(head)
            || OfHeads.Contains(head);
    }

    // Lower-case modifiers and capitalised titles only ("former President", "the country's new"): no head noun.
    private static bool OnlyModifiers(SentenceTokens s, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            string w = s.Lower[k];
            bool title = char.IsUpper(s.Document.Text[s.StartOf(k)]) && (RoleWords.Contains(w) || Resolution.NameForms.IsCourtesy(w));
            if (!title && !(IsCommonNounLike(s, k) && !w.EndsWith("s", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    // Letters only (and hyphens when asked): a span loop, no enumerator allocated on this hot path.
    internal static bool IsWord(string w, bool hyphen = false)
    {
        foreach (char c in w.AsSpan())
        {
            if (!char.IsLetter(c) && !(hyphen && c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCommonNounLike(SentenceTokens s, int k)
    {
        string w = s.Lower[k];
        return w.Length > 2 && char.IsLower(s.Document.Text[s.StartOf(k)]) && IsWord(w, hyphen: true)
            && !PhraseStops.Contains(w) && !Prepositions.Contains(w) && !Determiners.Contains(w) && !Pronouns.Contains(w)
            && !IsVerbLike(w) && !w.EndsWith("ly", StringComparison.Ordinal) && !w.EndsWith("ed", StringComparison.Ordinal)
            && !w.EndsWith("ing", StringComparison.Ordinal)
            && !NonNounWords.Contains(w);
    }

    private static bool IsVerbLike(string w) => VerbLikeWords.Contains(w);

    /// <summary>
    /// Nearest actor before <paramref name="before"/> (this sentence, then the previous one) other than the holder: a
    /// person for <c>him</c> and <c>her</c>, anything else for <c>them</c> and <c>it</c>; none for <c>it</c> when a
    /// singular common noun phrase stands nearer.
    /// </summary>
    private static string? Antecedent(SentenceTokens s, SentenceTokens? previous, int before, string holder, bool person, bool thing)
    {
        foreach (SentenceTokens view in previous is null ? [s] : new[] { s, previous })
        {
            for (int k = (view == s ? before : view.Count) - 1; k >= 0; k--)
            {
                // "signed the treaty, but neither has ratified it": a nearer common noun phrase is what "it" means.
                if (thing && k > 0 && view.EntityAt[k] < 0 && view.Lower[k - 1] is "the" or "a" or "an" or "this" or "that"
                    && IsCommonNounLike(view, k) && !view.Lower[k].EndsWith('s'))
                {
                    return null;
                }

                EntityMention? e = view.Entity(k);
                if (e is not null && !view.InParentheses[k] && e.ActorName != holder && (e.Label == EntityLabels.Person) == person)
                {
                    return e.ActorName;
                }
            }
        }

        return null;
    }
}
