using System.Collections.Frozen;

namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Finds actor-to-actor and actor-to-policy stances expressed by the cues of the <see cref="RelationLexicon"/>
/// with general English patterns over tokens and entity mentions: active and passive voice, negation,
/// control verbs (<c>refused to eliminate</c>), accusation frames (<c>accused X of harbouring Y</c>),
/// appositions (<c>X, the sworn enemy of Y</c>), participle openers (<c>Rejecting ..., X said</c>) and
/// pronoun objects. Holder and target names come from <see cref="EntityMention.Canonical"/>.
/// Stateless and thread-safe; linear in the sentence length times the (small) cue fan-out.
/// </summary>
internal sealed partial class RelationExtractor
{
    private const int MaxPhraseTokens = 10;
    private const int HolderReach = 30;

    // A noun cue's holder is near it: its possessor, the subject of a short clause, or a name in apposition.
    private const int NounHolderReach = 12;

    private static readonly FrozenSet<string> Prepositions = StanceWords.Set("relation.prepositions");

    private static readonly FrozenSet<string> Determiners = StanceWords.Set("relation.determiners");

    private static readonly FrozenSet<string> PhraseStops = StanceWords.Set("relation.phrase-stops");

    private static readonly FrozenSet<string> Negators = StanceWords.Set("relation.negators");

    private static readonly FrozenSet<string> Irrealis = StanceWords.Set("relation.irrealis");

    private static readonly FrozenSet<string> BeForms = StanceWords.Set("relation.be-forms");

    private static readonly FrozenSet<string> Pronouns = StanceWords.Set("relation.pronouns");

    private static readonly FrozenSet<string> ReportNouns = StanceWords.Set("relation.report-nouns");

    private static readonly FrozenSet<string> NounMarkers = StanceWords.Set("relation.noun-markers");

    private static readonly FrozenSet<string> ProposalNouns = StanceWords.Set("relation.proposal-nouns");

    private static readonly FrozenSet<string> Weekdays = StanceWords.Set("relation.weekdays");

    private static readonly FrozenSet<string> Months = StanceWords.Set("relation.months");

    private static readonly FrozenSet<string> CollectiveHolders = StanceWords.Set("relation.collective-holders");

    // Reporting verbs: the subject of a cue after one ("officials say rebels attacked X") is in the reported clause.
    // Wider than AuthorStance's list of speech verbs: verbs of belief (think, believe) open a clause here too.
    private static readonly FrozenSet<string> ReportingVerbs = StanceWords.Set("relation.reporting-verbs");

    // What may stand between a reporting verb and its clause's verb when the clause's subject is a pronoun for the
    // reporter ("X said it would attack Y").
    private static readonly FrozenSet<string> PronounClauseWords = StanceWords.Set("relation.pronoun-clause-words");

    // Words between a subject and its verb that are not the subject: auxiliaries and adverbs.
    private static readonly FrozenSet<string> VerbModifiers = StanceWords.Set("relation.verb-modifiers");

    // Conjunctions that open a clause but look like prepositions: the name right after one is a subject.
    private static readonly FrozenSet<string> ClauseOpeners = StanceWords.Set("relation.clause-openers");

    // Targets that name nothing: pronouns of the conversation, question words, numbers as pronouns, time nouns.
    private static readonly FrozenSet<string> EmptyTargets = StanceWords.Set("relation.empty-targets");

    // Nouns after which "on" introduces what they are about ("a ban on X"), unlike "blamed the violence on X".
    private static readonly FrozenSet<string> OnNouns = StanceWords.Set("relation.on-nouns");

    /// <summary>
    /// Nouns for an actor's people or body: "the Taliban regime", "TTP fighters" stand for the actor itself (also used
    /// by <see cref="AuthorStance"/>: "the repressive X regime" judges X).
    /// </summary>
    internal static readonly FrozenSet<string> ActorHeads = StanceWords.Set("relation.actor-heads");

    // Cues whose bare form is nearly always a noun in news: "tennis champion Kim Clijsters".
    private static readonly FrozenSet<string> NounFirstCues = StanceWords.Set("relation.noun-first-cues");

    // Verbs that take "back" as a particle ("brought back a sample", "fought back"): no support cue.
    private static readonly FrozenSet<string> ParticleVerbs = StanceWords.Set("relation.particle-verbs");

    // Words after "back" that make it a direction ("went back home", "pulled back from"): no support cue.
    private static readonly FrozenSet<string> DirectionWords = StanceWords.Set("relation.direction-words");

    // Participles whose "to"/"at" phrase gives a thing's purpose ("a tour meant to promote X"), not a name's.
    private static readonly FrozenSet<string> PurposeParticiples = StanceWords.Set("relation.purpose-participles");

    // Cognate objects of "fight" ("fought fierce battles"): no target.
    private static readonly FrozenSet<string> FightNouns = StanceWords.Set("relation.fight-nouns");

    // Directive verbs that also report or happen ("told", "got"): not counted as directives.
    private static readonly FrozenSet<string> ReportingDirectives = StanceWords.Set("relation.reporting-directives");

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
            if (cue is null || cue.Kind is CueKind.Control or CueKind.Action or CueKind.Nominal or CueKind.Attitude)
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
}
