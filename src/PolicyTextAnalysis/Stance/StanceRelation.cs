namespace PolicyTextAnalysis;

/// <summary>A stance triple <c>holder -> target : polarity</c> with its evidence (schema v1 <c>stances[]</c>).</summary>
public sealed record StanceRelation
{
    /// <summary>Canonical name of who holds the stance, or <c>"author"</c>.</summary>
    public required string Holder { get; init; }

    /// <summary>What the stance is about: an actor's canonical name or a noun phrase.</summary>
    public required string Target { get; init; }

    /// <summary>The entity cluster id of the holder; null for the author or a holder that is no entity of the text.</summary>
    public string? HolderClusterId { get; init; }

    /// <summary>The entity cluster id of the target when it is an entity of the text; null for a policy or idea.</summary>
    public string? TargetClusterId { get; init; }

    /// <summary>For, against or neutral.</summary>
    public required StancePolarity Polarity { get; init; }

    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; init; }

    /// <summary>The spans of text that express the stance.</summary>
    public IReadOnlyList<TextSpan> Evidence { get; init; } = [];

    /// <summary>The rule of the strongest piece of evidence (a parse rule id, or the lexicon cue), for error analysis.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal string? Rule { get; init; }
}
