namespace PolicyTextAnalysis.Training.Corpora;

/// <summary>
/// One entity mention of GUM's <c>Entity=</c> layer (CorefUD brackets). Mentions with the same <see cref="EntityId"/>
/// form one coreference chain.
/// </summary>
/// <param name="EntityId">The chain id (the bracket's first field).</param>
/// <param name="Type">The GUM entity type: person, organization, place, abstract, ...</param>
/// <param name="First">Document index of the first word.</param>
/// <param name="Last">Document index of the last word (inclusive).</param>
/// <param name="Identity">The Wikipedia identity (<c>Creswell_Eastman</c>) when the corpus links one, else null.</param>
public sealed record GumMention(string EntityId, string Type, int First, int Last, string? Identity)
{
    /// <summary>True when the mention covers word <paramref name="index"/>.</summary>
    public bool Covers(int index) => First <= index && index <= Last;

    /// <summary>The number of words.</summary>
    public int Length => Last - First + 1;
}
