namespace PolicyTextAnalysis.Training.Stance;

/// <summary>One stance the pipeline emitted on a news document, as judged: who, toward what, which way, on what evidence.</summary>
/// <param name="Document">The document's name.</param>
/// <param name="Holder">The holder.</param>
/// <param name="Target">The target.</param>
/// <param name="Polarity"><c>favor</c>, <c>against</c> or <c>neutral</c>.</param>
/// <param name="Evidence">The text of the first evidence span, cleaned for the judgments file.</param>
internal sealed record NewsStance(string Document, string Holder, string Target, string Polarity, string Evidence);
