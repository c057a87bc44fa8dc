namespace PolicyTextAnalysis.Attribution;

/// <summary>A resolved speaker: its canonical name, its cluster (when it is an entity of the text) and its kind.</summary>
/// <param name="Canonical">The canonical name.</param>
/// <param name="ClusterId">The entity cluster, or null for a name found only by the proper-noun fallback.</param>
/// <param name="IsPerson">True for a person; false for a group, organisation or state.</param>
/// <param name="IsDescription">True for a source no name denotes, given by its noun phrase (<c>studies</c>, <c>the authors</c>).</param>
/// <param name="IsPlace">True for a state or place named (GPE or LOC): what <c>it</c> may refer to, never <c>they</c>.</param>
/// <param name="IsPeople">True for a people or group named by its members (NORP: Americans, Republicans): what <c>they</c>
/// may refer to, never <c>it</c>.</param>
internal readonly record struct Speaker(string Canonical, string? ClusterId, bool IsPerson, bool IsDescription = false, bool IsPlace = false,
    bool IsPeople = false);
