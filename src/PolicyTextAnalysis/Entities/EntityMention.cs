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
    /// one entity. Equals <see cref="Text"/> until resolution assigns a cluster.
    /// </summary>
    public required string Canonical { get; init; }

    /// <summary>Identifier of the mention's cluster within this document, or null when unresolved.</summary>
    public string? ClusterId { get; init; }

    /// <summary>The recogniser's confidence in [0, 1].</summary>
    public double Confidence { get; init; } = 1.0;

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
}
