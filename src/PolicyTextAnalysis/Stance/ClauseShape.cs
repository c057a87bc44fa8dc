using System.Collections.Frozen;

namespace PolicyTextAnalysis.Stance;

/// <summary>
/// The shape of a simple clause, read from its words: whether the predicate evaluates its subject (a copula with an
/// adjective or noun, <c>is an even greater disaster</c>) or reports an action or an event (<c>was booked</c>,
/// <c>is holding</c>, <c>has drawn</c>); and whether the subject is an action or a policy, which an effect predicate
/// does evaluate (<c>Deporting refugees will increase radicalization</c>), or an actor, which it does not
/// (<c>Commanders were dispatched to destroy ...</c> says nothing against the commanders). General rules of English
/// morphology and syntax over lower-cased tokens, no part-of-speech model.
/// </summary>
internal static class ClauseShape
{
    private static readonly FrozenSet<string> Modals = StanceWords.Set("clause-shape.modals");

    private static readonly FrozenSet<string> Copulas = StanceWords.Set("clause-shape.copulas");

    private static readonly FrozenSet<string> Adverbs = StanceWords.Set("clause-shape.adverbs");

    private static readonly FrozenSet<string> Prepositions = StanceWords.Set("clause-shape.prepositions");

    // Irregular past participles: "was born", "was taken", "were sent" report an event, not a judgement.
    private static readonly FrozenSet<string> IrregularParticiples = StanceWords.Set("clause-shape.irregular-participles");

    // Participles that English uses as adjectives of judgement.
    private static readonly FrozenSet<string> AdjectivalParticiples = StanceWords.Set("clause-shape.adjectival-participles");

    // Nouns that name a policy, a plan or an action: their effects judge them.
    private static readonly FrozenSet<string> PolicyNouns = StanceWords.Set("clause-shape.policy-nouns");

    // "-ment" nouns that are bodies of people rather than actions.
    private static readonly FrozenSet<string> ActorNouns = StanceWords.Set("clause-shape.actor-nouns");

    // Verbs that link a subject to a predicate after a modal or a perfect auxiliary (could become, has proved).
    private static readonly FrozenSet<string> LinkingVerbs = StanceWords.Set("clause-shape.linking-verbs");

    // Words ending in -ing that are no gerund (during, morning, building).
    private static readonly FrozenSet<string> IngNouns = StanceWords.Set("clause-shape.ing-nouns");

    /// <summary>
    /// When the predicate starting at the finite verb <paramref name="verb"/> is a copula followed by an adjective or
    /// a noun phrase (<c>is wise</c>, <c>will be a disaster</c>, <c>has been a failure</c>), the first token of that
    /// complement; -1 for a passive, a progressive, a prepositional complement or any other verb.
    /// </summary>
    public static int CopulaComplement(SentenceTokens s, int verb, int end, OpinionLexicon lexicon)
    {
        int k = verb;
        if (Modals.Contains(s.Lower[k]) || s.Lower[k] is "has" or "have" or "had")
        {
            k = SkipAdverbs(s, k + 1, end, lexicon);
            if (k >= end || !LinkingVerbs.Contains(s.Lower[k]))
            {
                return -1;
            }
        }
        else if (!Copulas.Contains(s.Lower[k]))
        {
            return -1;
        }

        int next = SkipAdverbs(s, k + 1, end, lexicon);
        if (next >= end)
        {
            return -1;
        }

        // A participle after the copula is a passive or a progressive ("was killed", "are hoping") unless it is one
        // of the participles English uses as judging adjectives ("is misguided", "was disappointing").
        string w = s.Lower[next];
        bool participle = (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) || IrregularParticiples.Contains(w);
        bool progressive = w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal);
        if ((participle || progressive) && !AdjectivalParticiples.Contains(w))
        {
            return -1;
        }

