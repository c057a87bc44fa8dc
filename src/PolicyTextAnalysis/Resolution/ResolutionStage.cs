using System.Collections.Frozen;
using PolicyTextAnalysis.Attribution;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// In-document resolution: clusters the name mentions of one real-world entity (acronyms, surnames, name
/// variants, demonym plurals), gives each cluster a canonical name and an id (<c>c1</c>, <c>c2</c>, ... in order
/// of first mention), and records titles and roles written next to the names.
/// </summary>
/// <remarks>
/// Requires <see cref="DocumentLayers.Entities"/>; adds <see cref="DocumentLayers.Resolution"/> by filling
/// <see cref="EntityMention.Canonical"/>, <see cref="EntityMention.ClusterId"/> and <see cref="EntityMention.Roles"/>.
/// Dates and figures are left unclustered. Cost: linear in the number of mentions (hash lookups; rules that
/// compare acronyms are capped). Stateless and thread-safe.
/// </remarks>
public sealed class ResolutionStage : IPipelineStage
{
    private static readonly FrozenSet<string> NameLabels = FrozenSet.ToFrozenSet(
    [
        EntityLabels.Person, EntityLabels.Norp, EntityLabels.Facility, EntityLabels.Organization,
        EntityLabels.GeopoliticalEntity, EntityLabels.Location, EntityLabels.Product, EntityLabels.Event,
        EntityLabels.WorkOfArt, EntityLabels.Law, EntityLabels.Language,
    ]);

    private readonly KnowledgeBase? _knowledgeBase;
    private readonly CueLexicon _cues;

    /// <summary>
    /// Creates the stage. With a <paramref name="knowledgeBase"/> (the embedded one when null; pass
    /// <paramref name="useKnowledgeBase"/> false for none) mentions are linked (<see cref="EntityMention.KbId"/>),
    /// mentions of one knowledge-base entity join one cluster, and capitals acting as subjects get
    /// <see cref="EntityMention.RefersTo"/>.
    /// </summary>
    public ResolutionStage(KnowledgeBase? knowledgeBase = null, bool useKnowledgeBase = true)
    {
        _knowledgeBase = useKnowledgeBase ? knowledgeBase ?? KnowledgeBase.Default : null;
        _cues = CueLexicon.Default;
    }

    /// <inheritdoc />
    public string Name => "resolution";

    /// <inheritdoc />
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Entities;

    /// <inheritdoc />
    public DocumentLayers Produces => DocumentLayers.Resolution;

    /// <summary>True for labels that name things (clustered), false for dates and figures.</summary>
    public static bool IsNameLabel(string label) => NameLabels.Contains(label);

    /// <inheritdoc />
    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<EntityMention> all = document.Entities;
        var nameIndex = new List<int>();
        var names = new List<EntityMention>();
        for (int i = 0; i < all.Count; i++)
        {
            if (IsNameLabel(all[i].Label) && !string.IsNullOrWhiteSpace(all[i].Text))
            {
                nameIndex.Add(i);
                names.Add(all[i]);
            }
        }

        OrganisationHeads.Apply(names, _knowledgeBase);
        TitledNameTyper.Apply(document, names);
        TitledNameTyper.ApplyToPlaces(document, names);
        if (_knowledgeBase is not null)
        {
            EthnicGroupTyper.Apply(names, _knowledgeBase);
            RegionTyper.Apply(names, _knowledgeBase);
            PlaceTyper.Apply(names, _knowledgeBase);
            AddressedNameTyper.Apply(document, names, _knowledgeBase);
            SurnameTyper.Apply(names, _knowledgeBase);
            KnownOrganisationTyper.Apply(names, _knowledgeBase);
            Link(names, _knowledgeBase);
            StateContextLinker.Apply(document, names, _knowledgeBase);
        }

        cancellationToken.ThrowIfCancellationRequested();
        (int[] roots, MentionClusterer clusterer) = MentionClusterer.Cluster(document.Text, names);
        cancellationToken.ThrowIfCancellationRequested();
        List<string>[] roles = FindRoles(document, names);

        // Per cluster: canonical name, id and the union of its roles.
        var canonical = new Dictionary<int, string>();
        var ids = new Dictionary<int, string>();
        var clusterRoles = new Dictionary<int, List<string>>();
        var best = new Dictionary<int, int>();
        for (int k = 0; k < names.Count; k++)
        {
            int root = roots[k];
            if (!ids.ContainsKey(root))
            {
                ids[root] = "c" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                clusterRoles[root] = [];
                best[root] = k;
            }
            else if (IsBetterName(names[k], clusterer.Words[k], names[best[root]], clusterer.Words[best[root]]))
            {
                best[root] = k;
            }

            foreach (string role in roles[k])
            {
                if (!clusterRoles[root].Contains(role, StringComparer.OrdinalIgnoreCase))
                {
                    clusterRoles[root].Add(role);
                }
            }
        }

