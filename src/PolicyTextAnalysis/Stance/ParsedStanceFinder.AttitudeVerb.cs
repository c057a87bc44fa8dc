using System.Collections.Frozen;

namespace PolicyTextAnalysis.Stance;

/// <summary>The <c>attitude-verb</c> rule: the subject of an attitude verb for or against its object, or the noun the
/// preposition of a verb-and-preposition cue introduces.</summary>
internal sealed partial class ParsedStanceFinder
{
    // Targets that name nothing (the relation rules' shared list): pronouns of the conversation, time nouns.
    private static readonly FrozenSet<string> EmptyTargets = StanceWords.Set("relation.empty-targets");

    private void AttitudeVerb(int verb, string lemma, string voice, List<StanceEvidence> evidence)
    {
        bool passive = _tree.Child(verb, "aux:pass") >= 0;
        StancePolarity polarity;
        int target;
        if (!passive && PrepositionalObject(verb, lemma) is ({ } prepositional, >= 0 and var noun))
        {
            // "called repeatedly for a ceasefire", "fought hard for the bill": the cue's preposition heads the target.
            (polarity, target) = (prepositional, noun);
        }
        else if (ParsedStanceRules.AttitudeOf(lemma) is { } single)
        {
            (polarity, target) = (single, passive ? _tree.Subject(verb) : _tree.Child(verb, "obj"));
        }
        else
        {
            return;
        }

        int holderHead = passive ? Agent(verb) : _tree.Subject(verb);
        if (target < 0 || holderHead < 0 || Holder(holderHead, voice) is not { } holder)
        {
            return;
        }

        // "Congress should reject the cuts": the voice prescribes; what Congress thinks of the cuts is not said.
        if (holder != voice && IsPrescribed(verb))
        {
            return;
        }

        Add(holder, target, Flip(polarity, verb), 0.8, verb, ParsedStanceRules.AttitudeVerb, evidence);
    }

    /// <summary>The polarity of a verb-and-preposition cue of the relation lexicon (<c>call for</c>, <c>vote against</c>) whose
    /// preposition introduces an oblique of <paramref name="verb"/>, with that oblique's head; else null and -1.</summary>
    private (StancePolarity? Polarity, int Target) PrepositionalObject(int verb, string lemma)
    {
        if (RelationLexicon.Default.CuesStartingWith(lemma).Count == 0)
        {
            return (null, -1); // most verbs: no enumerator to allocate
        }

        foreach ((StancePolarity polarity, string[] prepositions) in ParsedStanceRules.PrepositionalAttitudesOf(lemma))
        {
            foreach (int c in _tree.Children.Of(verb))
            {
                // "called for Congress to approve the bill": the stance is toward what Congress is to do, not Congress.
                if (!_tree.Is(c, "obl") || IsEmptyTarget(c) || HasInfinitive(c) || InfinitiveAfter(verb, c))
                {
                    continue;
                }

                foreach (string preposition in prepositions)
                {
                    if (HasCase(c, preposition))
                    {
                        return (polarity, c);
                    }
                }
            }
        }

        return (null, -1);
    }

    /// <summary>A time or a word that names nothing (<c>fought for a long time</c>, <c>for years</c>, <c>for us</c>).</summary>
    private bool IsEmptyTarget(int head) =>
        EmptyTargets.Contains(_syntax.Lemma(head).ToLowerInvariant())
        || EntityIn(head) is int e && _document.Entities[e].Label is EntityLabels.Date or EntityLabels.Time;

    /// <summary>Whether an infinitive of <paramref name="verb"/> follows the oblique right after it (the parse's other reading
    /// of <c>for Congress to approve ...</c>).</summary>
    private bool InfinitiveAfter(int verb, int oblique)
    {
        foreach (int c in _tree.Children.Of(verb))
        {
            if ((_tree.Is(c, "xcomp") || _tree.Is(c, "advcl")) && _tree.SubtreeFirst(c) == _tree.SubtreeEnd(oblique) && _tree.HasChildWord(c, "mark", "to"))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasInfinitive(int noun)
    {
        foreach (int c in _tree.Children.Of(noun))
        {
            if ((_tree.Is(c, "acl") || _tree.Is(c, "xcomp")) && _tree.HasChildWord(c, "mark", "to"))
            {
                return true;
            }
        }

        return false;
    }
}
