namespace PolicyTextAnalysis.Attribution;

/// <summary>
/// One act of reporting found in the parse: the cue, the head of the speaker's phrase and the token range of what it
/// reports.
/// </summary>
/// <param name="Cue">The cue word's token (for <c>according to X</c>, the token <c>according</c>); -1 for a label line.</param>
/// <param name="SpeakerHead">The head token of the speaker's phrase, or -1 when the report names nobody.</param>
/// <param name="SpeakerFirst">The first token of the speaker's phrase (its subtree), or -1.</param>
/// <param name="ContentFirst">First token of the reported content.</param>
/// <param name="ContentEnd">One past the last token of the reported content.</param>
/// <param name="Rule">The id of the rule that found it (see <c>attribution-rules.md</c>).</param>
internal readonly record struct Report(int Cue, int SpeakerHead, int SpeakerFirst, int ContentFirst, int ContentEnd, string Rule);
