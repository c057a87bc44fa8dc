namespace PolicyTextAnalysis;

/// <summary>A number in a claim with its normalised value (<c>60%</c> is 0.6; <c>1.7 million</c> is 1,700,000).</summary>
public sealed record Quantity
{
    /// <summary>The quantity as written.</summary>
    public required string Text { get; init; }

    /// <summary>The normalised value, or null when it cannot be computed.</summary>
    public double? Value { get; init; }

    /// <summary>The unit (<c>percent</c>, <c>USD</c>, <c>people</c>), or null.</summary>
    public string? Unit { get; init; }
}
