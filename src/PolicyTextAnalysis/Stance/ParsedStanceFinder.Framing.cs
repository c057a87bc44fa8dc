using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Stance;

/// <summary>
/// The <c>voice-framing</c> rule: the voice for or against a noun phrase its own sentence frames favourably or
/// unfavourably, as the target-dependent polarity model (<see cref="StancePolarityModel"/>, trained on NewsMTSC) judges it.
/// It reaches targets no cue word names (<c>President Trump is championing sound forest management</c>, <c>Putin's
/// brutal war of choice</c>); the evidence model then weighs each candidate like the other rules' evidence.
/// </summary>
internal sealed partial class ParsedStanceFinder
{
    /// <summary>Longest sentence, in tokens, whose noun phrases are judged: the polarity featuriser reads the whole
    /// sentence per target, so the bound keeps the rule linear in the text.</summary>
    internal const int FramingMaxSentenceTokens = 60;

    /// <summary>The polarity probability a noun phrase needs before it becomes a candidate.</summary>
    internal const double FramingMinimumProbability = 0.3;

    private void Framing(Sentence sentence, StancePolarityModel model, List<StanceEvidence> evidence)
    {
        // A question asks about its noun phrases rather than judging them.
        if (sentence.EndToken - sentence.FirstToken > FramingMaxSentenceTokens || IsQuestion(sentence))
        {
            return;
        }

        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (_voice[t] is not { } voice || !IsFramingTarget(t))
            {
                continue;
            }

            int first = ModifiersStart(t);
            StancePolarityPrediction p = model.Predict(_document, first, t + 1);
            StancePolarity polarity;
            double probability;
            if (p.Favor >= p.Against)
            {
                (polarity, probability) = (StancePolarity.Favor, p.Favor);
            }
            else
            {
                (polarity, probability) = (StancePolarity.Against, p.Against);
            }

            if (probability < FramingMinimumProbability)
            {
                continue;
            }

            int cue = _tree.Head(t) >= 0 ? _tree.Head(t) : t;
            Add(voice, t, polarity, probability, cue, ParsedStanceRules.VoiceFraming, evidence);
        }
    }

    private bool IsQuestion(Sentence sentence)
    {
        for (int t = sentence.EndToken - 1; t >= Math.Max(sentence.FirstToken, sentence.EndToken - 3); t--)
        {
            if (_document.Tokens.CharsAt(t) is "?")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A noun or name heading an argument or modifier phrase, not a number, date or the voice itself.</summary>
    private bool IsFramingTarget(int t)
    {
        string pos = _syntax.Pos(t);
        if (pos is not ("NOUN" or "PROPN") || IsVoice(t))
        {
            return false;
        }

        string relation = _tree.Relation(t);
        if (relation is not ("nsubj" or "nsubj:pass" or "obj" or "iobj" or "obl" or "nmod" or "nmod:poss" or "conj" or "appos" or "root"))
        {
            return false;
        }

        // Inside a name only its last word heads the phrase.
        if (_entityAt[t] >= 0)
        {
            EntityMention m = _document.Entities[_entityAt[t]];
            if (EntityLabels.IsValue(m.Label))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first token of the head's adjacent modifiers (as the target text is built).</summary>
    private int ModifiersStart(int head)
    {
        int first = head;
        ReadOnlySpan<int> children = _tree.Children.Of(head);
        for (int i = children.Length - 1; i >= 0; i--)
        {
            int c = children[i];
            if (c < first && _tree.SubtreeEnd(c) == first
                && (_tree.Is(c, "amod") || _tree.Is(c, "compound") || _tree.Is(c, "flat") || _tree.Is(c, "nummod") || _tree.Is(c, "nmod:poss")))
            {
                first = _tree.SubtreeFirst(c);
            }
        }

        return first;
    }
}
