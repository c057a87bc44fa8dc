namespace PolicyTextAnalysis;

/// <summary>
/// One turn of a transcript: a paragraph opening with a speaker label (<c>THE PRESIDENT:</c>, <c>MR. SMITH:</c>,
/// <c>SENIOR ADMINISTRATION OFFICIAL:</c>, <c>Q</c>, <c>Mr. KING of Iowa.</c>) and everything up to the next label.
/// </summary>
public sealed record Turn
{
    /// <summary>UTF-16 offset of the label's first character (inclusive).</summary>
    public required int Start { get; init; }

    /// <summary>UTF-16 offset one past the turn: where the next label starts, or the end of the text (exclusive).</summary>
    public required int End { get; init; }

    /// <summary>UTF-16 offset of the first character after the label and its colon or period.</summary>
    public required int ContentStart { get; init; }

    /// <summary>The label as written, without its colon or period (<c>MR. SULLIVAN</c>, <c>Q</c>).</summary>
    public required string Label { get; init; }

    /// <summary>Who speaks: the canonical name of the person the label names, else the label without courtesy forms
    /// (<c>SENIOR ADMINISTRATION OFFICIAL</c>); null for a question from the floor.</summary>
    public string? Speaker { get; init; }

    /// <summary>Cluster of the speaker's mentions, when the label names an entity of the text.</summary>
    public string? SpeakerClusterId { get; init; }

    /// <summary>The speaker's part: the text's voice, another participant, or a question.</summary>
    public required TurnRole Role { get; init; }
}
