namespace PolicyTextAnalysis.Attribution;

/// <summary>A cue found in a sentence, with its resolved speaker and the token range of what it reports.</summary>
/// <param name="Token">The cue word's token (for <c>according to</c>, the token <c>according</c>).</param>
/// <param name="Text">The cue as written (<c>said</c>, <c>according to</c>).</param>
/// <param name="Speaker">The resolved speaker.</param>
/// <param name="SpeakerAfter">True when the speaker follows the cue (<c>said Keller</c>, <c>according to Keller</c>).</param>
/// <param name="ContentStart">First token of the reported content.</param>
/// <param name="ContentEnd">One past the last token of the reported content.</param>
internal readonly record struct Cue(int Token, string Text, Speaker Speaker, bool SpeakerAfter, int ContentStart, int ContentEnd);
