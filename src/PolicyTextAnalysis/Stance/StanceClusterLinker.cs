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

        // A title alone ("the Governor", "Secretary") stands for the one person the text gives that title (Governor Kathy
        // Hochul); a title two clusters share names neither.
        var byRole = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (EntityMention e in entities)
        {
            if (e.ClusterId is not { } id || e.Label != EntityLabels.Person)
            {
                continue;
            }

            foreach (string role in e.Roles)
            {
                foreach (string form in (ReadOnlySpan<string>)[role, role[(role.LastIndexOf(' ') + 1)..]])
                {
                    byRole[form] = byRole.TryGetValue(form, out string? known) && known != id ? null : id;
                }
            }
        }

        string? Find(string name) =>
            byCanonical.TryGetValue(name, out string? id) ? id : byText.GetValueOrDefault(name) ?? ByRole(name);

        string? ByRole(string name)
        {
            string title = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
            return title.Length > 0 && char.IsUpper(title[0]) && byRole.TryGetValue(title, out string? id) ? id : null;
        }

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
