namespace PolicyTextAnalysis.Stance;

/// <summary>One stance expressed at one place in the text, before aggregation per holder and target.</summary>
/// <param name="Holder">Canonical holder name, or <c>"author"</c>.</param>
/// <param name="Target">Canonical target name or a noun phrase.</param>
/// <param name="Polarity">Favor or against.</param>
/// <param name="Confidence">In [0, 1].</param>
/// <param name="Span">The text that expresses it.</param>
/// <param name="Cue">The cue word or phrase (<c>condemned</c>, <c>sworn enemy of</c>, <c>evaluation</c>).</param>
/// <param name="TargetIsEntity">True when the target is an entity's canonical name rather than a phrase.</param>
/// <param name="CueToken">The cue's token index when the finder knows it (the parse rules), else -1.</param>
/// <param name="TargetToken">The target's head token index when the finder knows it (the parse rules), else -1.</param>
internal sealed record StanceEvidence(
    string Holder, string Target, StancePolarity Polarity, double Confidence, TextSpan Span, string Cue, bool TargetIsEntity,
    int CueToken = -1, int TargetToken = -1);
