namespace PolicyTextAnalysis;

/// <summary>An assertion that can be checked or argued, with its speaker (schema v1 <c>claims[]</c>).</summary>
public sealed record ClaimMention
{
    /// <summary>The claim's text.</summary>
    public required string Text { get; init; }

    /// <summary>UTF-16 offset of the first character (inclusive).</summary>
    public required int Start { get; init; }

    /// <summary>UTF-16 offset one past the last character (exclusive).</summary>
    public required int End { get; init; }

    /// <summary>The kinds of assertion made; at least one.</summary>
    public required IReadOnlyList<ClaimType> Types { get; init; }

    /// <summary>Canonical name of who makes the claim, <c>"author"</c> for the text's own voice, or null.</summary>
    public string? Speaker { get; init; }

    /// <summary>The cluster id of the speaker's entity (the quote's <see cref="Quote.SpeakerClusterId"/>); null for the author or an unresolved speaker.</summary>
    public string? SpeakerClusterId { get; init; }

    /// <summary>How much the claim deserves fact-checking, in [0, 1].</summary>
    public double Checkworthiness { get; init; }

    /// <summary>The numbers in the claim, normalised.</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];

    /// <summary>How firmly the claim is made: asserted, hedged or predicted.</summary>
    public ClaimCertainty Certainty { get; init; }

    /// <summary>The time the claim refers to, as written (<c>in 2023</c>, <c>next year</c>), or null when none is stated.</summary>
    public string? Time { get; init; }

    /// <summary>
    /// The types the claim lexicon's cue words signal (<see cref="Types"/> come from the claim type model, which reads
    /// them too); null for a claim made outside the claim stage. The stance stage chooses the author's judging sentences
    /// by these, as it was measured with them.
    /// </summary>
    internal IReadOnlyList<ClaimType>? CueTypes { get; init; }
}
