namespace PolicyTextAnalysis.Claims;

/// <summary>
/// A plain prediction of the claim analyser: one claim unit (a sentence or an independent clause of it) with its
/// cues, before speaker, quantities and check-worthiness are attached.
/// </summary>
/// <param name="Span">The unit's extent in the text; never longer than its sentence.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="EndToken">Index one past its last token.</param>
/// <param name="Cues">The type and hedge cues found in it.</param>
/// <param name="Time">The time expression it states, if any.</param>
internal readonly record struct ClaimUnit(TextSpan Span, int FirstToken, int EndToken, ClaimCues Cues, TextSpan? Time)
{
    /// <summary>The claim types: the lexicon types found, or factual when there are none.</summary>
    public IReadOnlyList<ClaimType> Types
    {
        get
        {
            var types = new List<ClaimType>(2);
            if ((Cues & ClaimCues.Statistical) != 0)
            {
                types.Add(ClaimType.Statistical);
            }

            if ((Cues & ClaimCues.Causal) != 0)
            {
                types.Add(ClaimType.Causal);
            }

            if ((Cues & ClaimCues.Predictive) != 0)
            {
                types.Add(ClaimType.Predictive);
            }

            if ((Cues & ClaimCues.Prescriptive) != 0)
            {
                types.Add(ClaimType.Prescriptive);
            }

            if ((Cues & ClaimCues.Evaluative) != 0)
            {
                types.Add(ClaimType.Evaluative);
            }

            if (types.Count == 0)
            {
                types.Add(ClaimType.Factual);
            }

            return types;
        }
    }

    /// <summary>Hedged when a hedge cue is present, predicted when it is about the future, else asserted.</summary>
    public ClaimCertainty Certainty =>
        (Cues & ClaimCues.Hedge) != 0 ? ClaimCertainty.Hedged
        : (Cues & ClaimCues.Predictive) != 0 ? ClaimCertainty.Predicted
        : ClaimCertainty.Asserted;
}
