namespace PolicyTextAnalysis.Stance;

/// <summary>The <c>evaluative-predicate</c> and <c>evaluative-modifier</c> rules: the voice for or against what an
/// evaluative word of the opinion lexicon judges (<c>the plan is a disaster</c>, <c>the reckless cuts</c>).</summary>
internal sealed partial class ParsedStanceFinder
{
    private void EvaluativePredicate(int predicate, string lemma, string voice, List<StanceEvidence> evidence)
    {
        if (_tree.Child(predicate, "cop") < 0
            || (ParsedStanceRules.EvaluationOf(lemma) ?? EvaluativeModifierOf(predicate)) is not { } polarity)
        {
            return;
        }

        // "It is wrong to cut the programme": an extraposed clause, not a thing, is what is judged.
        int subject = _tree.Subject(predicate);
        if (subject >= 0 && (IsTargetable(subject) || _antecedents.IsResolvable(subject) && !HasClause(predicate)))
        {
            Add(voice, subject, Flip(polarity, predicate), 0.7, predicate, ParsedStanceRules.EvaluativePredicate, evidence);
        }
    }

    /// <summary>True when <paramref name="predicate"/> has a clausal subject or complement (<c>it is clear that ...</c>).</summary>
    private bool HasClause(int predicate)
    {
        foreach (int c in _tree.Children.Of(predicate))
        {
            if (_tree.Is(c, "csubj") || _tree.Is(c, "ccomp") || (_tree.Is(c, "advcl") || _tree.Is(c, "xcomp")) && _tree.HasChildWord(c, "mark", "to"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The polarity of an evaluative adjective modifying a neutral predicate noun (<c>a cynical gimmick</c>, <c>the
    /// right call</c>), which the predicate passes on to its subject; else null.</summary>
    private StancePolarity? EvaluativeModifierOf(int noun)
    {
        if (_syntax.Pos(noun) != "NOUN")
        {
            return null;
        }

        foreach (int c in _tree.Children.Of(noun))
        {
            if (c < noun && _tree.Is(c, "amod") && _syntax.Pos(c) == "ADJ" && ParsedStanceRules.EvaluationOf(_syntax.Lemma(c).ToLowerInvariant()) is { } polarity)
            {
                return polarity;
            }
        }

        return null;
    }

    private void EvaluativeModifier(int adjective, string lemma, string voice, List<StanceEvidence> evidence)
    {
        int noun = _tree.Head(adjective);
        if (noun < 0 || _syntax.Pos(noun) != "NOUN" || ParsedStanceRules.EvaluationOf(lemma) is not { } polarity
            || ParsedStanceRules.EvaluationOf(_syntax.Lemma(noun).ToLowerInvariant()) is not null)
        {
            return;
        }

        // "The decision was the right call": the judgement is of the subject (the evaluative-predicate rule's).
        if (_tree.Child(noun, "cop") >= 0 && _tree.Subject(noun) >= 0)
        {
            return;
        }

        // "Better days", "devastating consequences": a time, a state or an effect is judged, not an actor or a policy.
        if (EntityIn(noun) is not null || !NonTargetNouns.Contains(_syntax.Lemma(noun).ToLowerInvariant()))
        {
            Add(voice, noun, polarity, 0.5, adjective, ParsedStanceRules.EvaluativeModifier, evidence);
        }

        // China's unfair practices: the owner of what is judged is judged too.
        if (_tree.Child(noun, "nmod:poss") is int owner and >= 0 && EntityIn(owner) is not null)
        {
            Add(voice, owner, polarity, 0.5, adjective, ParsedStanceRules.EvaluativeModifier, evidence);
        }
    }
}
