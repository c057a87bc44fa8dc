using System.Collections.Frozen;
using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Stance;

/// <summary>The <c>attitude-noun</c> rule: whoever owns or expresses an attitude noun of the relation lexicon (<c>support
/// for</c>, <c>opposition to</c>) is for or against what its preposition introduces.</summary>
internal sealed partial class ParsedStanceFinder
{
    // Verbs (by lemma) whose object is the subject's own attitude: expressed support for, voiced opposition to.
    private static readonly FrozenSet<string> ExpressingVerbs = StanceWords.Set("relation.expressing-verbs");

    /// <summary>
    /// <c>our support for the bill</c>, <c>Iran's support for the militias</c> (the owner), <c>I rise in opposition to
    /// this bill</c> (the subject of the clause the <c>in</c> phrase qualifies; there <c>in support of</c> introduces the
    /// target with <c>of</c>), <c>Republicans expressed support for the plan</c> (the subject of a verb of expressing).
    /// </summary>
    private void AttitudeNoun(int noun, string lemma, string voice, List<StanceEvidence> evidence)
    {
        if (RelationLexicon.Default.CuesStartingWith(lemma).Count == 0)
        {
            return; // most nouns: no enumerator to allocate
        }

        int holderHead = -1;
        bool inFrame = false, onVerb = false;
        int owner = _tree.Child(noun, "nmod:poss");
        int head = _tree.Head(noun);
        if (owner >= 0)
        {
            holderHead = owner;
        }
        else if (head >= 0 && _syntax.Pos(head) == "VERB" && _tree.Is(noun, "obl") && HasCase(noun, "in"))
        {
            (holderHead, inFrame, onVerb) = (SubjectOf(head), true, true);
        }
        else if (head >= 0 && _syntax.Pos(head) == "VERB" && _tree.Is(noun, "obj")
            && ExpressingVerbs.Contains(_syntax.Lemma(head).ToLowerInvariant()))
        {
            (holderHead, onVerb) = (SubjectOf(head), true);
        }

        string? holder = holderHead >= 0 && holderHead == owner && FunctionWords.IsFirstPersonPossessive(_document.Tokens.CharsAt(owner))
            ? voice
            : holderHead >= 0 ? Holder(holderHead, voice) : null;
        if (holder is null)
        {
            return;
        }

        // The voice's prescription is not the subject's stance ("Congress should voice its support for ...").
        if (head >= 0 && holder != voice && _syntax.Pos(head) == "VERB" && IsPrescribedVerb(head))
        {
            return;
        }

        foreach ((StancePolarity polarity, string[] prepositions) in ParsedStanceRules.NounAttitudesOf(lemma))
        {
            foreach (int c in _tree.Children.Of(noun))
            {
                if (c > noun && _tree.Is(c, "nmod") && IsAttitudeTarget(c, prepositions, inFrame))
                {
                    Add(holder, c, Flip(polarity, noun), 0.8, noun, ParsedStanceRules.AttitudeNoun, evidence);
                    return;
                }
            }

            // "rise in opposition to this bill", "expressed support for the bill": the parse may hang the target's phrase on
            // the verb, right after the noun's. That phrase is the verb's child whose words start where the noun's end:
            // found by climbing from that word (a few steps), not by reading all the verb's children, which a sentence of
            // many such phrases makes quadratic.
            if (onVerb && ObliqueRightAfter(noun, head) is int next and >= 0 && IsAttitudeTarget(next, prepositions, inFrame))
            {
                Add(holder, next, Flip(polarity, noun), 0.8, noun, ParsedStanceRules.AttitudeNoun, evidence);
                return;
            }
        }
    }

    // The obl child of the verb whose subtree starts right after the noun's, or -1.
    private int ObliqueRightAfter(int noun, int verb)
    {
        const int maxClimb = 8;
        int start = _tree.SubtreeEnd(noun);
        int t = start;
        for (int step = 0; step < maxClimb && t < _document.Tokens.Count && _tree.SubtreeFirst(t) == start; step++)
        {
            int up = _tree.Head(t);
            if (up == verb)
            {
                return _tree.Is(t, "obl") ? t : -1;
            }

            if (up < 0)
            {
                return -1;
            }

            t = up;
        }

        return -1;
    }

    private bool IsAttitudeTarget(int c, string[] prepositions, bool inFrame) =>
        !IsEmptyTarget(c) && !HasInfinitive(c) && (prepositions.Any(p => HasCase(c, p)) || (inFrame && HasCase(c, "of")));
}
