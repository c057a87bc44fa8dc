using System.Collections.Frozen;

namespace PolicyTextAnalysis.Stance;

/// <summary>
/// The stance of a voice (the author, or a quoted speaker inside the quote) toward what its evaluative
/// sentences are about: an opinion word modifying an actor (<c>the repressive X regime</c>), and a
/// sentence subject judged by its predicate (<c>Deporting Afghans will only increase radicalization</c>,
/// <c>Creating an integrated system ... is what will really help</c>). Stateless and thread-safe.
/// </summary>
internal static class AuthorStance
{
    private const int MaxSubjectTokens = 14;

    // Words of a copula's complement that can carry its judgement: "is what will really help", "an even greater disaster".
    private const int ComplementWords = 6;

    private static readonly FrozenSet<string> Auxiliaries = StanceWords.Set("author-stance.auxiliaries");

    // Words news uses to classify a group, not to judge it: "the militant group X", "rebel forces".
    private static readonly FrozenSet<string> Designations = StanceWords.Set("author-stance.designations");

    private static readonly FrozenSet<string> Subordinators = StanceWords.Set("author-stance.subordinators");

    private static readonly FrozenSet<string> NumberWords = StanceWords.Set("author-stance.number-words");

    private static readonly FrozenSet<string> Openers = StanceWords.Set("author-stance.openers");

    private static readonly FrozenSet<string> BarePronouns = StanceWords.Set("author-stance.bare-pronouns");

    private static readonly FrozenSet<string> Reporting = StanceWords.Set("author-stance.reporting");

    // Words that make a "subject" a clause: "I think maybe they", "Frank got in touch after they returned".
    private static readonly FrozenSet<string> SubjectBreakers = StanceWords.Set("author-stance.subject-breakers");

    private static readonly FrozenSet<string> PossessivePronouns = StanceWords.Set("author-stance.possessive-pronouns");

    // Nouns that only point at something said elsewhere ("The problem is ..."): no target on their own.
    private static readonly FrozenSet<string> ShellNouns = StanceWords.Set("author-stance.shell-nouns");

    private static readonly FrozenSet<string> ClauseCutters = StanceWords.Set("author-stance.clause-cutters");

    // Nouns for a body that a name before them owns ("the Taliban regime"): the name, not the noun, is the target.
    private static readonly FrozenSet<string> OrganisationHeads = StanceWords.Set("author-stance.organisation-heads");

    // Quantifiers and focus words that open a subject naming no one in particular.
    private static readonly FrozenSet<string> Quantifiers = StanceWords.Set("author-stance.quantifiers");

    /// <summary>Adds the stances of <paramref name="holder"/> in tokens [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="s"/>.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="from">First token of the voice's own words.</param>
    /// <param name="to">One past the last.</param>
    /// <param name="holder"><c>"author"</c> or the speaker's canonical name.</param>
    /// <param name="output">Receives the evidence.</param>
    public static void Extract(SentenceTokens s, int from, int to, string holder, List<StanceEvidence> output)
    {
        OpinionLexicon lexicon = OpinionLexicon.Default;
        ModifiedActors(s, from, to, holder, lexicon, output);
        if (holder == "author" && HasReporting(s, from, to))
        {
            return;
        }

        SubjectEvaluation(s, from, to, holder, lexicon, output);
    }

