namespace PolicyTextAnalysis;

/// <summary>
/// The stances toward targets named by the caller (<see cref="StanceExtensions.FindTargetStances(AnalysisResult, IEnumerable{string})"/>),
/// with a message for every target that was ignored or not found.
/// </summary>
public sealed record TargetStanceReport
{
    /// <summary>One relation per holder and target; a target not found gets a neutral author stance with confidence 0.</summary>
    public IReadOnlyList<StanceRelation> Stances { get; init; } = [];

    /// <summary>Plain-language notes: empty, too long or duplicate targets, targets not found.</summary>
    public IReadOnlyList<string> Messages { get; init; } = [];
}