        return Prepositions.Contains(w) ? -1 : k + 1;
    }

    /// <summary>
    /// The end of a copula's complement starting at <paramref name="from"/>: at most <paramref name="words"/> words,
    /// up to a clause break, a relative word or a preposition other than <c>of</c>, so the judgement is the
    /// complement's (<c>is an even greater disaster</c>) and not that of words further on (<c>is likely those of
    /// Kurds killed by ...</c>).
    /// </summary>
    public static int ComplementEnd(SentenceTokens s, int from, int end, int words, OpinionLexicon lexicon)
    {
        int k = from;
        while (k < end && k - from < words && !s.IsClauseBreak(k)
            && s.Lower[k] is not ("who" or "which" or "that" or "whose" or "where" or "when" or "because" or "if")
            && (s.Lower[k] == "of" || !Prepositions.Contains(s.Lower[k])) && !(k > from + 1 && IsReducedRelative(s.Lower[k], lexicon)))
        {
            k++;
        }

        return k;
    }

    // A participle after the complement's noun starts a reduced relative clause ("those of Kurds killed by ...").
    private static bool IsReducedRelative(string w, OpinionLexicon lexicon) =>
        lexicon.RoleOf(w) == OpinionRole.None
        && ((w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))) || IrregularParticiples.Contains(w));

    /// <summary>
    /// True when the subject in tokens [<paramref name="first"/>, <paramref name="end"/>) (finite verb at
    /// <paramref name="verb"/>) names an action or a
    /// policy: it opens with a gerund (<c>Deporting ...</c>) or its head noun, the last word before its first
    /// preposition or <c>to</c>, is a policy or action noun (<c>The decision to expel ...</c>,
    /// <c>The deportation of ...</c>).
    /// </summary>
    public static bool IsActionSubject(SentenceTokens s, int first, int end, int verb)
    {
        // A gerund clause takes a singular verb: "Deporting refugees will ...", but "mailing lists have ...".
        if (IsGerund(s.Lower[first]) && s.EntityAt[first] < 0 && s.Lower[verb] is not ("are" or "were" or "have" or "do"))
        {
            return true;
        }

        int head = first;
        for (int k = first; k < end; k++)
        {
            string w = s.Lower[k];
            if (w is "of" or "to" or "for" or "against" or "on" or "in" or "with" or "by" or "from" or "," or "(")
            {
                break;
            }

            head = k;
        }

        if (s.EntityAt[head] >= 0)
        {
            return false;
        }

        string h = s.Lower[head];
        return PolicyNouns.Contains(h) || IsGerund(h)
            || (h.Length > 5 && (h.EndsWith("tion", StringComparison.Ordinal) || h.EndsWith("sion", StringComparison.Ordinal)
                || h.EndsWith("tions", StringComparison.Ordinal) || h.EndsWith("ism", StringComparison.Ordinal)
                || (h.EndsWith("ment", StringComparison.Ordinal) && !ActorNouns.Contains(h))));
    }

    /// <summary>True for a form of "be" (a copula or the auxiliary of a passive or a progressive).</summary>
    public static bool IsBeForm(string w) => w is "is" or "are" or "was" or "were" or "be" or "been" or "being";

    /// <summary>
    /// True unless <paramref name="w"/> is a verb's -ing or -ed form that English does not use as a judging adjective
    /// ("forcing X" is a verb with its object; "misguided X" an adjective).
    /// </summary>
    public static bool IsAdjectiveLike(string w) =>
        AdjectivalParticiples.Contains(w) || !(w.Length > 4 && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)));

    private static bool IsGerund(string w) =>
        w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)
        && !IngNouns.Contains(w);

    // Adverbs, and -ly words that carry no opinion ("hastily", but not "costly" or "deadly").
    private static int SkipAdverbs(SentenceTokens s, int k, int end, OpinionLexicon lexicon)
    {
        while (k < end && (Adverbs.Contains(s.Lower[k])
            || (s.Lower[k].Length > 4 && s.Lower[k].EndsWith("ly", StringComparison.Ordinal) && s.EntityAt[k] < 0
                && lexicon.RoleOf(s.Lower[k]) == OpinionRole.None)))
        {
            k++;
        }

        return k;
    }
}
