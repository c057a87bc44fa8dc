using System.Text.Json.Serialization;

namespace PolicyTextAnalysis;

/// <summary>One mention of a named entity, date or figure in the text (schema v1 <c>entities[]</c>).</summary>
public sealed record EntityMention
{
    /// <summary>The mention's text exactly as it appears.</summary>
    public required string Text { get; init; }

    /// <summary>An OntoNotes label from <see cref="EntityLabels"/>.</summary>
    public required string Label { get; init; }

    /// <summary>UTF-16 offset of the first character (inclusive).</summary>
    public required int Start { get; init; }

    /// <summary>UTF-16 offset one past the last character (exclusive).</summary>
    public required int End { get; init; }

    /// <summary>
    /// The representative name of the real-world entity this mention refers to; equal for every mention of
    /// one entity. Equals <see cref="Text"/> (or the knowledge-base name when a gazetteer linked the mention) until
    /// resolution assigns a cluster.
    /// </summary>
    public required string Canonical { get; init; }

    /// <summary>Identifier of the mention's cluster within this document, or null when unresolved.</summary>
    public string? ClusterId { get; init; }

    /// <summary>The recogniser's confidence in [0, 1].</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>
    /// The normalised number of a DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL or CARDINAL mention, or null:
    /// <c>60%</c> is 0.6, <c>1.7 million</c> is 1,700,000, <c>24th</c> is 24, <c>two decades</c> is 2 (with
    /// <see cref="Unit"/> <c>decade</c>). For a range it is the lower bound.
    /// </summary>
    public double? Value { get; init; }

    /// <summary>The upper bound of a range (<c>from 4,000 to 6,000</c> gives 6,000), or null when not a range.</summary>
    public double? ValueMax { get; init; }

    /// <summary>
    /// The unit of <see cref="Value"/>: <c>percent</c>, an ISO 4217 currency code (<c>USD</c>, <c>GBP</c>) or a
    /// currency name where the sign is shared (<c>rupee</c>), a measurement unit (<c>km</c>, <c>t</c>), or a
    /// period (<c>year</c>, <c>decade</c>), or <c>times</c> for a multiplier (<c>50 times more potent</c>); null when none.
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>
    /// An ISO 8601-like normal form of a DATE or TIME: <c>2021-08</c>, <c>2022-06/2022-09</c> for a range,
    /// <c>XXXX-03-12</c> when the year is not written, <c>199X</c> for a decade, <c>P20Y</c> for the duration
    /// <c>two decades</c>, <c>T10:30</c> for a time; null when the mention has no absolute form (<c>last week</c>).
    /// </summary>
    public string? Normalized { get; init; }

    /// <summary>
    /// The stable knowledge-base identifier of the entity the mention names (<c>country:PAK</c>, <c>org:...</c>),
    /// or null when it is not linked.
    /// </summary>
    public string? KbId { get; init; }

    /// <summary>
    /// Titles and roles the document gives the entity (<c>interim Prime Minister</c>, <c>Taliban spokesman</c>),
    /// collected over its whole cluster; empty when none or before resolution.
    /// </summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>
    /// The actor this mention stands for when it is used metonymically (a capital or demonym acting as its
    /// state: <c>Islamabad will not support...</c>); null when the mention stands for itself. The
    /// <see cref="Label"/> is left unchanged.
    /// </summary>
    public string? RefersTo { get; init; }

    /// <summary>The name of the actor this mention stands for: <see cref="RefersTo"/> when set (metonymy), else <see cref="Canonical"/>.</summary>
    internal string ActorName => RefersTo ?? Canonical;

    /// <summary>Value equality over every field, <see cref="Roles"/> compared element by element.</summary>
    public bool Equals(EntityMention? other) =>
        other is not null
        && Text == other.Text && Label == other.Label && Start == other.Start && End == other.End
        && Canonical == other.Canonical && ClusterId == other.ClusterId && Confidence.Equals(other.Confidence)
        && Nullable.Equals(Value, other.Value) && Nullable.Equals(ValueMax, other.ValueMax) && Unit == other.Unit
        && Normalized == other.Normalized && KbId == other.KbId && RefersTo == other.RefersTo
        && Roles.SequenceEqual(other.Roles);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Text);
        hash.Add(Label);
        hash.Add(Start);
        hash.Add(End);
        hash.Add(Canonical);
        hash.Add(ClusterId);
        hash.Add(KbId);
        hash.Add(RefersTo);
        hash.Add(Roles.Count);
        return hash.ToHashCode();
    }
}
