namespace PolicyTextAnalysis;

/// <summary>A direct, indirect or mixed quotation, or a scare quote (schema v1 <c>quotes[]</c>).</summary>
public sealed record Quote
{
    /// <summary>The quoted or reported content.</summary>
    public required string Text { get; init; }

    /// <summary>UTF-16 offset of the first character of the content (inclusive).</summary>
    public required int Start { get; init; }

    /// <summary>UTF-16 offset one past the content (exclusive).</summary>
    public required int End { get; init; }

    /// <summary>How the content is reported.</summary>
    public required QuoteKind Kind { get; init; }

    /// <summary>Canonical name of the speaker, <c>"author"</c>, or null when unknown (always null for scare quotes).</summary>
    public string? Speaker { get; init; }

    /// <summary>Cluster of the speaker's mentions, when the speaker is an entity of the text.</summary>
    public string? SpeakerClusterId { get; init; }

    /// <summary>
    /// True when the speaker is a description rather than a name (<c>studies</c>, <c>the authors</c>, <c>critics</c>): the
    /// text does not say who. Claims inside such quotes stay the author's.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool SpeakerIsDescription { get; init; }

    /// <summary>The word that introduces the speech (<c>said</c>, <c>stated</c>, <c>according to</c>), if any.</summary>
    public string? Cue { get; init; }

    /// <summary>Where the cue is in the text (for <c>according to</c>, both words), or null.</summary>
    public TextSpan? CueSpan { get; init; }

    /// <summary>Where the speaker's phrase is in the text (the mention the speaker was resolved from), or null.</summary>
    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>The id of the attribution rule that found the quote (<c>attribution-rules.tsv</c>), for error analysis.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal string? Rule { get; init; }
}
