namespace PolicyTextAnalysis.Training.Attribution;

/// <summary>One gold attribution relation of GUM, in character offsets of the rebuilt document text.</summary>
/// <param name="Document">The document id.</param>
/// <param name="Negative">True for <c>attribution-negative</c> (the source denies or doubts the content).</param>
/// <param name="Content">The target unit: the head unit of the reported content.</param>
/// <param name="Source">The source unit: the attributing clause.</param>
/// <param name="Cue">The words GUM marks as the relation's indicative words (<c>say</c>, <c>according to</c>), as
/// <c>lemma/UPOS</c>, or empty.</param>
/// <param name="SpeakerMention">The text of the gold speaker's mention, or null when none was found.</param>
/// <param name="Speaker">The gold speaker's forms, or null when the source names no entity.</param>
public sealed record GumAttributionCase(
    string Document,
    bool Negative,
    TextSpan Content,
    TextSpan Source,
    IReadOnlyList<string> Cue,
    string? SpeakerMention,
    SpeakerForms? Speaker)
{
    /// <summary>True when the content comes before its attributing clause (<c>..., researchers say</c>).</summary>
    public bool ContentFirst => Content.Start < Source.Start;
}