    private static bool HasReporting(SentenceTokens s, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (Reporting.Contains(s.Lower[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the repressive X regime", "the terrorist group X": an opinion word right before an actor.</summary>
    private static void ModifiedActors(SentenceTokens s, int from, int to, string holder, OpinionLexicon lexicon, List<StanceEvidence> output)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (s.EntityAt[k] < 0 || (k > 0 && s.EntityAt[k - 1] == s.EntityAt[k]))
            {
                continue;
            }

            int modifier = k - 1;
            if (modifier > from && s.EntityAt[modifier] < 0 && OrganisationHeads.Contains(s.Lower[modifier]))
            {
                modifier--;
            }

            if (modifier < from || s.EntityAt[modifier] >= 0 || RelationExtractor.Default.Match(s, modifier).Cue is not null)
            {
                continue;
            }

            // A capitalised "modifier" is part of a name the recogniser split ("United States", "Democratic Party").
            if (char.IsUpper(s.Document.Text[s.StartOf(modifier)]))
            {
                continue;
            }

            OpinionRole role = lexicon.RoleOf(s.Lower[modifier]);
            if (role is not (OpinionRole.Positive or OpinionRole.Negative) || Designations.Contains(s.Lower[modifier])
                || !ClauseShape.IsAdjectiveLike(s.Lower[modifier]))
            {
                continue;
            }

            // After "to" or a modal the opinion word is a verb with the name as its object ("to help X"), not an adjective.
            if (modifier > 0 && s.Lower[modifier - 1] is "to" or "will" or "would" or "can" or "could" or "should" or "must"
                or "may" or "might" or "did" or "does" or "do" or "not")
            {
                continue;
            }

            EntityMention entity = s.Entity(k)!;
            if (entity.ActorName == holder || ModifiesNextNoun(s, entity, s.EntityEnd(k), to))
            {
                continue;
            }

            output.Add(new StanceEvidence(
                holder, entity.ActorName, role == OpinionRole.Positive ? StancePolarity.Favor : StancePolarity.Against, 0.55,
                new TextSpan(s.StartOf(modifier), s.EndOf(s.EntityEnd(k) - 1)), s.Lower[modifier], true));
        }
    }

    /// <summary>
    /// True when the name is itself a modifier of the noun after it, so the opinion word before it judges that noun:
    /// "popular American culture", "the successful UNC program". A nationality before any lower-case word is one; another
    /// name only before a noun that is not its body ("the repressive Taliban regime" judges the Taliban).
    /// </summary>
    private static bool ModifiesNextNoun(SentenceTokens s, EntityMention entity, int next, int to)
    {
        if (next >= to || s.EntityAt[next] >= 0 || !char.IsLower(s.Document.Text[s.StartOf(next)]) || !RelationExtractor.IsWord(s.Lower[next]))
        {
            return false;
        }

        string w = s.Lower[next];
        if (entity.Label == EntityLabels.Norp)
        {
            return true;
        }

        return !RelationExtractor.ActorHeads.Contains(w) && !Auxiliaries.Contains(w) && !w.EndsWith("ed", StringComparison.Ordinal)
            && !w.EndsWith('s') && w is not ("and" or "or" or "but" or "who" or "which" or "that" or "in" or "of" or "to" or "for" or "on" or "at" or "with");
    }

    /// <summary>The sentence's subject, judged by the opinion words of its predicate.</summary>
    private static void SubjectEvaluation(SentenceTokens s, int from, int to, string holder, OpinionLexicon lexicon, List<StanceEvidence> output)
    {
        int start = SkipOpeners(s, from, to);
        if (start >= to || Subordinators.Contains(s.Lower[start]))
        {
            return;
        }

        int verb = -1;
        for (int k = start + 1; k < Math.Min(to, start + MaxSubjectTokens + 1); k++)
        {
            if (s.EntityAt[k] < 0 && Auxiliaries.Contains(s.Lower[k]))
            {
                verb = k;
                break;
            }

            if (s.IsClauseBreak(k))
            {
                return;
            }
        }

        if (verb < 0 || (verb - start == 1 && BarePronouns.Contains(s.Lower[start])))
        {
            return;
        }

        // "The technology that Frank is using ... is so important": the first verb belongs to the relative clause;
        // the main clause's copula comes after it.
        verb = MainVerbAfterRelativeClause(s, start, verb, to);

        if (BarePronouns.Contains(s.Lower[start]) || Quantifiers.Contains(s.Lower[start]) || char.IsDigit(s.Lower[start][0])
            || NumberWords.Contains(s.Lower[start]))
        {
            return;
        }

        // Judge only the main clause: stop at a subordinate clause, and leave clauses with a relation cue
        // ("X will hate Y") to the relation extractor.
        int predicateEnd = verb + 1;
        for (; predicateEnd < to; predicateEnd++)
        {
            string w = s.Lower[predicateEnd];
            if (w is ";" || Subordinators.Contains(w) || w is "that" or "who" or "which")
            {
                break;
            }

            // Attitude verbs (hate, trust) state the subject's own stance; evaluative ones (undermine, help) judge it.
            if (s.EntityAt[predicateEnd] < 0 && SubjectHasActor(s, start, verb)
                && RelationExtractor.Default.Match(s, predicateEnd).Cue is { Kind: CueKind.Verb }
                && lexicon.RoleOf(s.Lower[predicateEnd]) is not (OpinionRole.Positive or OpinionRole.Negative))
            {
                return;
            }
        }


        int subjectEnd = verb;
        for (int k = start + 2; k < verb; k++)
        {
            if (ClauseCutters.Contains(s.Lower[k]))
            {
                subjectEnd = k;
                break;
            }
        }

        int first = start;
        while (first < subjectEnd && s.Lower[first] is "the" or "a" or "an")
        {
            first++;
        }

        // A clause fragment ("to show that ...", "that we can ...") is no noun phrase to hold a stance toward.
        if (first >= subjectEnd || s.Lower[first] is "to" or "that" or "and" or "but" or "or" or "because" or "if" or "when" or "while" or "so")
        {
            return;
        }

        // A clause or an unresolved possessive ("its round shape") is no target.
        if (PossessivePronouns.Contains(s.Lower[first]))
        {
            return;
        }

        for (int k = first; k < subjectEnd; k++)
        {
            if (SubjectBreakers.Contains(s.Lower[k]))
            {
                return;
            }
        }

        // A copula with an adjective or a noun judges any subject ("X is a repressive regime"); other predicates
        // judge only actions and policies ("Deporting Afghans will increase radicalization"), never an actor whose
        // deeds they report ("X was booked for a bad foul", "X has drawn criticism").
        // An action's progressive or passive reports what happens to it ("the fighting is dying down"), not its effect.
        int complement = ClauseShape.CopulaComplement(s, verb, predicateEnd, lexicon);
        if (complement < 0 && (!ClauseShape.IsActionSubject(s, first, subjectEnd, verb) || ClauseShape.IsBeForm(s.Lower[verb])))
        {
            return;
        }

        // A copula is judged by its complement alone; an action by its whole predicate (what it will do).
        int score = complement >= 0
            ? OpinionScorer.Score(s.Lower, verb, ClauseShape.ComplementEnd(s, complement, predicateEnd, ComplementWords, lexicon), lexicon)
            : OpinionScorer.Score(s.Lower, verb, predicateEnd, lexicon);
        if (score == 0)
        {
            return;
        }

        // A subject that is just an actor (optionally "X's government") is a stance toward the actor itself.
        string target;
        bool isEntity = false;
        if (s.EntityAt[first] >= 0 && s.EntityEnd(first) >= subjectEnd - 1 && s.EntityEnd(first) <= subjectEnd)
        {
            target = s.Entity(first)!.ActorName;
            isEntity = true;
        }
        else
        {
            target = s.TextOf(first, subjectEnd).Trim('"', '\u201c', '\u201d', ' ', ',');
        }

        if (target.Length < 3 || target == holder || ShellNouns.Contains(target.ToLowerInvariant()))
        {
            return;
        }

        double confidence = Math.Min(0.75, 0.45 + 0.1 * Math.Abs(score));
        output.Add(new StanceEvidence(
            holder, target, score > 0 ? StancePolarity.Favor : StancePolarity.Against, confidence,
            new TextSpan(s.StartOf(start), s.EndOf(predicateEnd - 1)), "evaluation", isEntity));
    }

    private static int MainVerbAfterRelativeClause(SentenceTokens s, int start, int verb, int to)
    {
        bool relative = false;
        for (int k = start + 1; k < verb && !relative; k++)
        {
            relative = s.Lower[k] is "that" or "which" or "who";
        }

        if (!relative)
        {
            return verb;
        }

        for (int k = verb + 1; k < Math.Min(to, verb + MaxSubjectTokens); k++)
        {
            if (s.IsClauseBreak(k))
            {
                return verb;
            }

            if (s.EntityAt[k] < 0 && s.Lower[k] is "is" or "are" or "was" or "were" && ClauseShape.CopulaComplement(s, k, to, OpinionLexicon.Default) >= 0)
            {
                return k;
            }
        }

        return verb;
    }

    private static bool SubjectHasActor(SentenceTokens s, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (s.EntityAt[k] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipOpeners(SentenceTokens s, int from, int to)
    {
        int k = from;
        while (k < to && (Openers.Contains(s.Lower[k]) || s.Lower[k] is "\"" or "\u201c"))
        {
            k++;
        }

        // "In addition, ...", "However, ...": a short adverbial before a comma is not the subject.
        for (int j = k; j < Math.Min(to, k + 5); j++)
        {
            if (s.Lower[j] == ",")
            {
                return s.EntityAt[k] >= 0 ? k : j + 1;
            }
        }

        return k;
    }
}
