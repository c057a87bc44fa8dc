namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Gives stance holders and targets the cluster id of the entity they name, read from the entity layer (canonical
/// names first, then the text of a mention), so a stance links to the same cluster as quotes and claims do.
/// </summary>
internal static class StanceClusterLinker
{
    /// <summary>The relations with <see cref="StanceRelation.HolderClusterId"/> and <see cref="StanceRelation.TargetClusterId"/> set where a name is an entity's.</summary>
    public static IReadOnlyList<StanceRelation> Link(IReadOnlyList<StanceRelation> relations, IReadOnlyList<EntityMention> entities)
    {
        if (relations.Count == 0)
        {
            return relations;
        }

        var byCanonical = new Dictionary<string, string>(StringComparer.Ordinal);
        var byText = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (EntityMention e in entities)
        {
            if (e.ClusterId is { } id)
            {
                byCanonical.TryAdd(e.Canonical, id);
                byText.TryAdd(e.Text, id);
            }
        }

        string? Find(string name) =>
            byCanonical.TryGetValue(name, out string? id) ? id : byText.GetValueOrDefault(name);

        var linked = new StanceRelation[relations.Count];
        for (int i = 0; i < relations.Count; i++)
        {
            StanceRelation r = relations[i];
            linked[i] = r with
            {
                HolderClusterId = r.Holder == StanceStage.Author ? null : Find(r.Holder),
                TargetClusterId = Find(r.Target),
            };
        }

        return linked;
    }
}
