namespace PolicyTextAnalysis.Entities;

/// <summary>How the case of a gazetteer phrase must match the text.</summary>
internal enum PhraseCase : byte
{
    /// <summary>Only the exact case (<c>US</c> never matches <c>us</c>).</summary>
    Exact,

    /// <summary>The exact case or all capitals (a headline's <c>PAKISTAN</c>).</summary>
    ExactOrUpper,

    /// <summary>Any case.</summary>
    Any,
}

/// <summary>One phrase a gazetteer spots, with what a match of it becomes.</summary>
/// <param name="Text">The phrase as given.</param>
/// <param name="Label">The OntoNotes label of a match.</param>
/// <param name="Canonical">The canonical name written to <see cref="EntityMention.Canonical"/>, or null for the matched text.</param>
/// <param name="KbId">The knowledge-base id written to <see cref="EntityMention.KbId"/>, or null.</param>
/// <param name="Case">How the case must match.</param>
internal sealed record GazetteerPhrase(string Text, string Label, string? Canonical, string? KbId, PhraseCase Case);
