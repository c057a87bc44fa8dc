namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Gives stance holders and targets the cluster id of the entity they name, read from the entity layer (canonical
/// names first, then the text of a mention), so a stance links to the same cluster as quotes and claims do.
/// </summary>
internal static class StanceClusterLinker
{
    /// <summary>The relations with <see cref="StanceRelation.HolderClusterId"/> and <see cref="StanceRelation.TargetClusterId"/> set where a name is an entity's.</summary>
    public static IReadOnlyList<StanceRelation> Link(IReadOnlyList<StanceRelation> relations, IReadOnlyList<EntityMention> entities) =>
        Link(relations, ClusterFinder(entities));

    /// <summary>The relations with their cluster ids as <paramref name="clusterOf"/> finds them.</summary>
    public static IReadOnlyList<StanceRelation> Link(IReadOnlyList<StanceRelation> relations, Func<string, string?> clusterOf)
    {
        var linked = new StanceRelation[relations.Count];
        for (int i = 0; i < relations.Count; i++)
        {
            StanceRelation r = relations[i];
            linked[i] = r with
            {
                HolderClusterId = r.Holder == StanceStage.Author ? null : clusterOf(r.Holder),
                TargetClusterId = clusterOf(r.Target),
            };
        }

        return linked;
    }

    /// <summary>
    /// The cluster id a holder or target name denotes, or null: a canonical name, then a mention's text, then the name
    /// without its honorifics and titles (<c>Dr. Jha</c> is the mention <c>Jha</c>), then a title the text gives one person.
    /// </summary>
    public static Func<string, string?> ClusterFinder(IReadOnlyList<EntityMention> entities)
    {
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

        string? ByRole(string name)
        {
            string title = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
            return title.Length > 0 && char.IsUpper(title[0]) && byRole.TryGetValue(title, out string? id) ? id : null;
        }

        string? ByCoreWords(string name)
        {
            string core = string.Join(' ', Resolution.NameForms.CoreWords(name, null));
            return core.Length > 0 && core != name && byText.TryGetValue(core, out string? id) ? id : null;
        }

        return name => byCanonical.TryGetValue(name, out string? id) ? id : byText.GetValueOrDefault(name) ?? ByCoreWords(name) ?? ByRole(name);
    }
}
