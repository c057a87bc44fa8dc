namespace PolicyTextAnalysis.Stance;

/// <summary>
/// The ids of the parse-based stance rules (listed with examples in <c>Stance/Lexicons/stance-rules.tsv</c>) and the word
/// classes they read, all from the shared lexicons: attitude verbs and enacting/ending actions from the relation lexicon,
/// evaluative words and negators from the opinion lexicon.
/// </summary>
internal static class ParsedStanceRules
{
    public const string AttitudeVerb = "attitude-verb";
    public const string AttitudeNoun = "attitude-noun";
    public const string EvaluativePredicate = "evaluative-predicate";
    public const string EvaluativeModifier = "evaluative-modifier";
    public const string VoiceAction = "voice-action";
    public const string VoiceFraming = "voice-framing";


    /// <summary>Every id, for the check that the data file and the code agree.</summary>
    public static readonly string[] All = [AttitudeVerb, AttitudeNoun, EvaluativePredicate, EvaluativeModifier, VoiceAction, VoiceFraming];

    /// <summary>The polarity of a one-word attitude verb of the relation lexicon (by lemma), or null.</summary>
    public static StancePolarity? AttitudeOf(string lemma) => Single(lemma, CueKind.Verb);

    /// <summary>The polarity of an enacting (favor) or ending (against) action verb, or null.</summary>
    public static StancePolarity? ActionOf(string lemma) => Single(lemma, CueKind.Action);

    /// <summary>Favor for a favourable word of the opinion lexicon, against for an unfavourable one, else null.</summary>
    public static StancePolarity? EvaluationOf(string lowerLemma) => OpinionLexicon.Default.RoleOf(lowerLemma) switch
    {
        OpinionRole.Positive => StancePolarity.Favor,
        OpinionRole.Negative => StancePolarity.Against,
        _ => null,
    };

    /// <summary>True for a negator of the opinion lexicon (<c>not</c>, <c>never</c>, <c>n't</c>).</summary>
    public static bool IsNegator(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 16)];
        return word.Length <= 16 && word.ToLowerInvariant(lower) > 0 && OpinionLexicon.Default.RoleOf(lower) == OpinionRole.Negator;
    }

    /// <summary>The verb cues of two words whose second is a preposition introducing the target (<c>call for</c>, <c>vote
    /// against</c>, <c>side with</c>): each cue's polarity with the preposition's listed forms, for the verb's lemma.</summary>
    public static IEnumerable<(StancePolarity Polarity, string[] Prepositions)> PrepositionalAttitudesOf(string lemma)
    {
        foreach (RelationCue cue in RelationLexicon.Default.CuesStartingWith(lemma))
        {
            if (cue.Kind == CueKind.Verb && cue.Words.Length == 2 && cue.Lemma == lemma)
            {
                yield return (cue.Polarity, cue.Words[1]);
            }
        }
    }

    /// <summary>The noun cues of the relation lexicon for <paramref name="lemma"/> that name an attitude toward what their
    /// preposition introduces (<c>support for</c>, <c>opposition to</c>, <c>campaign against</c>): each cue's polarity with
    /// the preposition's forms, and the attitude nouns (<c>criticism of</c>, <c>call for</c>). Role nouns (<c>ally of</c>,
    /// <c>critic of</c>) name a person, not an attitude, and are left out.</summary>
    public static IEnumerable<(StancePolarity Polarity, string[] Prepositions)> NounAttitudesOf(string lemma)
    {
        foreach (RelationCue cue in RelationLexicon.Default.CuesStartingWith(lemma))
        {
            if (cue.Words.Length == 2 && cue.Lemma == lemma
                && (cue.Kind == CueKind.Attitude || (cue.Kind == CueKind.Noun && !cue.Words[1].Contains("of"))))
            {
                yield return (cue.Polarity, cue.Words[1]);
            }
        }
    }

    /// <summary>The polarity of a nominal of an action (<c>passage of</c>: favor, <c>repeal of</c>: against) with its
    /// preposition's forms, or null.</summary>
    public static (StancePolarity Polarity, string[] Prepositions)? NominalOf(string lemma)
    {
        foreach (RelationCue cue in RelationLexicon.Default.CuesStartingWith(lemma))
        {
            if (cue.Kind == CueKind.Nominal && cue.Words.Length == 2 && cue.Lemma == lemma)
            {
                return (cue.Polarity, cue.Words[1]);
            }
        }

        return null;
    }

    /// <summary>The other side: favor for against and against for favor; neutral stays neutral.</summary>
    public static StancePolarity Opposite(StancePolarity polarity) =>
        polarity == StancePolarity.Favor ? StancePolarity.Against : polarity == StancePolarity.Against ? StancePolarity.Favor : polarity;

    /// <summary>True for a verb of the relation lexicon's control kind, which undoes its infinitive (<c>refuse</c>,
    /// <c>decline</c>, <c>fail</c>: "refuse to support Y" is against Y).</summary>
    public static bool IsUndoingControl(string lemma) => Single(lemma, CueKind.Control) is not null;

    private static StancePolarity? Single(string lemma, CueKind kind)
    {
        foreach (RelationCue cue in RelationLexicon.Default.CuesStartingWith(lemma))
        {
            if (cue.Kind == kind && cue.Words.Length == 1)
            {
                return cue.Polarity;
            }
        }

        return null;
    }
}