        foreach ((int root, int k) in best)
        {
            canonical[root] = string.Join(' ', clusterer.Words[k]);
        }

        // One entity, one id: the canonical mention's, else the first linked member's. A member linked elsewhere
        // on its own (a misspelt acronym that happens to name another group) follows its cluster.
        var kbIds = new Dictionary<int, string>();
        foreach ((int root, int k) in best)
        {
            if (names[k].KbId is { } id)
            {
                kbIds[root] = id;
            }
        }

        for (int k = 0; k < names.Count; k++)
        {
            if (names[k].KbId is { } id)
            {
                kbIds.TryAdd(roots[k], id);
            }
        }

        var result = all.ToArray();
        for (int k = 0; k < names.Count; k++)
        {
            int root = roots[k];
            EntityMention resolved = names[k] with
            {
                Canonical = canonical[root],
                ClusterId = ids[root],
                Roles = clusterRoles[root].Count == 0 ? [] : clusterRoles[root].ToArray(),
                KbId = kbIds.GetValueOrDefault(root),
            };
            if (_knowledgeBase is not null && document.Tokens.Count > 0)
            {
                resolved = resolved with { RefersTo = Metonymy.StateActedFor(document, resolved, _knowledgeBase, _cues) };
            }

            result[nameIndex[k]] = resolved;
        }

        return document.WithEntities(result, DocumentLayers.Resolution);
    }

    // Links unlinked mentions whose name the knowledge base knows under the same label.
    private static void Link(List<EntityMention> names, KnowledgeBase kb)
    {
        for (int k = 0; k < names.Count; k++)
        {
            if (names[k].KbId is not null)
            {
                continue;
            }

            // The whole name first: "General Motors" is a company before "Motors" after a title.
            string whole = string.Join(' ', NameForms.CoreWords(names[k].Text, null, keepHonorifics: true));
            string core = NameForms.HonorificsPrecede(names[k].Label) ? string.Join(' ', NameForms.CoreWords(names[k].Text, null)) : whole;
            foreach (string form in whole == core ? [core] : (string[])[whole, core])
            {
                if (kb.Lookup(form).FirstOrDefault(m => m.Label == names[k].Label) is { Entry: { } entry })
                {
                    names[k] = names[k] with { KbId = entry.Id };
                    break;
                }
            }
        }
    }

    // The canonical name is the longest proper form; a spelled-out name beats an acronym, and a demonym's
    // singular beats its plural (Afghan, Indian American).
    private static bool IsBetterName(EntityMention candidate, string[] candidateWords, EntityMention current, string[] currentWords)
    {
        bool candidateAcronym = candidateWords.Length == 1 && Acronyms.LettersOf(candidateWords[0]) is not null;
        bool currentAcronym = currentWords.Length == 1 && Acronyms.LettersOf(currentWords[0]) is not null;
        if (candidateAcronym != currentAcronym)
        {
            return currentAcronym;
        }

        if (candidate.Label == EntityLabels.Norp && candidateWords.Length == currentWords.Length
            && candidateWords.AsSpan(0, candidateWords.Length - 1).SequenceEqual(currentWords.AsSpan(0, currentWords.Length - 1)))
        {
            return NameForms.SingularOf(currentWords[^1]) == candidateWords[^1];
        }

        if (candidateWords.Length != currentWords.Length)
        {
            return candidateWords.Length > currentWords.Length;
        }

        return string.Join(' ', candidateWords).Length > string.Join(' ', currentWords).Length;
    }

    private static List<string>[] FindRoles(Document document, List<EntityMention> names)
    {
        var roles = new List<string>[names.Count];
        IReadOnlyList<Sentence> sentences = document.Sentences;
        int s = 0;
        for (int k = 0; k < names.Count; k++)
        {
            roles[k] = [];
            NameForms.CoreWords(names[k].Text, roles[k], keepHonorifics: !NameForms.HonorificsPrecede(names[k].Label));
            if (names[k].Label != EntityLabels.Person || document.Tokens.Count == 0)
            {
                continue;
            }

            int token = document.Tokens.IndexAtOrAfter(names[k].Start);
            while (s < sentences.Count && sentences[s].EndToken <= token)
            {
                s++;
            }

            int sentenceStart = s < sentences.Count ? sentences[s].FirstToken : 0;
            if (RoleFinder.Before(document, token, sentenceStart) is { } role)
            {
                roles[k].Add(role);
            }
        }

        return roles;
    }
}
