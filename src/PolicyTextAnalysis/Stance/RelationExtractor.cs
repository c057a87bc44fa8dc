namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Finds actor-to-actor and actor-to-policy stances expressed by the cues of the <see cref="RelationLexicon"/>
/// with general English patterns over tokens and entity mentions: active and passive voice, negation,
/// control verbs (<c>refused to eliminate</c>), accusation frames (<c>accused X of harbouring Y</c>),
/// appositions (<c>X, the sworn enemy of Y</c>), participle openers (<c>Rejecting ..., X said</c>) and
/// pronoun objects. Holder and target names come from <see cref="EntityMention.Canonical"/>.
/// Stateless and thread-safe; linear in the sentence length times the (small) cue fan-out.
/// </summary>
internal sealed class RelationExtractor
{
    private const int MaxPhraseTokens = 10;
    private const int HolderReach = 30;

    // A noun cue's holder is near it: its possessor, the subject of a short clause, or a name in apposition.
    private const int NounHolderReach = 12;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "in", "with", "to", "from", "by", "against", "for", "on", "at", "into", "over", "about", "between",
        "toward", "towards", "through", "among", "under", "after", "before", "since", "during", "without", "within",
        "across", "upon", "as", "than", "like", "via", "per", "inside", "outside", "near", "around", "beyond",
        "throughout", "behind", "beside", "along", "despite", "including", "alongside", "amid", "amidst", "besides", "onto",
        "unlike", "versus", "til", "till", "until",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any", "some", "all",
        "such", "every", "each", "\"", "\u201c", "\u201d", "'",
    };

    private static readonly HashSet<string> PhraseStops = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "as", "to", "that", "whilst", "which", "who", "whom", "whose", "because", "while", "when", "where",
        "if", "for", "by", "from", "with", "in", "on", "at", "after", "before", "since", "during", "into", "over",
        "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "must", "may", "might",
    };

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "n't", "never", "no", "neither", "nor", "cannot", "hardly",
    };

    private static readonly HashSet<string> Irrealis = new(StringComparer.Ordinal)
    {
        "should", "must", "ought", "could", "might", "may", "if", "whether",
    };

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "them", "they", "it", "him", "her",
    };

    private static readonly HashSet<string> ReportNouns = new(StringComparer.Ordinal)
    {
        "accusations", "accusation", "allegations", "allegation", "claims", "charges", "reports", "rumours", "rumors", "suspicions",
    };

    private static readonly HashSet<string> NounMarkers = new(StringComparer.Ordinal)
    {
        "in", "of", "for", "with", "the", "a", "an", "their", "his", "its", "her", "our", "my", "your", "this", "that",
        "popular", "public", "strong", "broad", "international", "military", "financial", "several", "many", "some",
        "few", "numerous", "repeated", "recent", "two", "three",
    };

    private static readonly HashSet<string> ProposalNouns = new(StringComparer.Ordinal)
    {
        "decision", "plan", "plans", "move", "attempt", "attempts", "proposal", "bid", "effort", "efforts", "call", "calls",
        "decisions", "order", "push", "drive", "campaign", "policy", "right",
    };

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "behalf", "grounds", "the",
    };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string> CollectiveHolders = new(StringComparer.Ordinal)
    {
        "officials", "authorities", "leaders", "leadership", "government", "diplomats", "ministers", "forces", "troops",
        "people", "citizens", "voters", "residents", "spokesman", "spokesperson", "representatives", "lawmakers",
    };

    // Reporting verbs: the subject of a cue after one ("officials say rebels attacked X") is in the reported clause.
    // Wider than AuthorStance's list of speech verbs: verbs of belief (think, believe) open a clause here too.
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "told", "tells", "reported", "reports", "stated", "states", "noted", "notes", "added",
        "claimed", "claims", "announced", "believe", "believes", "believed", "think", "thinks", "according",
    };

    // What may stand between a reporting verb and its clause's verb when the clause's subject is a pronoun for the
    // reporter ("X said it would attack Y").
    private static readonly HashSet<string> PronounClauseWords = new(StringComparer.Ordinal)
    {
        "that", "it", "he", "she", "they", "we", "would", "will", "could", "might", "may", "should", "must", "had", "has",
        "have", "was", "were", "is", "are", "be", "been", "not", "n't", "never", "also", "still", "did", "does", "do",
        "can", "again", "now", "soon",
    };

    // Words between a subject and its verb that are not the subject: auxiliaries and adverbs.
    private static readonly HashSet<string> VerbModifiers = new(StringComparer.Ordinal)
    {
        "would", "will", "could", "might", "may", "should", "must", "had", "has", "have", "was", "were", "is", "are", "be",
        "been", "not", "n't", "never", "also", "still", "did", "does", "do", "can", "again", "now", "already", "often",
        "repeatedly", "strongly", "publicly", "openly", "recently", "later", "then", "once", "sharply", "quickly",
    };

    // Conjunctions that open a clause but look like prepositions: the name right after one is a subject.
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "after", "before", "since", "until", "as", "because", "while", "when", "once", "although", "though", "where",
    };

    // Targets that name nothing: pronouns of the conversation, question words, numbers as pronouns, time nouns.
    private static readonly HashSet<string> EmptyTargets = new(StringComparer.Ordinal)
    {
        "you", "me", "us", "i", "we", "yourself", "yourselves", "myself", "what", "which", "who", "whom", "one", "ones",
        "week", "year", "day", "month", "time", "moment", "nor", "neither", "til", "till", "until", "trying", "doing",
        "something", "anything", "everything", "nothing", "others", "lot", "itself", "themselves", "himself", "herself",
        "oneself", "nationwide", "worldwide", "overseas", "abroad", "today", "yesterday", "tomorrow", "tonight", "recently",
        "already", "again", "try", "responsible", "blamed",
    };

    // Nouns after which "on" introduces what they are about ("a ban on X"), unlike "blamed the violence on X".
    private static readonly HashSet<string> OnNouns = new(StringComparer.Ordinal)
    {
        "ban", "bans", "attack", "attacks", "crackdown", "sanctions", "restrictions", "limits", "limit", "tax", "taxes",
        "embargo", "war", "strike", "strikes", "moratorium", "curbs", "pressure", "stance", "position", "views", "view",
        "policy", "assault", "raid", "raids", "tariffs",
    };

    /// <summary>
    /// Nouns for an actor's people or body: "the Taliban regime", "TTP fighters" stand for the actor itself (also used
    /// by <see cref="AuthorStance"/>: "the repressive X regime" judges X).
    /// </summary>
    internal static readonly HashSet<string> ActorHeads = new(StringComparer.Ordinal)
    {
        "regime", "government", "militants", "fighters", "forces", "leadership", "authorities", "officials", "leaders",
        "troops", "army", "group", "party", "movement", "administration", "rulers", "members", "supporters", "state",
        "military", "police", "insurgents", "rebels", "establishment", "camp", "officers", "agents", "diplomats",
        "soldiers", "personnel", "envoys", "representatives", "commanders", "ambassador", "envoy", "spokesman",
        "network", "organization", "organisation", "junta",
    };

    // Cues whose bare form is nearly always a noun in news: "tennis champion Kim Clijsters".
    private static readonly HashSet<string> NounFirstCues = new(StringComparer.Ordinal) { "champion", "patron" };

    // Verbs that take "back" as a particle ("brought back a sample", "fought back"): no support cue.
    private static readonly HashSet<string> ParticleVerbs = new(StringComparer.Ordinal)
    {
        "bring", "brings", "brought", "bringing", "come", "comes", "came", "coming", "go", "goes", "went", "going", "get",
        "gets", "got", "getting", "send", "sends", "sent", "sending", "fight", "fights", "fought", "fighting", "pay",
        "pays", "paid", "paying", "give", "gives", "gave", "giving", "take", "takes", "took", "taking", "look", "looks",
        "looked", "looking", "cut", "cuts", "cutting", "roll", "rolled", "rolling", "scale", "scaled", "scaling", "pull",
        "pulled", "pulling", "step", "stepped", "stepping", "turn", "turned", "turning", "hold", "held", "holding",
        "move", "moved", "moving", "call", "called", "calling", "write", "wrote", "writing", "set", "kick", "kicked",
        "sit", "sat", "fall", "fell", "play", "played", "bounce", "bounced", "hit", "strike", "struck", "flew", "fly",
        "head", "headed", "drove", "drive", "driven", "walk", "walked", "way", "be", "is", "are", "was", "were", "been",
    };

    private readonly RelationLexicon _lexicon;

    // Extra evidence found while handling one cue (the accuser's stance); per thread, so the extractor stays shareable.
    private readonly ThreadLocal<List<StanceEvidence>> _pending = new(() => []);

    /// <summary>Creates an extractor over <paramref name="lexicon"/>.</summary>
    public RelationExtractor(RelationLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The extractor over the embedded lexicon.</summary>
    public static RelationExtractor Default { get; } = new(RelationLexicon.Default);

    /// <summary>Adds the stances of one sentence to <paramref name="output"/>.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="previous">The sentence before it (for pronoun objects), or null.</param>
    /// <param name="output">Receives the evidence.</param>
    public void Extract(SentenceTokens s, SentenceTokens? previous, List<StanceEvidence> output)
    {
        for (int i = 0; i < s.Count; i++)
        {
            if (s.EntityAt[i] >= 0)
            {
                continue;
            }

            (RelationCue? cue, int end) = Match(s, i);
            if (cue is null || cue.Kind is CueKind.Control or CueKind.Action)
            {
                continue;
            }

            List<StanceEvidence> pending = _pending.Value!;
            pending.Clear();
            StanceEvidence? found = cue.Kind == CueKind.Noun ? NounRelation(s, previous, cue, i, end) : VerbRelation(s, previous, cue, i, end);
            if (found is not null)
            {
                pending.Add(found);
            }

            foreach (StanceEvidence e in pending)
            {
                if (e.Holder != e.Target)
                {
                    output.Add(e);
                    AddSpokesmanStance(s, e, output);
                }
            }

            i = end - 1;
        }
    }

    /// <summary>The longest cue matching at token <paramref name="i"/> and the token after it.</summary>
    internal (RelationCue? Cue, int End) Match(SentenceTokens s, int i)
    {
        foreach (RelationCue cue in _lexicon.CuesStartingWith(s.Lower[i]))
        {
            if (i + cue.Words.Length > s.Count)
            {
                continue;
            }

            bool all = true;
            for (int w = 1; w < cue.Words.Length && all; w++)
            {
                all = Array.IndexOf(cue.Words[w], s.Lower[i + w]) >= 0;
            }

            if (all)
            {
                return (cue, i + cue.Words.Length);
            }
        }

        return (null, i + 1);
    }

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
        if (start >= 2 && s.Lower[start - 1] is "to" or "at" && s.Lower[start - 2] is "meant" or "aimed" or "designed" or "intended")
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

        StancePolarity polarity = flip ? Opposite(cue.Polarity) : cue.Polarity;
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
        if (cue.Text.StartsWith("fight", StringComparison.Ordinal) && end < s.Count && NextContentWord(s, end) is "battle" or "battles" or "war" or "wars" or "clashes" or "fight")
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
                    polarity = Opposite(polarity);
                    break;
                }
            }

            confidence = Math.Min(confidence, 0.6);
        }

        string holderName = s.Entity(holder)!.ActorName;
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
                || (end < s.Count && s.Lower[end] is "to" or "home" or "from" or "in" or "into" or "down" or "up" or "off" or "out" or "away")))
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

        string holderName = s.Entity(holder)!.ActorName;
        (string? target, bool isEntity, int targetEnd, _) = TargetAfter(s, previous, end, holderName);
        if (target is null)
        {
            return null;
        }

        double confidence = IsNegated(s, start) ? 0.5 : 0.8;
        StancePolarity polarity = IsNegated(s, start) ? Opposite(cue.Polarity) : cue.Polarity;
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
        DirectiveVerbs.Contains(w) && w is not ("tell" or "told" or "on" or "get" or "got" or "want" or "wants" or "wanted");

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

    private static StancePolarity Opposite(StancePolarity p) =>
        p == StancePolarity.Favor ? StancePolarity.Against : p == StancePolarity.Against ? StancePolarity.Favor : p;

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
            if (s.EntityAt[k] < 0 && s.Lower[k] is "suspicion" or "suspected" or "charged" or "alleged" or "allegedly" or "accused")
            {
                return -1;
            }

            bool pronounSubject = k + 1 < start && s.Lower[k + 1] is "he" or "she" or "they";
            if (s.Lower[k] is ";" || (!pronounSubject && s.Lower[k] is "when" or "while" or "because" or "although" or "whereas" or "unless" or "if" or "where")
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
            bool isObject = !speaksThrough && !clauseSubject && before >= 0 && (Prepositions.Contains(s.Lower[before]) || Match(s, before).Cue is { Kind: not CueKind.Control }
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
    private static readonly HashSet<string> PossessedBodies = new(StringComparer.Ordinal)
    {
        "regime", "government", "leadership", "authorities", "officials", "leaders", "troops", "army", "military", "forces",
        "police", "administration", "rulers", "state", "establishment", "officers", "diplomats", "soldiers", "envoy",
        "envoys", "commanders", "ambassador", "spokesman", "spokeswoman", "spokesperson", "representatives",
    };

    // A state's or a group's own institutions speak for it: "Lebanon's parliament", "the party's council".
    private static readonly HashSet<string> Institutions = new(StringComparer.Ordinal)
    {
        "parliament", "cabinet", "ministry", "court", "navy", "senate", "congress", "legislature", "assembly", "council",
        "embassy", "delegation", "mission", "presidency", "office", "side",
    };

    // After these, "that" opens a wish, not a fact: "her demand that Hamas renounce violence".
    private static readonly HashSet<string> Directives = new(StringComparer.Ordinal)
    {
        "demand", "demands", "demanded", "request", "requests", "requested", "insistence", "insisted", "insists",
        "proposal", "proposed", "suggestion", "suggested", "recommended", "urged", "asked", "hope", "hopes", "wish",
        "condition", "conditions",
    };

    // Verbs whose object is asked or made to act: "urged X to", "forced X to".
    private static readonly HashSet<string> DirectiveVerbs = new(StringComparer.Ordinal)
    {
        "urge", "urges", "urging", "press", "pressed", "pressing", "pressure", "pressured", "pressuring", "ask", "asking",
        "force", "forced", "forcing", "persuade", "persuaded", "convince", "convinced", "allow", "allowed", "want", "wants",
        "wanted", "invite", "invited", "encourage", "encouraged", "tell", "told", "warn", "warned", "order", "ordered",
        "on", "get", "got", "push", "pushed", "compel", "compelled",
    };

    private static readonly HashSet<string> OpposingNouns = new(StringComparer.Ordinal)
    {
        "opposition", "rival", "rivals", "critics", "critic", "enemies", "enemy", "opponents", "opponent", "neighbours",
        "neighbors", "neighbour", "neighbor",
    };

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

    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "prime", "minister", "president", "foreign", "interior", "defence", "defense", "interim", "acting", "former",
        "spokesman", "spokeswoman", "spokesperson", "envoy", "special", "ambassador", "chief", "leader", "head",
        "official", "secretary", "general", "commander", "representative", "deputy", "senior", "top", "army",
    };

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
            string? antecedent = Antecedent(s, previous, from, holder, person: s.Lower[k] is "him" or "her", thing: s.Lower[k] == "it");
            return (antecedent, antecedent is not null, k + 1, true);
        }

        if (EmptyTargets.Contains(s.Lower[k]) || Prepositions.Contains(s.Lower[k]) || Months.Contains(s.Lower[k]))
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

            if (s.IsClauseBreak(end) || PhraseStops.Contains(w) || (Prepositions.Contains(w) && w != "of") || IsVerbLike(w))
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
        bool empty = phrase.Length < 3 || (end - phraseStart == 1 && EmptyTargets.Contains(s.Lower[phraseStart]));
        return empty ? (null, false, end, false) : (phrase, false, end, false);
    }

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
        bool personNoun = head.EndsWith('s') || head is "group" or "agency" or "company" or "firm" or "body" or "team" or "board" or "media"
            || head.EndsWith("er", StringComparison.Ordinal) || head.EndsWith("or", StringComparison.Ordinal) || head.EndsWith("ist", StringComparison.Ordinal)
            || head.EndsWith("ant", StringComparison.Ordinal) || head.EndsWith("ent", StringComparison.Ordinal) || head.EndsWith("ian", StringComparison.Ordinal)
            || head.EndsWith("man", StringComparison.Ordinal) || head.EndsWith("men", StringComparison.Ordinal);
        return personNoun && !ActorHeads.Contains(head) && !PossessedBodies.Contains(head) && !RoleWords.Contains(head) && !Institutions.Contains(head)
            && head is not ("lawmakers" or "legislators" or "senators" or "negotiators" or "voters" or "people" or "citizens"
                or "public" or "nationalists" or "activists" or "protesters" or "demonstrators" or "students" or "exiles");
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
            || head is "policies" or "policy" or "people" or "rule" or "interests" or "actions" or "conduct" or "behaviour"
                or "behavior" or "positions" or "position" or "ranks" or "remnants" or "wing" or "branch" or "faction" or "factions"
                or "allies" or "members" or "supporters" or "leaders" or "chief" or "head";
    }

    // Lower-case modifiers and capitalised titles only ("former President", "the country's new"): no head noun.
    private static bool OnlyModifiers(SentenceTokens s, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            string w = s.Lower[k];
            bool title = char.IsUpper(s.Document.Text[s.StartOf(k)]) && (RoleWords.Contains(w) || w is "mr." or "mrs." or "ms." or "dr." or "mr" or "mrs" or "ms" or "dr");
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
            && w is not ("yesterday" or "today" or "tonight" or "again" or "too" or "earlier" or "last" or "next" or "this"
                or "not" or "also" or "instead" or "now" or "then" or "there" or "here" or "even" or "either" or "nor");
    }

    private static bool IsVerbLike(string w) => w is "said" or "says" or "say" or "stated" or "noted" or "added" or "argued" or "claimed"
        or "tell" or "tells" or "warn" or "warns" or "believe" or "believes" or "think" or "thinks" or "hope" or "hopes" or "want" or "wants"
        or "insist" or "insists" or "report" or "reports";

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
