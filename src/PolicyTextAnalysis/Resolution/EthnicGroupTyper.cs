using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace PolicyTextAnalysis.Resolution;

/// <summary>
/// Corrects a place label on the name of a people: <c>Pashtun</c>, <c>Hazaras</c> or <c>Tajiks</c> tagged LOC or GPE by
/// the recogniser is a group of people (NORP). Only when the knowledge base knows the exact name as an ethnic group
/// or a demonym and knows no place by it, so <c>Kurdistan</c> or a city named after a people keeps its label.
/// </summary>
internal static class EthnicGroupTyper
{
    // Every name the knowledge base gives to a people, per knowledge base: a set probe spares the lookups for the
    // many place names that are not.
    private static readonly ConditionalWeakTable<KnowledgeBase, FrozenSet<string>> PeopleNames = [];

    /// <summary>Retypes the LOC and GPE mentions in <paramref name="names"/> that name a people.</summary>
    public static void Apply(List<EntityMention> names, KnowledgeBase knowledgeBase)
    {
        FrozenSet<string> people = PeopleNames.GetValue(knowledgeBase, static kb => kb.Entries
            .SelectMany(e => e.Names.Where(n => n.Kind == KnowledgeBaseNameKind.Demonym || e.Kind == KnowledgeBaseKind.EthnicGroup))
            .Select(n => n.Text).ToFrozenSet(StringComparer.Ordinal));
        for (int k = 0; k < names.Count; k++)
        {
            EntityMention name = names[k];
            if (name.Label is not (EntityLabels.Location or EntityLabels.GeopoliticalEntity)
                || !(people.Contains(name.Text) || (NameForms.SingularOf(name.Text) is { } one && people.Contains(one))))
            {
                continue;
            }

            // The knowledge base lists demonyms in the singular (Tajik); the plural (Tajiks) names the same people.
            (KnowledgeBaseEntry? group, bool place) = Find(knowledgeBase, name.Text);
            if (group is null && !place && NameForms.SingularOf(name.Text) is { } singular)
            {
                (group, place) = Find(knowledgeBase, singular);
            }

            if (group is not null && !place)
            {
                names[k] = name with { Label = EntityLabels.Norp, KbId = group.Id };
            }
        }
    }

    private static (KnowledgeBaseEntry? People, bool Place) Find(KnowledgeBase knowledgeBase, string text)
    {
        KnowledgeBaseEntry? people = null;
        bool place = false;
        foreach (KnowledgeBaseMatch match in knowledgeBase.Lookup(text))
        {
            if (match.Label == EntityLabels.Norp && match.Name.Text == text)
            {
                people ??= match.Entry;
            }
            else if (match.Label is EntityLabels.Location or EntityLabels.GeopoliticalEntity)
            {
                place = true;
            }
        }

        return (people, place);
    }
}
