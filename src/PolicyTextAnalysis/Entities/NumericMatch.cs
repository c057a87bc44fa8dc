namespace PolicyTextAnalysis.Entities;

/// <summary>
/// One figure or time expression found by <see cref="NumericGrammar"/>: tokens <c>[First, End)</c>, label and values.
/// </summary>
/// <param name="First">Index of the first token.</param>
/// <param name="End">Index one past the last token.</param>
/// <param name="Label">The OntoNotes label.</param>
/// <param name="Value">The normalised value (lower bound of a range).</param>
/// <param name="ValueMax">The upper bound of a range.</param>
/// <param name="Unit">The unit of the value.</param>
/// <param name="Normalized">ISO-like form of a date or time.</param>
/// <param name="Factor">What a bare number joined to this one as a range start is multiplied by
/// (<c>1.5 to 2 million</c>: the million; <c>5 to 10%</c>: 0.01).</param>
internal readonly record struct NumericMatch(
    int First,
    int End,
    string Label,
    double? Value,
    double? ValueMax = null,
    string? Unit = null,
    string? Normalized = null,
    double Factor = 1)
{
    /// <summary>True for a bare number that a following figure may turn into a range start.</summary>
    public bool IsBareCardinal => Label == EntityLabels.Cardinal && Unit is null;
}
