using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Stance;

/// <content>The <c>voice-action</c> rule: the voice for the object of an enacting verb and against the object of an ending
/// or fighting verb, when the action is the voice's own: recommended, done by the voice, or aimed at by it.</content>
internal sealed partial class ParsedStanceFinder
{
    private const int MaxConjunctClimb = 8;

    // Control verbs that lament the voice's failure rather than undo its action (the stance lexicon's shared list).
    private static readonly System.Collections.Frozen.FrozenSet<string> LamentingControls = StanceWords.Set("voice-action.lamenting-controls");

    private void VoiceAction(int verb, string lemma, string voice, List<StanceEvidence> evidence)
    {
        if (ParsedStanceRules.ActionOf(lemma) is not { } polarity || !IsVoiceAction(verb))
        {
            return;
        }

        int target = _tree.Child(verb, "obj");
        if (target < 0)
        {
            // crack down on X, act against X
            foreach (int c in _tree.Children.Of(verb))
            {
                if (c > verb && _tree.Is(c, "obl") && (HasCase(c, "on") || HasCase(c, "against")))
                {
                    target = c;
                    break;
                }
            }
        }

        if (target >= 0)
        {
            Add(voice, target, ThroughControllers(Flip(polarity, verb), verb), 0.6, verb, ParsedStanceRules.VoiceAction, evidence);
        }
    }

    /// <summary>
    /// The polarity of an infinitive's action as the verbs it completes leave it: each negated one (we do not want to
    /// fund, we will never agree to fund) and each verb that undoes its infinitive (we refuse to fund: the relation
    /// lexicon's control kind, but not one that laments, <c>voice-action.lamenting-controls</c>) turns it round. A few
    /// steps at most.
    /// </summary>
    private StancePolarity ThroughControllers(StancePolarity polarity, int verb)
    {
        const int maxSteps = 4;
        for (int step = 0; step < maxSteps && _tree.Is(verb, "xcomp") && HasInfinitiveTo(verb) && _tree.Head(verb) is int head and >= 0; step++)
        {
            polarity = Flip(polarity, head);
            string lemma = _syntax.Lemma(head).ToLowerInvariant();
            if (ParsedStanceRules.IsUndoingControl(lemma) && !LamentingControls.Contains(lemma))
            {
                polarity = ParsedStanceRules.Opposite(polarity);
            }

            verb = head;
        }

        return polarity;
    }

    /// <summary>True for a verb under <c>should</c>, <c>must</c>, <c>could</c>, the infinitive of <c>need to</c>, a first-person
    /// subject, or an infinitive of purpose.</summary>
    private bool IsVoiceAction(int verb)
    {
        // A conjunct with no subject of its own shares the first verb's subject, modal and role (my government will
        // support aspiration and promote home ownership; Congress should repeal the tax and replace it).
        // (A few steps at most, so a long chain of conjuncts costs each verb the same.)
        for (int step = 0; step < MaxConjunctClimb && _tree.Is(verb, "conj") && _tree.Subject(verb) < 0
            && _tree.SubjectSharingConjunct(verb) is int first and >= 0 && first < verb && _syntax.Pos(first) == "VERB"; step++)
        {
            verb = first;
        }

        if (IsPrescribed(verb))
        {
            return true;
        }

        // What the voice itself does or will do (we are banning, my government will support), and its purposes
        // (to deter unlawful migration).
        int subject = _tree.Subject(verb);
        if (subject >= 0 && IsVoice(subject))
        {
            return true;
        }

        if (_tree.Is(verb, "xcomp"))
        {
            return HasInfinitiveTo(verb) && IsControlledByVoice(verb);
        }

        // An infinitive modifying someone else's noun is theirs (the administration's decision to cut funding).
        if (_tree.Is(verb, "acl"))
        {
            return HasInfinitiveTo(verb)
                && !(_tree.Head(verb) is int noun and >= 0 && _tree.Child(noun, "nmod:poss") is int owner and >= 0 && !IsVoiceWord(owner));
        }

        return _tree.Is(verb, "advcl") && HasInfinitiveTo(verb);
    }

    /// <summary>True for a first-person pronoun or possessive (<c>we</c>, <c>our</c>): the voice itself.</summary>
    private bool IsVoiceWord(int t) =>
        FunctionWords.IsFirstPersonPossessive(_document.Tokens.CharsAt(t)) || FunctionWords.IsFirstPerson(_document.Tokens.CharsAt(t));

    /// <summary>True when the doer of an infinitive complement is the voice or someone the voice asks: <c>we are ready to
    /// fund</c>, <c>urged Congress to pass</c>, <c>must act to stop</c>; not a third party's own attempt (<c>Democrats tried to
    /// defund the police</c>), which says what they want, not what the voice wants.</summary>
    private bool IsControlledByVoice(int infinitive)
    {
        int head = _tree.Head(infinitive);
        // A passive head's subject is not the doer (legislation will be introduced to prevent ...).
        if (head < 0 || _tree.Child(head, "obj") >= 0 || _tree.Child(head, "aux:pass") >= 0 || IsPrescribed(head))
        {
            return true;
        }

        // "Republicans who voted against the act and are attempting to repeal it": a conjunct shares its first verb's subject.
        for (int step = 0; step < MaxConjunctClimb && _tree.Is(head, "conj") && _tree.Subject(head) < 0
            && _tree.SubjectSharingConjunct(head) is int first and >= 0 && first < head; step++)
        {
            head = first;
        }

        int subject = _tree.Subject(head);
        return subject < 0 || IsVoice(subject);
    }

    /// <summary>True for a verb under <c>should</c>, <c>must</c>, <c>could</c> or the infinitive of <c>need to</c>, <c>have to</c>.</summary>
    private bool IsPrescribed(int verb)
    {
        foreach (int c in _tree.Children.Of(verb))
        {
            if (_tree.Is(c, "aux") && FunctionWords.IsRecommendingModal(_document.Tokens.CharsAt(c)))
            {
                return true;
            }
        }

        int head = _tree.Head(verb);
        return head >= 0 && _tree.Is(verb, "xcomp") && _syntax.Lemma(head) is "need" or "have";
    }

    private bool HasInfinitiveTo(int verb) => _tree.HasChildWord(verb, "mark", "to");
}
